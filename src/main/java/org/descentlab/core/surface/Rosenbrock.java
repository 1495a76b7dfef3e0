package org.descentlab.core.surface;

import java.util.List;

/** f(x, y) = (1−x)² + 100·(y−x²)²: the banana valley, easy to find and slow to follow to (1, 1). */
public final class Rosenbrock implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "rosenbrock", "Rosenbrock",
            "A curved banana valley: finding it is easy, following it to the minimum at (1, 1) is slow.",
            new Bounds(-2, 2, -1, 3), new Point(-1.5, 2.5), List.of(Minimum.global(1, 1, 0)), List.of(), 0.001, true);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double b = y - x * x;
        out[0] = -2 * (1 - x) - 400 * x * b;
        out[1] = 200 * b;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double b = y - x * x;
        out[0] = 2 - 400 * b + 800 * x * x;
        out[1] = -400 * x;
        out[2] = 200;
    }
}
