package org.descentlab.core.surface;

/**
 * Maps values of f to [0, 1] for colouring, linearly or logarithmically, and back (for the colour bar's labels).
 *
 * <p>The log scale colours log(1 + (f − min)/δ) with δ = (max − min)·1e-4, so that four decades below the top of
 * the range stay distinguishable, and the minimum itself (where f − min = 0) stays finite.
 */
public record ColourScale(double min, double max, boolean log) {

    private static final double DECADES = 1e-4;

    /** Position of {@code f} in [0, 1], clamped. */
    public double position(double f) {
        double range = max - min;
        if (!(range > 0)) {
            return 0;
        }
        double t = log ? Math.log1p((f - min) / (range * DECADES)) / Math.log1p(1 / DECADES) : (f - min) / range;
        return Math.max(0, Math.min(1, t));
    }

    /** The value of f at position {@code t}: the inverse of {@link #position}. */
    public double valueAt(double t) {
        double range = max - min;
        return log ? min + range * DECADES * Math.expm1(t * Math.log1p(1 / DECADES)) : min + range * t;
    }
}
