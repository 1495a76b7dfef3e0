package org.descentlab.core.scene;

import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;

/**
 * One optimizer of a race: which, whether it runs, and its hyperparameters.
 *
 * @param type the optimizer
 * @param enabled whether it takes part in the race
 * @param values its hyperparameters, declared by {@code type} and each in its declared range
 */
public record OptimizerSetup(OptimizerType type, boolean enabled, HyperparameterValues values) {

    /** Checks that the values belong to the optimizer. */
    public OptimizerSetup {
        if (!values.declared().equals(type.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + type.id());
        }
    }

    /** A copy switched on or off. */
    public OptimizerSetup withEnabled(boolean on) {
        return new OptimizerSetup(type, on, values);
    }

    /** A copy with other hyperparameters. */
    public OptimizerSetup withValues(HyperparameterValues newValues) {
        return new OptimizerSetup(type, enabled, newValues);
    }
}
