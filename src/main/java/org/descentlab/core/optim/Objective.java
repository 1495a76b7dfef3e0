package org.descentlab.core.optim;

/**
 * What an optimizer minimises, seen through its gradient: a surface for two coordinates, or the network's loss on
 * the current batch for all its weights. Optimizers may ask for the gradient at any point (NAG looks ahead).
 */
@FunctionalInterface
public interface Objective {

    /** Writes ∇f(point) into {@code out}; both arrays have the problem's dimension. Must not modify {@code point}. */
    void gradient(double[] point, double[] out);
}
