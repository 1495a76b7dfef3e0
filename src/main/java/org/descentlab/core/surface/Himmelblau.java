package org.descentlab.core.surface;

import java.util.List;

/**
 * f(x, y) = (x²+y−11)² + (x+y²−7)²: four equally deep minima; which one a path reaches depends on where it starts.
 *
 * <p>Three minima are irrational; their coordinates were found with Newton's method in double precision.
 */
public final class Himmelblau implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "himmelblau", "Himmelblau",
            "Four equally deep minima: where you start, and how each optimizer steps, decide where it ends.",
            Bounds.square(5), new Point(-0.3, -0.9),
            List.of(Minimum.global(3, 2, 0),
                    Minimum.global(-2.805118086952745, 3.131312518250573, 0),
                    Minimum.global(-3.779310253377747, -3.2831859912861696, 0),
                    Minimum.global(3.5844283403304917, -1.8481265269644036, 0)),
            List.of(), 0.01, true);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return a * a + b * b;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        out[0] = 4 * x * a + 2 * b;
        out[1] = 2 * a + 4 * y * b;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        out[0] = 4 * a + 8 * x * x + 2;
        out[1] = 4 * x + 4 * y;
        out[2] = 2 + 4 * b + 8 * y * y;
    }
}
