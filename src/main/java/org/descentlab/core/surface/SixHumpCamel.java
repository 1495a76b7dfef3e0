package org.descentlab.core.surface;

import java.util.List;

/**
 * f(x, y) = (4 − 2.1x² + x⁴/3)·x² + x·y + (−4 + 4y²)·y²: the six-hump camel, two global and four local minima.
 *
 * <p>The minima were found with Newton's method in double precision (the surface is odd-symmetric, f(−x, −y) =
 * f(x, y), so they come in mirrored pairs).
 */
public final class SixHumpCamel implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "camel", "Six-hump camel",
            "Six minima of three depths: two global ones in the middle, four local ones at the sides.",
            new Bounds(-2, 2, -1, 1), new Point(-1.9, -0.9),
            List.of(Minimum.global(0.08984201310031807, -0.7126564030207396, -1.0316284534898774),
                    Minimum.global(-0.08984201310031807, 0.7126564030207396, -1.0316284534898774),
                    Minimum.local(-1.703606714969981, 0.7960835686726251, -0.2154638243837188),
                    Minimum.local(1.703606714969981, -0.7960835686726251, -0.2154638243837188),
                    Minimum.local(1.6071047529201976, 0.5686514548841313, 2.1042503103112593),
                    Minimum.local(-1.6071047529201976, -0.5686514548841313, 2.1042503103112593)),
            List.of(), 0.01, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double x2 = x * x;
        double y2 = y * y;
        return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double x2 = x * x;
        out[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
        out[1] = x - 8 * y + 16 * y * y * y;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double x2 = x * x;
        out[0] = 8 - 25.2 * x2 + 10 * x2 * x2;
        out[1] = 1;
        out[2] = -8 + 48 * y * y;
    }
}
