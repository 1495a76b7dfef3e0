package org.descentlab.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;

/**
 * The weights of the seed's 2-H-k network in its {@code .npz} layout: {@code W_h} (H, 2), {@code b_h} (H,),
 * {@code W_o} (k, H) and {@code b_o} (k,), as numpy's (out, in) matrices. A network of K hidden layers adds, between
 * them, {@code W_h2} (H, H), {@code b_h2} (H,), …, {@code W_hK}, {@code b_hK}: the weights into hidden layer 2 … K;
 * the first hidden layer keeps the names {@code W_h}, {@code b_h}, so a one-layer file is exactly the seed's.
 *
 * <p>Written as float32 like the seed; read as float32 or float64. H, k and the depth are taken from the file (the
 * depth from the {@code W_hK}/{@code b_hK} arrays present) and must agree across the arrays.
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
        int depth = depthOf(file, NpzFile.arrayNames(file));
        List<String> names = new ArrayList<>(List.of(HIDDEN_WEIGHTS, HIDDEN_BIAS));
        for (int k = 2; k <= depth; k++) {
            names.add(HIDDEN_WEIGHTS + k);
            names.add(HIDDEN_BIAS + k);
        }
        names.addAll(List.of(OUTPUT_WEIGHTS, OUTPUT_BIAS));
        Map<String, NpyArray> arrays = NpzFile.read(file, names.toArray(String[]::new));
        for (var named : arrays.entrySet()) {
            ArrayRules.requireFloats(file, named.getKey(), named.getValue());
            ArrayRules.requireFinite(file, named.getKey(), named.getValue());
        }
        NpyArray wh = arrays.get(HIDDEN_WEIGHTS);
        ArrayRules.requireShape(file, HIDDEN_WEIGHTS, wh, "(H, 2)", ArrayRules.ANY, 2);
        ArrayRules.requireNonEmpty(file, HIDDEN_WEIGHTS, wh, "hidden unit");
        int hidden = wh.shape()[0];
        String matchHidden = " to match 'W_h' (H = " + hidden + ")";
        var weights = new ArrayList<double[]>(List.of(wh.floats()));
        var biases = new ArrayList<double[]>(List.of(vector(file, arrays, HIDDEN_BIAS, hidden, matchHidden)));
        for (int k = 2; k <= depth; k++) {
            NpyArray w = arrays.get(HIDDEN_WEIGHTS + k);
            ArrayRules.requireShape(file, HIDDEN_WEIGHTS + k, w, "(" + hidden + ", " + hidden + ")" + matchHidden,
                    hidden, hidden);
            weights.add(w.floats());
            biases.add(vector(file, arrays, HIDDEN_BIAS + k, hidden, matchHidden));
        }
        NpyArray wo = arrays.get(OUTPUT_WEIGHTS);
        ArrayRules.requireShape(file, OUTPUT_WEIGHTS, wo, "(k, " + hidden + ")" + matchHidden, ArrayRules.ANY, hidden);
        ArrayRules.requireNonEmpty(file, OUTPUT_WEIGHTS, wo, "class");
        int classes = wo.shape()[0];
        weights.add(wo.floats());
        biases.add(vector(file, arrays, OUTPUT_BIAS, classes, " to match 'W_o' (k = " + classes + ")"));
        return Parameters.of(new NetworkShape(2, hidden, classes, depth), weights, biases);
    }

    /**
     * The number of hidden layers: 1 plus the largest K ≥ 2 with a {@code W_hK} or {@code b_hK} in the archive (the
     * layers below it must then all be there, which reading checks).
     */
    private static int depthOf(Path file, List<String> present) throws NumpyFileException {
        int depth = 1;
        for (String name : present) {
            for (String prefix : List.of(HIDDEN_WEIGHTS, HIDDEN_BIAS)) {
                String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                if (rest.matches("[1-9][0-9]{0,8}") && Integer.parseInt(rest) >= 2) {
                    int k = Integer.parseInt(rest);
                    if (k > NetworkShape.MAX_DEPTH) {
                        throw new NumpyFileException(file, "'" + name + "' would be hidden layer " + k + ", but a "
                                + "network has at most " + NetworkShape.MAX_DEPTH + " hidden layers");
                    }
                    depth = Math.max(depth, k);
                }
            }
        }
        return depth;
    }

    /** The values of a bias vector, which must have shape (size,). */
    private static double[] vector(Path file, Map<String, NpyArray> arrays, String name, int size, String why)
            throws NumpyFileException {
        NpyArray array = arrays.get(name);
        ArrayRules.requireShape(file, name, array, "(" + size + ",)" + why, size);
        return array.floats();
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
        for (int l = 0; l < shape.layers(); l++) {
            arrays.put(Parameters.weightsName(shape, l),
                    NpyArray.float32(parameters.weights(l), shape.fanOut(l), shape.fanIn(l)));
            arrays.put(Parameters.biasName(shape, l), NpyArray.float32(parameters.bias(l), shape.fanOut(l)));
        }
        NpzFile.write(file, arrays, NpzCompression.DEFLATED);
    }
}
