package org.descentlab.core.optim;

/**
 * What an optimizer carries inside, for drawing: each part is {@code null} when the optimizer has no such thing (or
 * has not taken a step yet).
 *
 * @param velocity the velocity v of a momentum method: the displacement it will carry into the next step
 * @param lookAhead the point where NAG will measure the next gradient, W + μ·v
 * @param effectiveLearningRate per coordinate, the factor by which the method currently multiplies the gradient
 *     (or, for the Adam family, the corrected mean gradient): η/(√G + ε) for AdaGrad, η/(√s + ε) for RMSProp,
 *     η·√(u + ε)/√(s + ε) for Adadelta, η/(√v̂ + ε) for Adam — one number per axis, to compare with η itself
 */
public record Insight(double[] velocity, double[] lookAhead, double[] effectiveLearningRate) {

    /** Nothing to show. */
    public static final Insight NONE = new Insight(null, null, null);
}
