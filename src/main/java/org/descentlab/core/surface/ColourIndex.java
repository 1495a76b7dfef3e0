package org.descentlab.core.surface;

/**
 * The viridis index {@code round(255·t)} of a {@link ColourScale} position t, without the scale's logarithm per
 * value: the value where each index begins is found once, and a value's index is then found among those 255
 * thresholds by a few comparisons. The thresholds are exact, so the index is always the one {@link Viridis#argb}
 * computes from {@link ColourScale#position}: {@link Math#log1p}, the divisions and the rounding are all
 * non-decreasing, so the index is a non-decreasing step function of f on [min, max], and the smallest double at
 * which each step begins is found by bisection over the doubles, evaluating the scale itself.
 *
 * <p>Values outside [min, max], and every value on a scale of zero or non-finite range, take the direct formula.
 */
final class ColourIndex {

    private static final int TOP = 255;

    private final ColourScale scale;
    private final boolean exact;
    /** threshold[k] is the smallest f in [min, max] with index ≥ k (k ≥ 1), +∞ if there is none. */
    private final double[] threshold = new double[TOP + 2];
    private int last;

    ColourIndex(ColourScale scale) {
        this.scale = scale;
        double range = scale.max() - scale.min();
        exact = !(range > 0) || !Double.isFinite(range);
        if (exact) {
            return;
        }
        threshold[0] = Double.NEGATIVE_INFINITY;
        threshold[TOP + 1] = Double.POSITIVE_INFINITY;
        long lo = ordered(scale.min());
        for (int k = 1; k <= TOP; k++) {
            threshold[k] = firstWithIndex(k, lo, ordered(scale.max()));
            if (threshold[k] != Double.POSITIVE_INFINITY) {
                lo = ordered(threshold[k]);
            }
        }
    }

    /** The index of position(f) as {@link Viridis#argb} rounds it, for a value f that is not NaN. */
    int of(double f) {
        if (exact || !(f >= scale.min() && f <= scale.max())) {
            return direct(f);
        }
        // Neighbouring samples have nearby colours: walk from the last index instead of searching from scratch.
        int k = last;
        while (f >= threshold[k + 1]) {
            k++;
        }
        while (f < threshold[k]) {
            k--;
        }
        last = k;
        return k;
    }

    private int direct(double f) {
        double t = scale.position(f);
        return t > 0 ? (int) Math.min(TOP, Math.round(t * TOP)) : 0;
    }

    /** The smallest double in [from, to] (as ordered bits) whose index is at least k, +∞ if none. */
    private double firstWithIndex(int k, long from, long to) {
        if (direct(unordered(to)) < k) {
            return Double.POSITIVE_INFINITY;
        }
        long lo = from;
        long hi = to;
        while (lo < hi) {
            long mid = (lo & hi) + ((lo ^ hi) >> 1); // the floor of (lo + hi) / 2, without overflow
            if (direct(unordered(mid)) >= k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return unordered(lo);
    }

    /** A long whose order is the order of the doubles (−0.0 just below 0.0). */
    private static long ordered(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits >= 0 ? bits : Long.MIN_VALUE - bits - 1;
    }

    private static double unordered(long v) {
        return Double.longBitsToDouble(v >= 0 ? v : Long.MIN_VALUE - v - 1);
    }
}
