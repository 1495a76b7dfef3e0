package org.descentlab.core.descent;

import java.util.Arrays;

/** The points a walker has visited, step 0 first, with their losses: growable primitive arrays, no boxing. */
public final class Path {

    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private double[] losses = new double[256];
    private int size;
    private final boolean latestOnly;

    /** A path that keeps every point. */
    public Path() {
        this(false);
    }

    /**
     * @param latestOnly keep only the newest point (steps are still counted): a long path streamed to a file needs
     *     no history, and a million steps would otherwise hold 24 MB per walker
     */
    Path(boolean latestOnly) {
        this.latestOnly = latestOnly;
    }

    void add(double x, double y, double loss) {
        if (latestOnly) {
            xs[0] = x;
            ys[0] = y;
            losses[0] = loss;
            size++;
            return;
        }
        if (size == xs.length) {
            int capacity = size * 2;
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
            losses = Arrays.copyOf(losses, capacity);
        }
        xs[size] = x;
        ys[size] = y;
        losses[size] = loss;
        size++;
    }

    void clear() {
        size = 0;
    }

    /** Number of recorded points: the last recorded step plus one. */
    public int size() {
        return size;
    }

    public double x(int step) {
        return xs[index(step)];
    }

    public double y(int step) {
        return ys[index(step)];
    }

    public double loss(int step) {
        return losses[index(step)];
    }

    private int index(int step) {
        if (step < 0 || step >= size || latestOnly && step != size - 1) {
            throw new IndexOutOfBoundsException("step " + step + " of " + size
                    + (latestOnly ? " (only the newest is kept)" : ""));
        }
        return latestOnly ? 0 : step;
    }
}
