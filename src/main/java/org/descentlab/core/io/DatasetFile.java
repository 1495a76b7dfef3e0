package org.descentlab.core.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentlab.core.nn.Dataset;

/**
 * A {@link Dataset} in the seed script's {@code .npz} layout: {@code inputs}, float32 of shape (N, 2), and
 * {@code labels}, int64 of shape (N,).
 *
 * <p>Reading also accepts float64 inputs and int32 labels, as numpy users easily produce them; the number of classes
 * is the largest label + 1, so a class count above that is not kept by a write–read round trip. Labels and the number
 * of points are checked against {@link ReadLimits} as the file is read, so that one stray label cannot make the app
 * build a network with a hundred thousand outputs.
 */
public final class DatasetFile {

    private static final String INPUTS = "inputs";
    private static final String LABELS = "labels";

    /**
     * The most a dataset read from a file may hold.
     *
     * @param maxClasses labels must lie in 0 … maxClasses − 1
     * @param maxPoints the most points (rows of {@code inputs}); refused from the header, before the data is read
     */
    public record ReadLimits(int maxClasses, int maxPoints) {

        /** The app's declared limits: at most 50 classes of at most 10,000 points each. */
        public static final ReadLimits DEFAULT = new ReadLimits(50, 500_000);

        /** Checks that both limits are at least 1. */
        public ReadLimits {
            if (maxClasses < 1 || maxPoints < 1) {
                throw new IllegalArgumentException("a dataset needs room for at least 1 class and 1 point, got "
                        + maxClasses + " classes and " + maxPoints + " points");
            }
        }
    }

    private DatasetFile() {
    }

    /** The dataset stored in {@code file}, within {@link ReadLimits#DEFAULT}; other arrays are ignored. */
    public static Dataset read(Path file) throws NumpyFileException {
        return read(file, ReadLimits.DEFAULT);
    }

    /** The dataset stored in {@code file}, refused if it goes beyond {@code limits}; other arrays are ignored. */
    public static Dataset read(Path file, ReadLimits limits) throws NumpyFileException {
        HeaderCheck points = (source, header) -> {
            int[] shape = header.shape();
            if (shape.length > 0 && shape[0] > limits.maxPoints()) {
                throw source.problem(source.subject() + " has " + shape[0] + " rows, more points than this app"
                        + " handles (at most " + limits.maxPoints() + ")");
            }
        };
        // Room for the points the caller allows (2 coordinates and 1 label each), so that the value limit never
        // refuses, with a vaguer message, a dataset the point limit accepts.
        int maxValues = (int) Math.max(NpyFile.DEFAULT_MAX_VALUES, Math.min(3L * limits.maxPoints(),
                NpyHeader.MAX_ARRAY_BYTES / Long.BYTES));
        Map<String, NpyArray> arrays = NpzFile.read(file, new ValueLimit(maxValues), points, List.of(INPUTS, LABELS));
        NpyArray inputs = arrays.get(INPUTS);
        NpyArray labels = arrays.get(LABELS);
        ArrayRules.requireFloats(file, INPUTS, inputs);
        ArrayRules.requireIntegers(file, LABELS, labels);
        ArrayRules.requireShape(file, INPUTS, inputs, "(N, 2)", ArrayRules.ANY, 2);
        ArrayRules.requireFinite(file, INPUTS, inputs);
        int count = inputs.shape()[0];
        ArrayRules.requireShape(file, LABELS, labels, "(" + count + ",) like the " + count + " points in 'inputs'",
                count);
        return Dataset.of(inputs.floats(), classIndices(file, labels.ints(), limits.maxClasses()));
    }

    /**
     * Replaces {@code file} with {@code dataset}, deflate-compressed like {@code np.savez_compressed}; inputs are
     * rounded to float32 as in the seed. On failure the previous file, if any, is left as it was.
     *
     * @throws NumpyFileException also if a coordinate is NaN, infinite or beyond float32's range, before the file is
     *     touched: such a file could not be read back
     */
    public static void write(Path file, Dataset dataset) throws NumpyFileException {
        int bad = ArrayRules.firstNotFiniteAsFloat32(dataset.inputs());
        if (bad >= 0) {
            double value = dataset.inputs()[bad];
            throw new NumpyFileException(file, "point " + bad / 2 + " has the coordinate " + value
                    + (Double.isFinite(value) ? ", too large for a float32 file" : ", not a finite number")
                    + "; nothing was saved");
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put(INPUTS, NpyArray.float32(dataset.inputs(), dataset.size(), 2));
        arrays.put(LABELS, NpyArray.int64(Arrays.stream(dataset.labels()).asLongStream().toArray(),
                dataset.size()));
        NpzFile.write(file, arrays, NpzCompression.DEFLATED);
    }

    private static int[] classIndices(Path file, long[] labels, int maxClasses) throws NumpyFileException {
        int[] indices = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new NumpyFileException(file, "'labels' holds " + labels[i] + " at index " + i
                        + ", but class labels must be 0 or more");
            }
            if (labels[i] >= maxClasses) {
                throw new NumpyFileException(file, "'labels' holds " + labels[i] + " at index " + i + "; this app"
                        + " handles at most " + maxClasses + " classes (labels 0 to " + (maxClasses - 1) + ")");
            }
            indices[i] = (int) labels[i];
        }
        return indices;
    }
}
