package org.descentlab.core.descent;

import java.util.Arrays;

/** The points a walker has visited, step 0 first, with their losses: growable primitive arrays, no boxing. */
public final class Path {

    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private double[] losses = new double[256];
    private int size;

    void add(double x, double y, double loss) {
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
        return xs[check(step)];
    }

    public double y(int step) {
        return ys[check(step)];
    }

    public double loss(int step) {
        return losses[check(step)];
    }

    private int check(int step) {
        if (step < 0 || step >= size) {
            throw new IndexOutOfBoundsException("step " + step + " of " + size);
        }
        return step;
    }
}
