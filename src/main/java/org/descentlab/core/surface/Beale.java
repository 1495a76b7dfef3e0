package org.descentlab.core.surface;

import java.util.List;

/** f(x, y) = (1.5−x+xy)² + (2.25−x+xy²)² + (2.625−x+xy³)²: flat plateaus and steep walls, minimum at (3, 0.5). */
public final class Beale implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "beale", "Beale",
            "Flat plateaus beside steep walls: gradients range over many orders of magnitude.",
            Bounds.square(4.5), new Point(1, 1.5), List.of(Minimum.global(3, 0.5, 0)), List.of(), 0.001, true);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        out[0] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
        out[1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y2;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        // f = a² + b² + c²; each term u² adds 2·(∇u∇uᵀ + u·∇²u), with ∇a = (y−1, x), ∇b = (y²−1, 2xy),
        // ∇c = (y³−1, 3xy²) and ∇²a = [[0, 1], [1, 0]], ∇²b = [[0, 2y], [2y, 2x]], ∇²c = [[0, 3y²], [3y², 6xy]].
        out[0] = 2 * ((y - 1) * (y - 1) + (y2 - 1) * (y2 - 1) + (y3 - 1) * (y3 - 1));
        out[1] = 2 * ((y - 1) * x + a + (y2 - 1) * 2 * x * y + 2 * y * b + (y3 - 1) * 3 * x * y2 + 3 * y2 * c);
        out[2] = 2 * (x * x + 4 * x * x * y2 + 2 * x * b + 9 * x * x * y2 * y2 + 6 * x * y * c);
    }
}
