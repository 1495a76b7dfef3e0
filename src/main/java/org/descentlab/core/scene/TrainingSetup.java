package org.descentlab.core.scene;

import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;

/**
 * How the network is trained.
 *
 * @param optimizer the optimizer that walks the parameter vector
 * @param hyperparameters its hyperparameters, declared by {@code optimizer}
 * @param batchSize points per step ({@link NetworkLimits#BATCH}); {@link NetworkLimits#FULL_BATCH} for all of them
 * @param epochs passes over the data ({@link NetworkLimits#EPOCHS})
 * @param shuffle whether every epoch visits the points in a new random order
 * @param shuffleSeed seed of that order
 * @param speedLimit at most this many epochs per second in the window, 0 for as fast as possible
 *     ({@link NetworkLimits#SPEED_LIMIT})
 */
public record TrainingSetup(OptimizerType optimizer, HyperparameterValues hyperparameters, int batchSize, int epochs,
        boolean shuffle, long shuffleSeed, double speedLimit) {

    /** Checks every value against its declared limit. @throws SettingException naming the field */
    public TrainingSetup {
        if (optimizer == null || hyperparameters == null) {
            throw new SettingException(new Problem("network.training.optimizer", "The optimizer is missing"));
        }
        if (!hyperparameters.declared().equals(optimizer.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + optimizer.id());
        }
        if (batchSize != NetworkLimits.FULL_BATCH) {
            NetworkLimits.BATCH.check(batchSize, "network.training.batchSize");
        }
        NetworkLimits.EPOCHS.check(epochs, "network.training.epochs");
        NetworkLimits.SPEED_LIMIT.check(speedLimit, "network.training.speedLimit");
    }

    /** The seed script's training: Adam at lr 0.001, batches of 32 shuffled every epoch (seed 1), 1000 epochs. */
    public static TrainingSetup defaults() {
        return new TrainingSetup(Adam.TYPE, Adam.TYPE.defaults(), (int) NetworkLimits.BATCH.defaultValue(),
                (int) NetworkLimits.EPOCHS.defaultValue(), true, 1, 0);
    }

    /** A copy with another optimizer and its hyperparameters. */
    public TrainingSetup withOptimizer(OptimizerType type, HyperparameterValues values) {
        return new TrainingSetup(type, values, batchSize, epochs, shuffle, shuffleSeed, speedLimit);
    }
}
