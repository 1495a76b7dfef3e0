package org.descentlab.core.surface;

import java.util.List;

/** f(x, y) = 20 + x² − 10·cos(2πx) + y² − 10·cos(2πy): an egg box of local minima around the global one at 0. */
public final class Rastrigin implements Surface {

    private static final double TWO_PI = 2 * Math.PI;

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "rastrigin", "Rastrigin",
            "An egg box of local minima: plain descent stops in the nearest dimple.",
            Bounds.square(5.12), new Point(2.2, 2.7), List.of(Minimum.global(0, 0, 0)), List.of(), 0.002, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x + 20 * Math.PI * Math.sin(TWO_PI * x);
        out[1] = 2 * y + 20 * Math.PI * Math.sin(TWO_PI * y);
    }
}
