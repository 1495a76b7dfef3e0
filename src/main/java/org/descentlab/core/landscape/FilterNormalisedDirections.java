package org.descentlab.core.landscape;

import java.util.Random;
import org.descentlab.core.nn.NetworkShape;

/**
 * Two random directions scaled neuron by neuron to the network's own weights: the "filter-normalised" plane of Li,
 * Xu, Taylor, Studer and Goldstein, <i>Visualizing the Loss Landscape of Neural Nets</i> (NeurIPS 2018).
 *
 * <p>A plain random direction would move a neuron with small weights proportionally much more than one with large
 * weights, and the picture would depend on the weights' scale rather than on the loss. So each direction d is drawn
 * from N(0, 1) entry by entry, then, for every weight layer l and every neuron j of it, the row of d over W_l's row j
 * (the weights into unit j) is rescaled to the norm of that row in θ: d_row ← d_row / ‖d_row‖ · ‖θ_row‖. (For a
 * fully connected layer a neuron's incoming row plays the part of a convolutional filter.) The biases get 0 in both
 * directions, as Li et al. do when they "ignore biases": they shift units rather than reshape them.
 *
 * <p>The draws come from {@link Random} seeded with the seed (its sequence is fixed by the Java specification): the
 * P entries of d₁ in the flat layout, bias positions included (then zeroed), then the P entries of d₂. The same seed
 * and θ give the same plane on every machine.
 */
public final class FilterNormalisedDirections {

    private FilterNormalisedDirections() {
    }

    /**
     * The plane through {@code theta} (laid out by {@code shape}) spanned by two filter-normalised directions.
     *
     * @throws IllegalArgumentException if {@code theta} does not fit {@code shape}, or every weight is zero (the
     *     directions would be zero)
     */
    public static Plane of(NetworkShape shape, double[] theta, long seed) {
        if (theta.length != shape.parameterCount()) {
            throw new IllegalArgumentException("a " + shape.describe() + " network has " + shape.parameterCount()
                    + " parameters, got " + theta.length);
        }
        var random = new Random(seed);
        double[] d1 = direction(shape, theta, random);
        double[] d2 = direction(shape, theta, random);
        try {
            return new Plane(Directions.RANDOM, d1, d2, Double.NaN, Double.NaN);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the network's weights are all zero, so directions scaled to them"
                    + " are zero too");
        }
    }

    /** One direction: P Gaussian draws, each neuron's incoming row rescaled to θ's, the biases zero. */
    static double[] direction(NetworkShape shape, double[] theta, Random random) {
        double[] d = new double[theta.length];
        for (int p = 0; p < d.length; p++) {
            d[p] = random.nextGaussian();
        }
        for (int l = 0; l < shape.layers(); l++) {
            int fanIn = shape.fanIn(l);
            for (int j = 0; j < shape.fanOut(l); j++) {
                int from = shape.weightsOffset(l) + j * fanIn;
                double scale = norm(theta, from, fanIn) / norm(d, from, fanIn);
                for (int p = from; p < from + fanIn; p++) {
                    d[p] = Double.isFinite(scale) ? d[p] * scale : 0;
                }
            }
            int bias = shape.biasOffset(l);
            java.util.Arrays.fill(d, bias, bias + shape.fanOut(l), 0.0);
        }
        return d;
    }

    private static double norm(double[] x, int from, int length) {
        double s = 0;
        for (int p = from; p < from + length; p++) {
            s += x[p] * x[p];
        }
        return Math.sqrt(s);
    }
}
