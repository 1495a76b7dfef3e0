package org.descentlab.core.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentlab.core.landscape.Trajectory;
import org.descentlab.core.landscape.TrajectoryRecorder;

/**
 * A training path in {@code .npz}: {@code theta}, float32 of shape (n, P), the flat parameter vector after each of n
 * epochs, and {@code epochs}, int64 of shape (n,), strictly increasing (0 is the start). numpy reads it with
 * {@code np.load}; the loss landscape's principal directions are computed from it.
 *
 * <p>Written atomically and deflate-compressed; read as float32 or float64 and int32 or int64, every value checked,
 * at most {@link #MAX_VALUES} parameter values (a recorder's cap, {@link TrajectoryRecorder#MAX_VALUES}).
 */
public final class TrajectoryFile {

    /** The array of parameter vectors. */
    public static final String THETA = "theta";
    /** The array of epochs. */
    public static final String EPOCHS = "epochs";
    /** The most values of {@code theta} read. */
    public static final int MAX_VALUES = TrajectoryRecorder.MAX_VALUES;

    private TrajectoryFile() {
    }

    /**
     * The trajectory stored in {@code file}; other arrays in the archive are ignored.
     *
     * @throws NumpyFileException naming the file and the problem in one sentence: not an archive, an array missing,
     *     of the wrong kind or shape, too large, a value that is not finite, epochs out of order
     */
    public static Trajectory read(Path file) throws NumpyFileException {
        HeaderCheck thetaSize = (source, header) -> {
            if (THETA.equals(source.name()) && header.count() > MAX_VALUES) {
                throw source.problem(source.subject() + " declares " + header.count() + " values, more than a"
                        + " trajectory may hold (at most " + MAX_VALUES + ")");
            }
        };
        Map<String, NpyArray> arrays = NpzFile.read(file, new ValueLimit(MAX_VALUES + MAX_VALUES / 2), thetaSize,
                List.of(THETA, EPOCHS));
        NpyArray theta = arrays.get(THETA);
        NpyArray epochs = arrays.get(EPOCHS);
        ArrayRules.requireFloats(file, THETA, theta);
        ArrayRules.requireShape(file, THETA, theta, "(n, P): one row of parameters per epoch", ArrayRules.ANY,
                ArrayRules.ANY);
        ArrayRules.requireNonEmpty(file, THETA, theta, "epoch");
        if (theta.shape()[1] == 0) {
            throw new NumpyFileException(file, "'theta' has shape " + MessageText.shown(theta.shapeText())
                    + ", but each epoch needs at least one parameter");
        }
        ArrayRules.requireFinite(file, THETA, theta);
        int large = ArrayRules.firstNotFiniteAsFloat32(theta.floats());
        if (large >= 0) {
            throw new NumpyFileException(file, "'theta' holds " + theta.floats()[large] + " at "
                    + ArrayRules.place(theta, large) + ", too large for a network's float32 parameters");
        }
        int n = theta.shape()[0];
        ArrayRules.requireIntegers(file, EPOCHS, epochs);
        ArrayRules.requireShape(file, EPOCHS, epochs, "(" + n + ",) like the " + n + " rows of 'theta'", n);
        return trajectory(theta, epochNumbers(file, epochs.ints()));
    }

    /**
     * Replaces {@code file} with {@code trajectory} (float32 parameters, int64 epochs). On failure the previous file,
     * if any, is left as it was.
     *
     * @throws NumpyFileException also, before the file is touched, if a parameter is not finite (a diverged run)
     */
    public static void write(Path file, Trajectory trajectory) throws NumpyFileException {
        if (!trajectory.isFinite()) {
            throw new NumpyFileException(file, "the trajectory holds numbers that are not finite (the training"
                    + " diverged); nothing was saved");
        }
        int n = trajectory.size();
        int count = trajectory.parameterCount();
        double[] values = new double[Math.multiplyExact(n, count)];
        long[] epochs = new long[n];
        for (int k = 0; k < n; k++) {
            float[] row = trajectory.thetaFloats(k);
            for (int p = 0; p < count; p++) {
                values[k * count + p] = row[p];
            }
            epochs[k] = trajectory.epoch(k);
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put(THETA, NpyArray.float32(values, n, count));
        arrays.put(EPOCHS, NpyArray.int64(epochs, n));
        NpzFile.write(file, arrays, NpzCompression.DEFLATED);
    }

    /** The epochs as ints, each 0 or more and larger than the one before. */
    private static int[] epochNumbers(Path file, long[] epochs) throws NumpyFileException {
        int[] numbers = new int[epochs.length];
        for (int k = 0; k < epochs.length; k++) {
            if (epochs[k] < 0 || epochs[k] > Integer.MAX_VALUE) {
                throw new NumpyFileException(file, "'epochs' holds " + epochs[k] + " at index " + k
                        + ", but an epoch is a count from 0 to " + Integer.MAX_VALUE);
            }
            if (k > 0 && epochs[k] <= epochs[k - 1]) {
                throw new NumpyFileException(file, "'epochs' holds " + epochs[k] + " at index " + k + " after "
                        + epochs[k - 1] + ", but the epochs must increase from row to row");
            }
            numbers[k] = (int) epochs[k];
        }
        return numbers;
    }

    /** The rows of {@code theta}, rounded to float32 (exact for a float32 file). */
    private static Trajectory trajectory(NpyArray theta, int[] epochs) {
        int n = theta.shape()[0];
        int count = theta.shape()[1];
        double[] values = theta.floats();
        float[][] rows = new float[n][count];
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < count; p++) {
                rows[k][p] = (float) values[k * count + p];
            }
        }
        return Trajectory.of(epochs, rows);
    }
}
