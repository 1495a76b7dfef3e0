package org.descentlab.core.nn;

import java.util.Random;

/**
 * Keras' default initialisation of a dense layer ({@code glorot_uniform}): every weight uniform in [−L, L] with
 * L = √(6 / (fan_in + fan_out)) of its own layer, every bias 0. Glorot and Bengio (2010), "Understanding the
 * difficulty of training deep feedforward neural networks". The scale keeps the variance of activations and of
 * gradients about the same from layer to layer, so neither the sigmoid saturates nor the signal fades at the start.
 */
public final class GlorotUniform {

    private GlorotUniform() {
    }

    /**
     * Fresh parameters drawn from one {@link Random} seeded with {@code seed}: the weights of layer 0, 1, …, depth in
     * turn, each in its flat order. For one hidden layer that is W_h then W_o, as before networks had depth, so the
     * seed's numbers stay; a deeper network starts with the same W_h. The same seed gives the same parameters on every
     * run.
     */
    public static Parameters initialize(NetworkShape shape, long seed) {
        var random = new Random(seed);
        double[] values = new double[shape.parameterCount()];
        for (int l = 0; l < shape.layers(); l++) {
            fill(values, shape.weightsOffset(l), shape.biasOffset(l), limit(shape.fanIn(l), shape.fanOut(l)), random);
        }
        return new Parameters(shape, values);
    }

    /** The bound L = √(6 / (fan_in + fan_out)) of a layer. */
    public static double limit(int fanIn, int fanOut) {
        return Math.sqrt(6.0 / (fanIn + fanOut));
    }

    private static void fill(double[] values, int from, int to, double limit, Random random) {
        for (int i = from; i < to; i++) {
            values[i] = limit * (2 * random.nextDouble() - 1);
        }
    }
}
