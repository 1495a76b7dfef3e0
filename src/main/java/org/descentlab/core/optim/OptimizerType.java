package org.descentlab.core.optim;

import java.util.List;
import java.util.function.Function;

/**
 * A registered kind of optimizer: its identity, its declared hyperparameters, and how to make one.
 *
 * @param id command-line identifier ({@code adam})
 * @param name display name
 * @param description one line for students: the idea of the method
 * @param hyperparameters the declared knobs, in display order; the learning rate {@code lr} first
 * @param factory makes a fresh optimizer with the given values
 */
public record OptimizerType(
        String id,
        String name,
        String description,
        List<Hyperparameter> hyperparameters,
        Function<HyperparameterValues, Optimizer> factory) {

    /** Copies the declarations and checks that {@code lr} is declared first. */
    public OptimizerType {
        hyperparameters = List.copyOf(hyperparameters);
        if (hyperparameters.isEmpty() || !hyperparameters.get(0).key().equals("lr")) {
            throw new IllegalArgumentException(id + ": the learning rate 'lr' must be declared first");
        }
    }

    /** All hyperparameters at their defaults. */
    public HyperparameterValues defaults() {
        return HyperparameterValues.defaults(hyperparameters);
    }

    /** A fresh optimizer with default hyperparameters. */
    public Optimizer create() {
        return factory.apply(defaults());
    }

    /** A fresh optimizer with the given hyperparameters. */
    public Optimizer create(HyperparameterValues values) {
        return factory.apply(values);
    }
}
