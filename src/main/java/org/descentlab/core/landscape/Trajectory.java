package org.descentlab.core.landscape;

import java.util.Arrays;

/**
 * The parameters of a training run at some of its epochs (epoch 0 is the start, before any step), in float32: the
 * training path that a loss landscape projects onto its plane and that its principal directions are computed from.
 *
 * <p>Immutable. Epochs are strictly increasing; every snapshot has the same number of parameters, laid out as
 * {@link org.descentlab.core.nn.NetworkShape} lays out the flat vector.
 */
public final class Trajectory {

    private final int[] epochs;
    /** One row per snapshot; never written after construction, so rows may be shared with a recorder. */
    private final float[][] theta;

    /** Takes the arrays as they are: callers hand over rows that nobody writes again. */
    Trajectory(int[] epochs, float[][] theta) {
        if (epochs.length != theta.length) {
            throw new IllegalArgumentException(epochs.length + " epochs but " + theta.length + " snapshots");
        }
        if (theta.length == 0) {
            throw new IllegalArgumentException("a trajectory needs at least one snapshot");
        }
        int count = theta[0].length;
        if (count == 0) {
            throw new IllegalArgumentException("a snapshot needs at least one parameter");
        }
        for (int k = 0; k < theta.length; k++) {
            if (theta[k].length != count) {
                throw new IllegalArgumentException("snapshot " + k + " has " + theta[k].length + " parameters, the"
                        + " first " + count);
            }
            if (epochs[k] < 0 || (k > 0 && epochs[k] <= epochs[k - 1])) {
                throw new IllegalArgumentException("epochs must be 0 or more and strictly increasing: "
                        + Arrays.toString(epochs));
            }
        }
        this.epochs = epochs;
        this.theta = theta;
    }

    /** A trajectory of copies of {@code theta} (row k the parameters after epoch {@code epochs[k]}). */
    public static Trajectory of(int[] epochs, float[][] theta) {
        float[][] rows = new float[theta.length][];
        for (int k = 0; k < theta.length; k++) {
            rows[k] = theta[k].clone();
        }
        return new Trajectory(epochs.clone(), rows);
    }

    /** Number of snapshots n. */
    public int size() {
        return theta.length;
    }

    /** Parameters per snapshot P. */
    public int parameterCount() {
        return theta[0].length;
    }

    /** The epoch of snapshot {@code k}. */
    public int epoch(int k) {
        return epochs[k];
    }

    /** The epochs of all snapshots, a fresh array. */
    public int[] epochs() {
        return epochs.clone();
    }

    /** Parameter {@code p} of snapshot {@code k}. */
    public float value(int k, int p) {
        return theta[k][p];
    }

    /** Snapshot {@code k} as a fresh double vector. */
    public double[] theta(int k) {
        float[] row = theta[k];
        double[] out = new double[row.length];
        for (int p = 0; p < row.length; p++) {
            out[p] = row[p];
        }
        return out;
    }

    /** Snapshot {@code k} as a fresh float vector. */
    public float[] thetaFloats(int k) {
        return theta[k].clone();
    }

    /** The shared row of snapshot {@code k}, for this package's read-only loops. */
    float[] row(int k) {
        return theta[k];
    }

    /** Whether every parameter of every snapshot is a finite number (a diverged run's are not). */
    public boolean isFinite() {
        for (float[] row : theta) {
            for (float v : row) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trajectory t && Arrays.equals(epochs, t.epochs) && Arrays.deepEquals(theta, t.theta);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(epochs) + Arrays.deepHashCode(theta);
    }

    @Override
    public String toString() {
        return "Trajectory[" + size() + " snapshots of " + parameterCount() + " parameters, epochs " + epochs[0]
                + "–" + epochs[epochs.length - 1] + "]";
    }
}
