package org.descentlab.core.surface;

import java.util.List;

/** f(x, y) = 0.1·x² + 2·y²: a narrow valley, steep across and shallow along, where plain descent zig-zags. */
public final class Elongated implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "elongated", "Elongated bowl",
            "A narrow valley: plain descent zig-zags across it and crawls along it; momentum helps.",
            new Bounds(-3, 3, -2, 2), new Point(-2.5, 1.5), List.of(Minimum.global(0, 0, 0)), List.of(), 0.3, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        return 0.1 * x * x + 2 * y * y;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 0.2 * x;
        out[1] = 4 * y;
    }
}
