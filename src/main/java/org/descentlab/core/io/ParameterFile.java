package org.descentlab.core.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;

/**
 * The weights of the seed's 2-H-k network in its {@code .npz} layout: {@code W_h} (H, 2), {@code b_h} (H,),
 * {@code W_o} (k, H) and {@code b_o} (k,), as numpy's (out, in) matrices.
 *
 * <p>Written as float32 like the seed; read as float32 or float64. H and k are taken from the file and must agree
 * across the four arrays.
 */
public final class ParameterFile {

    private static final String HIDDEN_WEIGHTS = "W_h";
    private static final String HIDDEN_BIAS = "b_h";
    private static final String OUTPUT_WEIGHTS = "W_o";
    private static final String OUTPUT_BIAS = "b_o";

    private ParameterFile() {
    }

    /** The parameters stored in {@code file}; other arrays in the archive are ignored. */
    public static Parameters read(Path file) throws NumpyFileException {
        Map<String, NpyArray> arrays = NpzFile.read(file, HIDDEN_WEIGHTS, HIDDEN_BIAS, OUTPUT_WEIGHTS, OUTPUT_BIAS);
        for (var named : arrays.entrySet()) {
            ArrayRules.requireFloats(file, named.getKey(), named.getValue());
            ArrayRules.requireFinite(file, named.getKey(), named.getValue());
        }
        NpyArray wh = arrays.get(HIDDEN_WEIGHTS);
        ArrayRules.requireShape(file, HIDDEN_WEIGHTS, wh, "(H, 2)", ArrayRules.ANY, 2);
        ArrayRules.requireNonEmpty(file, HIDDEN_WEIGHTS, wh, "hidden unit");
        int hidden = wh.shape()[0];
        String matchHidden = " to match 'W_h' (H = " + hidden + ")";
        NpyArray bh = arrays.get(HIDDEN_BIAS);
        ArrayRules.requireShape(file, HIDDEN_BIAS, bh, "(" + hidden + ",)" + matchHidden, hidden);
        NpyArray wo = arrays.get(OUTPUT_WEIGHTS);
        ArrayRules.requireShape(file, OUTPUT_WEIGHTS, wo, "(k, " + hidden + ")" + matchHidden, ArrayRules.ANY, hidden);
        ArrayRules.requireNonEmpty(file, OUTPUT_WEIGHTS, wo, "class");
        int classes = wo.shape()[0];
        NpyArray bo = arrays.get(OUTPUT_BIAS);
        ArrayRules.requireShape(file, OUTPUT_BIAS, bo, "(" + classes + ",) to match 'W_o' (k = " + classes + ")",
                classes);
        return Parameters.of(new NetworkShape(2, hidden, classes), wh.floats(), bh.floats(), wo.floats(),
                bo.floats());
    }

    /**
     * Replaces {@code file} with {@code parameters} rounded to float32, deflate-compressed like
     * {@code np.savez_compressed}. On failure the previous file, if any, is left as it was.
     *
     * @throws NumpyFileException also if a parameter is NaN, infinite or beyond float32's range, before the file is
     *     touched: a diverged run must never overwrite a good file with numbers that cannot be used
     * @throws IllegalArgumentException if the network does not take 2 inputs, the only layout the seed's file has
     */
    public static void write(Path file, Parameters parameters) throws NumpyFileException {
        NetworkShape shape = parameters.shape();
        if (shape.inputs() != 2) {
            throw new IllegalArgumentException("the parameter file holds 2-input networks, got " + shape.inputs()
                    + " inputs");
        }
        int bad = ArrayRules.firstNotFiniteAsFloat32(parameters.values());
        if (bad >= 0) {
            double value = parameters.values()[bad];
            throw new NumpyFileException(file, (Double.isFinite(value)
                    ? "the parameters hold " + value + ", too large for a float32 file"
                    : "the parameters are not finite numbers") + " (the training diverged); nothing was saved");
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put(HIDDEN_WEIGHTS, NpyArray.float32(parameters.hiddenWeights(), shape.hidden(), 2));
        arrays.put(HIDDEN_BIAS, NpyArray.float32(parameters.hiddenBias(), shape.hidden()));
        arrays.put(OUTPUT_WEIGHTS, NpyArray.float32(parameters.outputWeights(), shape.classes(), shape.hidden()));
        arrays.put(OUTPUT_BIAS, NpyArray.float32(parameters.outputBias(), shape.classes()));
        NpzFile.write(file, arrays, NpzCompression.DEFLATED);
    }
}
