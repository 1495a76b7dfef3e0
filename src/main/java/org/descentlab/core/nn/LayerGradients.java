package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * How strongly the loss still reaches each layer at the end of an epoch: the numbers behind the "vanishing gradients"
 * of the seed notes (002). With sigmoid units the factor σ' ≤ ¼ of every hidden layer multiplies the error signal on
 * its way back, so in a deep network the first layer's gradient is much smaller than the last one's; ReLU passes the
 * signal unchanged wherever a unit is active.
 *
 * <p>Both are measured over the whole training set at the epoch-end parameters ({@link Trainer#logGradients}).
 *
 * @param weightNorms one per weight layer, layer 0 (inputs → first hidden layer) first, {@code depth + 1} in all: the
 *     Frobenius norm ‖∂L/∂W_l‖ of the gradient of L, the mean cross-entropy over the training set (no L2 term), with
 *     respect to that layer's weights (not its biases)
 * @param saturation one per hidden layer, first first: the share 0…1 of (point, unit) pairs whose activation is
 *     saturated, its derivative (nearly) zero: sigmoid output below {@value #SIGMOID_LOW} or above
 *     {@value #SIGMOID_HIGH}, |tanh| above {@value #TANH_LIMIT}, ReLU output exactly 0
 */
public record LayerGradients(double[] weightNorms, double[] saturation) {

    /** A sigmoid output below this is saturated (σ' &lt; 0.0099). */
    public static final double SIGMOID_LOW = 0.01;
    /** A sigmoid output above this is saturated. */
    public static final double SIGMOID_HIGH = 0.99;
    /** A tanh output beyond ± this is saturated (tanh' &lt; 0.02). */
    public static final double TANH_LIMIT = 0.99;

    /** Checks that there is one more weight layer than hidden layers; copies both arrays. */
    public LayerGradients {
        if (weightNorms.length != saturation.length + 1 || saturation.length < 1) {
            throw new IllegalArgumentException("a network with " + saturation.length + " hidden layers has "
                    + (saturation.length + 1) + " weight layers, got " + weightNorms.length + " norms");
        }
        weightNorms = weightNorms.clone();
        saturation = saturation.clone();
    }

    /** Number of hidden layers. */
    public int depth() {
        return saturation.length;
    }

    /** A copy of the norms, layer 0 first. */
    @Override
    public double[] weightNorms() {
        return weightNorms.clone();
    }

    /** A copy of the saturated shares, first hidden layer first. */
    @Override
    public double[] saturation() {
        return saturation.clone();
    }

    /** ‖∂L/∂W_layer‖. */
    public double weightNorm(int layer) {
        return weightNorms[layer];
    }

    /** The saturated share of hidden layer {@code layer} (0 is the first). */
    public double saturation(int layer) {
        return saturation[layer];
    }

    /** Whether a hidden unit's output {@code h} counts as saturated for this activation. */
    public static boolean saturated(Activation activation, double h) {
        return switch (activation) {
            case SIGMOID -> h < SIGMOID_LOW || h > SIGMOID_HIGH;
            case TANH -> Math.abs(h) > TANH_LIMIT;
            case RELU -> h == 0;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerGradients g && Arrays.equals(weightNorms, g.weightNorms)
                && Arrays.equals(saturation, g.saturation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weightNorms) + Arrays.hashCode(saturation);
    }

    @Override
    public String toString() {
        return "LayerGradients[weightNorms=" + Arrays.toString(weightNorms) + ", saturation="
                + Arrays.toString(saturation) + "]";
    }
}
