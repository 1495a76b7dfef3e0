package org.descentlab.core.nn;

/**
 * How well parameters fit a dataset.
 *
 * @param loss mean sparse categorical cross-entropy over the points (NaN for an empty dataset)
 * @param accuracy percentage of points whose most probable class is their label (NaN for an empty dataset)
 */
public record Evaluation(double loss, double accuracy) {

    /** Evaluates in double precision with {@link ReferenceNetwork}: the numbers to compare with numpy's. */
    public static Evaluation of(Parameters parameters, Activation activation, Dataset data) {
        return new ReferenceNetwork(parameters.shape(), activation).evaluate(parameters.values(), data);
    }
}
