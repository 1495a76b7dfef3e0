package org.descentlab.core.surface;

import java.util.ArrayList;
import java.util.List;

/**
 * f(x, y) = 20 + x² − 10·cos(2πx) + y² − 10·cos(2πy): an egg box of local minima around the global one at 0.
 *
 * <p>f is a sum of one function of x and the same function of y, so its minima are the points whose coordinates are
 * both minima of t² − 10·cos(2πt): one near each whole number, pulled slightly toward 0 by the t² term. In the bounds
 * that is 11 × 11 = 121 minima, every one declared, so that "nearest minimum" means the dimple a path is in. The
 * non-zero roots of 2t + 20π·sin(2πt) were found with Newton's method in double precision.
 */
public final class Rastrigin implements Surface {

    private static final double TWO_PI = 2 * Math.PI;
    /** The minima of t² − 10·cos(2πt) for t = 1 … 5 (those for −t mirror them, and 0 is one). */
    private static final double[] DIMPLES = {
        0.9949586376523348, 1.9899122337085497, 2.984855701039481, 3.9797838603007536, 4.974691390895051};

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "rastrigin", "Rastrigin",
            "An egg box of local minima: plain descent stops in the nearest dimple.",
            Bounds.square(5.12), new Point(2.2, 2.7), minima(), List.of(), 0.002, false);

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

    @Override
    public void hessian(double x, double y, double[] out) {
        double fourPiSquared = 4 * Math.PI * Math.PI;
        out[0] = 2 + 10 * fourPiSquared * Math.cos(TWO_PI * x);
        out[1] = 0;
        out[2] = 2 + 10 * fourPiSquared * Math.cos(TWO_PI * y);
    }

    /** The global minimum first, then every other pair of one-dimensional minima, row by row. */
    private static List<Minimum> minima() {
        var coordinates = new ArrayList<Double>();
        for (int i = DIMPLES.length - 1; i >= 0; i--) {
            coordinates.add(-DIMPLES[i]);
        }
        coordinates.add(0.0);
        for (double t : DIMPLES) {
            coordinates.add(t);
        }
        var minima = new ArrayList<Minimum>();
        minima.add(Minimum.global(0, 0, 0));
        for (double y : coordinates) {
            for (double x : coordinates) {
                if (x != 0 || y != 0) {
                    minima.add(Minimum.local(x, y, dimple(x) + dimple(y)));
                }
            }
        }
        return minima;
    }

    /** 10 + t² − 10·cos(2πt): one coordinate's share of f. */
    private static double dimple(double t) {
        return 10 + t * t - 10 * Math.cos(TWO_PI * t);
    }
}
