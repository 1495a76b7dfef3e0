package org.descentlab.core.nn;

import java.util.Arrays;
import java.util.List;

/**
 * A network's weights and biases as one flat vector laid out by {@link NetworkShape}: the content of the seed's
 * {@code ch2_parameters.npz} ({@code W_h}, {@code b_h}, {@code W_o}, {@code b_o}), and for a deeper network also the
 * hidden-to-hidden layers between them.
 */
public record Parameters(NetworkShape shape, double[] values) {

    /** Checks the vector's length against the shape. */
    public Parameters {
        if (values.length != shape.parameterCount()) {
            throw new IllegalArgumentException("a " + shape.describe() + " network has " + shape.parameterCount()
                    + " parameters, got " + values.length);
        }
    }

    /** A deep copy. */
    public Parameters copy() {
        return new Parameters(shape, values.clone());
    }

    /** W_h as a fresh (hidden × inputs) row-major array. */
    public double[] hiddenWeights() {
        return slice(shape.hiddenWeightsOffset(), shape.hiddenBiasOffset());
    }

    /** b_h (the first hidden layer's biases) as a fresh array. */
    public double[] hiddenBias() {
        return bias(0);
    }

    /** W_layer as a fresh (fanOut × fanIn) row-major array; layer 0 is W_h, layer {@code depth} is W_o. */
    public double[] weights(int layer) {
        return slice(shape.weightsOffset(layer), shape.biasOffset(layer));
    }

    /** b_layer as a fresh array. */
    public double[] bias(int layer) {
        return slice(shape.biasOffset(layer), shape.biasOffset(layer) + shape.fanOut(layer));
    }

    /** W_o as a fresh (classes × hidden) row-major array. */
    public double[] outputWeights() {
        return slice(shape.outputWeightsOffset(), shape.outputBiasOffset());
    }

    /** b_o as a fresh array. */
    public double[] outputBias() {
        return slice(shape.outputBiasOffset(), shape.parameterCount());
    }

    /** Assembles the flat vector of a one-hidden-layer network from the four arrays of the seed's file. */
    public static Parameters of(NetworkShape shape, double[] wh, double[] bh, double[] wo, double[] bo) {
        if (shape.depth() != 1) {
            throw new IllegalArgumentException("four arrays make a network of one hidden layer, not " + shape.depth());
        }
        return of(shape, List.of(wh, wo), List.of(bh, bo));
    }

    /**
     * Assembles the flat vector from each weight layer's W_l (fanOut × fanIn, row-major) and b_l, layer 0 first.
     *
     * @throws IllegalArgumentException when there are not {@code depth + 1} of each or one has the wrong length
     */
    public static Parameters of(NetworkShape shape, List<double[]> weights, List<double[]> biases) {
        if (weights.size() != shape.layers() || biases.size() != shape.layers()) {
            throw new IllegalArgumentException("a " + shape.describe() + " network has " + shape.layers()
                    + " weight layers, got " + weights.size() + " weight and " + biases.size() + " bias arrays");
        }
        double[] flat = new double[shape.parameterCount()];
        for (int l = 0; l < shape.layers(); l++) {
            put(flat, shape.weightsOffset(l), weights.get(l), shape.fanIn(l) * shape.fanOut(l), weightsName(shape, l));
            put(flat, shape.biasOffset(l), biases.get(l), shape.fanOut(l), biasName(shape, l));
        }
        return new Parameters(shape, flat);
    }

    /**
     * The name of W_layer in a parameter file: {@code W_h} for layer 0, {@code W_h2} … {@code W_hK} for the
     * hidden-to-hidden layers (the weights into hidden layer 2 … K), {@code W_o} for the last.
     */
    public static String weightsName(NetworkShape shape, int layer) {
        return "W_" + suffix(shape, layer);
    }

    /** The name of b_layer in a parameter file: {@code b_h}, {@code b_h2} … {@code b_hK}, {@code b_o}. */
    public static String biasName(NetworkShape shape, int layer) {
        return "b_" + suffix(shape, layer);
    }

    private static String suffix(NetworkShape shape, int layer) {
        shape.fanIn(layer); // checks the layer
        return layer == shape.depth() ? "o" : layer == 0 ? "h" : "h" + (layer + 1);
    }

    private static void put(double[] flat, int offset, double[] part, int expected, String name) {
        if (part.length != expected) {
            throw new IllegalArgumentException(name + " has " + part.length + " values, expected " + expected);
        }
        System.arraycopy(part, 0, flat, offset, expected);
    }

    private double[] slice(int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && shape.equals(p.shape) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Parameters" + shape;
    }
}
