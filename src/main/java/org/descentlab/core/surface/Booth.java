package org.descentlab.core.surface;

import java.util.List;

/** f(x, y) = (x+2y−7)² + (2x+y−5)²: a tilted convex bowl with its minimum at (1, 3). */
public final class Booth implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "booth", "Booth",
            "A tilted, stretched convex bowl: the slope does not point straight at the minimum.",
            Bounds.square(10), new Point(-8, -6), List.of(Minimum.global(1, 3, 0)), List.of(), 0.05, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double a = x + 2 * y - 7;
        double b = 2 * x + y - 5;
        return a * a + b * b;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double a = x + 2 * y - 7;
        double b = 2 * x + y - 5;
        out[0] = 2 * a + 4 * b;
        out[1] = 4 * a + 2 * b;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        // f = a² + b² with a, b linear: H = 2·(∇a∇aᵀ + ∇b∇bᵀ), ∇a = (1, 2), ∇b = (2, 1).
        out[0] = 10;
        out[1] = 8;
        out[2] = 10;
    }
}
