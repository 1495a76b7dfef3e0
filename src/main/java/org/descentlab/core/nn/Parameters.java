package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * A network's weights and biases as one flat vector laid out by {@link NetworkShape}: the content of the seed's
 * {@code ch2_parameters.npz} ({@code W_h}, {@code b_h}, {@code W_o}, {@code b_o}).
 */
public record Parameters(NetworkShape shape, double[] values) {

    /** Checks the vector's length against the shape. */
    public Parameters {
        if (values.length != shape.parameterCount()) {
            throw new IllegalArgumentException("a " + shape.inputs() + "-" + shape.hidden() + "-" + shape.classes()
                    + " network has " + shape.parameterCount() + " parameters, got " + values.length);
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

    /** b_h as a fresh array. */
    public double[] hiddenBias() {
        return slice(shape.hiddenBiasOffset(), shape.outputWeightsOffset());
    }

    /** W_o as a fresh (classes × hidden) row-major array. */
    public double[] outputWeights() {
        return slice(shape.outputWeightsOffset(), shape.outputBiasOffset());
    }

    /** b_o as a fresh array. */
    public double[] outputBias() {
        return slice(shape.outputBiasOffset(), shape.parameterCount());
    }

    /** Assembles the flat vector from the four arrays of the seed's file. */
    public static Parameters of(NetworkShape shape, double[] wh, double[] bh, double[] wo, double[] bo) {
        double[] flat = new double[shape.parameterCount()];
        put(flat, shape.hiddenWeightsOffset(), wh, shape.hidden() * shape.inputs(), "W_h");
        put(flat, shape.hiddenBiasOffset(), bh, shape.hidden(), "b_h");
        put(flat, shape.outputWeightsOffset(), wo, shape.classes() * shape.hidden(), "W_o");
        put(flat, shape.outputBiasOffset(), bo, shape.classes(), "b_o");
        return new Parameters(shape, flat);
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
