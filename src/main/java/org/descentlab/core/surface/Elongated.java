package org.descentlab.core.surface;

import java.util.List;
import java.util.Map;

/**
 * f(x, y) = 0.1·x² + 2·y²: a narrow valley, steep across and shallow along, where plain descent zig-zags.
 *
 * <p>The race opens with plain descent at η = 0.45, close to its stability limit 2/4 = 0.5 across the valley, where
 * each step overshoots the floor: y changes sign at every step. Tuned, it would take a rate gentle enough not to
 * overshoot, and there would be no zig-zag to see. Momentum and NAG open at η = 0.05: with β = 0.9 their speed on a
 * steady slope, η/(1 − β) = 0.5, matches plain descent's, so the paths differ by the velocity alone, which averages
 * the alternating pushes across the valley out into a smooth swing.
 */
public final class Elongated implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "elongated", "Elongated bowl",
            "A narrow valley, steep across and shallow along: plain descent with a large step zig-zags from wall to "
                    + "wall; momentum's velocity smooths the zig-zag into a curve.",
            new Bounds(-3, 3, -2, 2), new Point(-2.5, 1.5), List.of(Minimum.global(0, 0, 0)), List.of(), 0.3, false,
            Map.of("gd", 0.45, "momentum", 0.05, "nag", 0.05));

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

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 0.2;
        out[1] = 0;
        out[2] = 4;
    }
}
