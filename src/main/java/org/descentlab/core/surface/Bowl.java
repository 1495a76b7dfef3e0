package org.descentlab.core.surface;

import java.util.List;

/** f(x, y) = x² + y²: the round bowl, where every optimizer should simply roll to the bottom. */
public final class Bowl implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "bowl", "Bowl", "A round convex bowl: the easy case every optimizer should solve.",
            Bounds.square(2), new Point(1.5, 1.5), List.of(Minimum.global(0, 0, 0)), List.of(), 0.1, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        return x * x + y * y;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x;
        out[1] = 2 * y;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2;
        out[1] = 0;
        out[2] = 2;
    }
}
