package org.descentlab.core.optim;

/**
 * An optimizer with its own state, updating a flat vector of any length in place: the two coordinates of a point
 * on a surface, or every weight and bias of the network.
 *
 * <p>Instances are not thread-safe; each walker or training run owns one.
 */
public interface Optimizer {

    /** What kind of optimizer this is. */
    OptimizerType type();

    /** The hyperparameters in force. */
    HyperparameterValues hyperparameters();

    /**
     * Replaces the hyperparameters; they apply from the next step, and the state (step count, velocities, running
     * averages) is kept.
     *
     * @throws IllegalArgumentException if the values were made for another optimizer type
     */
    void configure(HyperparameterValues values);

    /** Takes one step: increments the step count t and moves {@code x} in place, asking {@code objective} for gradients. */
    void step(double[] x, Objective objective);

    /** Forgets all state: the next step is step 1 again, with every accumulator back at its initial value. */
    void reset();

    /** Steps taken since creation or the last reset. */
    long steps();

    /** The optimizer's internals at the current point {@code x}, for the "inside the optimizer" view. */
    default Insight insight(double[] x) {
        return Insight.NONE;
    }
}
