package org.descentlab.core.surface;

import java.util.List;

/**
 * f(x, y) = x² − y² + y⁴/4 + 1: a saddle point at the origin (f = 1) between two minima at (0, ±√2) (f = 0).
 * Along y = 0 the gradient never points away from the saddle, so a start on that line stays stuck: the race opens
 * there, on the ridge, and every optimizer stops at the saddle. Gradient noise, or a start clicked off the ridge,
 * gives the sideways push that escapes to a minimum.
 */
public final class Saddle implements Surface {

    private static final double ROOT2 = Math.sqrt(2);

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "saddle", "Saddle point",
            "A saddle at the centre, where the slope vanishes: started on the ridge y = 0, every optimizer stops "
                    + "there. Gradient noise, or a start off the ridge, escapes to a minimum.",
            Bounds.square(2), new Point(-1.8, 0),
            List.of(Minimum.global(0, ROOT2, 0), Minimum.global(0, -ROOT2, 0)),
            List.of(new Point(0, 0)), 0.05, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double y2 = y * y;
        return x * x - y2 + y2 * y2 / 4 + 1;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x;
        out[1] = -2 * y + y * y * y;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2;
        out[1] = 0;
        out[2] = -2 + 3 * y * y;
    }
}
