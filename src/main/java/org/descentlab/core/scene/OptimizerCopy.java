package org.descentlab.core.scene;

import java.util.Optional;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Point;

/**
 * One extra copy of an optimizer in a race, beside the one entry per optimizer ({@link OptimizerSetup}): the same
 * optimizer again with its own hyperparameters and, if wanted, its own start point. Lessons race copies to show one
 * idea at a time: gradient descent at four learning rates on one surface, Adam with and without bias correction, or
 * one optimizer from several starts ending in different minima. A copy always takes part in the race.
 *
 * @param type the optimizer
 * @param values its hyperparameters, declared by {@code type} and each in its declared range
 * @param start its own start point, or {@code null} to start where the race starts (and move when that start moves)
 */
public record OptimizerCopy(OptimizerType type, HyperparameterValues values, Point start) {

    /** Checks that the values belong to the optimizer (the start is checked by the scene, which names its field). */
    public OptimizerCopy {
        if (type == null || values == null) {
            throw new IllegalArgumentException("a copy needs an optimizer and its hyperparameters");
        }
        if (!values.declared().equals(type.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + type.id());
        }
    }

    /** A copy that starts where the race starts. */
    public OptimizerCopy(OptimizerType type, HyperparameterValues values) {
        this(type, values, null);
    }

    /** Its own start point, if it has one. */
    public Optional<Point> ownStart() {
        return Optional.ofNullable(start);
    }

    /** Where it starts in a race whose common start is {@code common}. */
    public Point startFrom(Point common) {
        return start == null ? common : start;
    }

    /** The same copy with other hyperparameters. */
    public OptimizerCopy withValues(HyperparameterValues newValues) {
        return new OptimizerCopy(type, newValues, start);
    }

    /** The same copy with its own start point, or with none ({@code null}). */
    public OptimizerCopy withStart(Point newStart) {
        return new OptimizerCopy(type, values, newStart);
    }
}
