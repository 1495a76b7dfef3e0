package org.descentlab.core.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.descentlab.core.nn.Dataset;

/**
 * A {@link Dataset} in the seed script's {@code .npz} layout: {@code inputs}, float32 of shape (N, 2), and
 * {@code labels}, int64 of shape (N,).
 *
 * <p>Reading also accepts float64 inputs and int32 labels, as numpy users easily produce them; the number of classes
 * is the largest label + 1, so a class count above that is not kept by a write–read round trip.
 */
public final class DatasetFile {

    private static final String INPUTS = "inputs";
    private static final String LABELS = "labels";

    private DatasetFile() {
    }

    /** The dataset stored in {@code file}; other arrays in the archive are ignored. */
    public static Dataset read(Path file) throws NumpyFileException {
        Map<String, NpyArray> arrays = NpzFile.read(file, INPUTS, LABELS);
        NpyArray inputs = arrays.get(INPUTS);
        NpyArray labels = arrays.get(LABELS);
        ArrayRules.requireFloats(file, INPUTS, inputs);
        ArrayRules.requireIntegers(file, LABELS, labels);
        ArrayRules.requireShape(file, INPUTS, inputs, "(N, 2)", ArrayRules.ANY, 2);
        ArrayRules.requireFinite(file, INPUTS, inputs);
        int points = inputs.shape()[0];
        ArrayRules.requireShape(file, LABELS, labels, "(" + points + ",) like the " + points + " points in 'inputs'",
                points);
        return Dataset.of(inputs.floats(), classIndices(file, labels.ints()));
    }

    /**
     * Replaces {@code file} with {@code dataset}, deflate-compressed like {@code np.savez_compressed}; inputs are
     * rounded to float32 as in the seed. On failure the previous file, if any, is left as it was.
     */
    public static void write(Path file, Dataset dataset) throws NumpyFileException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put(INPUTS, NpyArray.float32(dataset.inputs(), dataset.size(), 2));
        arrays.put(LABELS, NpyArray.int64(Arrays.stream(dataset.labels()).asLongStream().toArray(),
                dataset.size()));
        NpzFile.write(file, arrays, NpzCompression.DEFLATED);
    }

    private static int[] classIndices(Path file, long[] labels) throws NumpyFileException {
        int[] indices = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new NumpyFileException(file, "'labels' holds " + labels[i] + " at index " + i
                        + ", but class labels must be 0 or more");
            }
            if (labels[i] >= Integer.MAX_VALUE) {
                throw new NumpyFileException(file, "'labels' holds " + labels[i] + " at index " + i
                        + ", far too large for a class label");
            }
            indices[i] = (int) labels[i];
        }
        return indices;
    }
}
