package org.descentlab.core.landscape;

import java.util.Arrays;

/**
 * The training path drawn on a landscape's plane: snapshot k at (a[k], b[k]), after epoch {@code epochs[k]}. Empty
 * when there is no trajectory. The arrays are shared, not copied; nobody writes them after construction.
 *
 * @param epochs the epoch of each point
 * @param a coordinate along d₁
 * @param b coordinate along d₂
 */
public record PathProjection(int[] epochs, double[] a, double[] b) {

    /** No path: only the current point is shown. */
    public static final PathProjection NONE = new PathProjection(new int[0], new double[0], new double[0]);

    /** Checks that the three arrays have one entry per point. */
    public PathProjection {
        if (a.length != epochs.length || b.length != epochs.length) {
            throw new IllegalArgumentException("one epoch and two coordinates per point");
        }
    }

    /** Number of points. */
    public int size() {
        return epochs.length;
    }

    /** The largest |a| or |b| of the path, 0 for no path. */
    public double extent() {
        double m = 0;
        for (int k = 0; k < epochs.length; k++) {
            m = Math.max(m, Math.max(Math.abs(a[k]), Math.abs(b[k])));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathProjection p && Arrays.equals(epochs, p.epochs) && Arrays.equals(a, p.a)
                && Arrays.equals(b, p.b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(epochs) * 961 + Arrays.hashCode(a) * 31 + Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        return "PathProjection[" + size() + " points]";
    }
}
