package org.descentlab.ui.surface;

import org.descentlab.core.surface.ColourScale;

/**
 * How high the 3D view draws a value of f: a height in [0, 1] (0 at the lowest value of the heat map, 1 at its
 * highest), either f itself, rescaled, or the log of f above its minimum. No JavaFX: tested without a toolkit.
 *
 * <p>The height is logarithmic when the tab's colour scale is (then a vertex's height and its colour say the same
 * number), and also, whatever the colour scale, on a <em>tall</em> surface: one where more than {@link #TALL_SHARE}
 * of the plot lies in the lowest twentieth of the range. On Rosenbrock (47% of its plot there) and Beale (79%) a
 * linear height is a flat floor with a few steep walls at the corners, and the valley the race is about cannot be
 * seen. Log rather than a clamped height: clamping at any ceiling that keeps the walls (Rosenbrock's 75th percentile,
 * f = 403) still leaves the valley floor (f below 10) within 2.5% of the height, while the log lifts f = 10 to 40%;
 * and the log keeps the order of every height, with no false plateau where the clamp would cut. Bowls, the saddle,
 * Booth (32%), Himmelblau (19%) and the rest keep the true shape of f: a bowl stays a paraboloid. The view says which
 * height it draws.
 *
 * <p>The log is the colour scale's own: log(1 + (f − min)/δ) with δ = (max − min)·10⁻⁴ ({@link ColourScale}).
 *
 * @param min f at height 0
 * @param max f at height 1
 * @param log whether the height is logarithmic
 */
public record SolidHeight(double min, double max, boolean log) {

    /** The share of the plot in the lowest twentieth of the range from which a surface counts as tall. */
    public static final double TALL_SHARE = 0.4;
    /** The bottom part of the range {@link #TALL_SHARE} is measured in. */
    static final double LOW_PART = 0.05;

    /**
     * The height for a surface whose sampled values are {@code values}, coloured by {@code colours} (the heat map's
     * scale in use): logarithmic if the colours are, or if the values make a tall surface.
     */
    public static SolidHeight of(ColourScale colours, double[] values) {
        return new SolidHeight(colours.min(), colours.max(), colours.log() || tall(values, colours.min(),
                colours.max()));
    }

    /** Whether more than {@link #TALL_SHARE} of {@code values} lie in the lowest twentieth of [min, max]. */
    static boolean tall(double[] values, double min, double max) {
        double range = max - min;
        if (!(range > 0) || values.length == 0) {
            return false;
        }
        int low = 0;
        for (double v : values) {
            if ((v - min) / range < LOW_PART) {
                low++;
            }
        }
        return low > TALL_SHARE * values.length;
    }

    /** The height of {@code f}, in [0, 1]: clamped outside the range, 0 for NaN. */
    public double of(double f) {
        double t = new ColourScale(min, max, log).position(f);
        return Double.isNaN(t) ? 0 : t;
    }
}
