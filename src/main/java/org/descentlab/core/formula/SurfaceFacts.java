package org.descentlab.core.formula;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceInfo;

/**
 * What a typed surface's {@link SurfaceInfo} says, worked out from the formula:
 * <ul>
 *   <li><b>start</b>: the point a quarter of the way in from the bounds' upper-left corner,
 *       (xMin + w/4, yMax − h/4), where a race on a built-in surface usually starts too; if f or its gradient is not
 *       finite there, the first point of the search grid (row by row from the top) where both are;</li>
 *   <li><b>minima</b>: the given ones, else those {@link StationaryPoints} finds; if none lies inside the bounds (a
 *       plane, a saddle, {@code max(x, y)}), the lowest of {@value #SAMPLES} × {@value #SAMPLES} samples stands in
 *       as the global minimum, so that f* and "distance to the minimum" still mean "the lowest point drawn";</li>
 *   <li><b>saddle points</b>: those {@link StationaryPoints} finds;</li>
 *   <li><b>suggested learning rate</b>: 1/L, L the largest |eigenvalue| of the Hessian over the search grid, within
 *       [1e-4, 0.5] (0.1 where f is flat or linear): the step at which gradient descent stays stable everywhere;</li>
 *   <li><b>log colour scale</b>: when the median of the samples lies in the bottom 15 % of their range, as on
 *       Rosenbrock (6 %), Himmelblau (13 %) and Beale (0.2 %), but not on a bowl (29 % to 33 %).</li>
 * </ul>
 */
final class SurfaceFacts {

    /** Samples per side for the range, the colour scale and the stand-in minimum. */
    static final int SAMPLES = 64;
    private static final double LOG_SCALE_BELOW = 0.15;

    private SurfaceFacts() {
    }

    /**
     * The info of {@code formula} over {@code bounds}; {@code minima} the given ones (checked once f is known to be
     * finite somewhere), or {@code null} to find them.
     *
     * @throws org.descentlab.core.scene.SettingException about {@code formula} if f is finite at no sample
     */
    static SurfaceInfo of(Formula formula, Bounds bounds, Supplier<List<Minimum>> minima) {
        double[] samples = new double[SAMPLES * SAMPLES];
        int finite = 0;
        Point lowest = null;
        double lowestValue = Double.POSITIVE_INFINITY;
        for (int j = 0; j < SAMPLES; j++) {
            for (int i = 0; i < SAMPLES; i++) {
                double x = bounds.xMin() + (i + 0.5) * bounds.width() / SAMPLES;
                double y = bounds.yMax() - (j + 0.5) * bounds.height() / SAMPLES;
                double v = formula.value(x, y);
                if (Double.isFinite(v)) {
                    samples[finite++] = v;
                    if (v < lowestValue) {
                        lowestValue = v;
                        lowest = new Point(x, y);
                    }
                }
            }
        }
        if (finite == 0) {
            throw FormulaSurface.refused("formula", FormulaError.NOWHERE_FINITE);
        }
        List<Minimum> found = minima != null ? minima.get() : StationaryPoints.minima(formula, bounds);
        if (found.isEmpty()) {
            found = List.of(new Minimum(lowest, lowestValue, true));
        }
        return new SurfaceInfo(FormulaSurface.ID, "Custom", "f(x, y) = " + formula.text(), bounds,
                start(formula, bounds), found, StationaryPoints.saddles(formula, bounds),
                suggestedRate(formula, bounds), logScale(Arrays.copyOf(samples, finite)));
    }

    private static Point start(Formula formula, Bounds b) {
        var quarter = new Point(b.xMin() + b.width() / 4, b.yMax() - b.height() / 4);
        if (usable(formula, quarter)) {
            return quarter;
        }
        return StationaryPoints.starts(b).stream().filter(p -> usable(formula, p)).findFirst().orElse(quarter);
    }

    private static boolean usable(Formula formula, Point p) {
        double[] g = new double[2];
        formula.gradient(p.x(), p.y(), g);
        return Double.isFinite(formula.value(p.x(), p.y())) && Double.isFinite(g[0]) && Double.isFinite(g[1]);
    }

    private static double suggestedRate(Formula formula, Bounds b) {
        double[] h = new double[3];
        double largest = 0;
        for (Point p : StationaryPoints.starts(b)) {
            formula.hessian(p.x(), p.y(), h);
            // The larger |eigenvalue| of [[a, b], [b, c]]: |mean| + radius.
            double mean = (h[0] + h[2]) / 2;
            double radius = Math.hypot((h[0] - h[2]) / 2, h[1]);
            double l = Math.abs(mean) + radius;
            if (Double.isFinite(l)) {
                largest = Math.max(largest, l);
            }
        }
        return largest == 0 ? 0.1 : Math.max(1e-4, Math.min(0.5, 1 / largest));
    }

    private static boolean logScale(double[] values) {
        Arrays.sort(values);
        double min = values[0];
        double range = values[values.length - 1] - min;
        return range > 0 && (values[values.length / 2] - min) < LOG_SCALE_BELOW * range;
    }
}
