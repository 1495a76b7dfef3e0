package org.descentlab.core.nn;

/**
 * What the network says about one point of the plane: the softmax probability of every class at (x, y), computed in
 * double precision by {@link ReferenceNetwork}. The window shows it as a small bar chart where the mouse is over the
 * boundary map.
 *
 * @param x the point's first coordinate
 * @param y the point's second coordinate
 * @param probabilities P(class c | x, y) for c = 0 … k − 1, summing to 1
 */
public record PointProbabilities(double x, double y, double[] probabilities) {

    /** The probabilities at (x, y) of the network with these parameters and hidden activation. */
    public static PointProbabilities at(Parameters parameters, Activation activation, double x, double y) {
        return at(new ReferenceNetwork(parameters.shape(), activation), parameters, x, y);
    }

    /** As {@link #at(Parameters, Activation, double, double)} on a network kept by the caller (of their shape). */
    public static PointProbabilities at(ReferenceNetwork network, Parameters parameters, double x, double y) {
        double[] p = new double[parameters.shape().classes()];
        network.probabilities(parameters.values(), x, y, p);
        return new PointProbabilities(x, y, p);
    }

    /** Number of classes k. */
    public int classes() {
        return probabilities.length;
    }

    /** P(class c | x, y). */
    public double probability(int c) {
        return probabilities[c];
    }

    /** The most probable class (the first of equals), the class the boundary map colours the point with. */
    public int top() {
        return ReferenceNetwork.argMax(probabilities);
    }
}
