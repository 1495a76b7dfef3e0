package org.descentlab.core.scene;

import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;

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
 * @param l2 the L2 penalty λ on the weights ({@link NetworkLimits#L2}), 0 for none
 * @param dropout share of hidden units dropped in every training step ({@link NetworkLimits#DROPOUT}), 0 for none
 * @param earlyStopping patience in epochs ({@link NetworkLimits#EARLY_STOPPING}), 0 for no early stopping
 * @param schedule how the learning rate changes with the epoch
 */
public record TrainingSetup(OptimizerType optimizer, HyperparameterValues hyperparameters, int batchSize, int epochs,
        boolean shuffle, long shuffleSeed, double speedLimit, double l2, double dropout, int earlyStopping,
        Schedule schedule) {

    /** Training without dropout, early stopping or a schedule. */
    public TrainingSetup(OptimizerType optimizer, HyperparameterValues hyperparameters, int batchSize, int epochs,
            boolean shuffle, long shuffleSeed, double speedLimit, double l2) {
        this(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, speedLimit, l2, 0, 0,
                Schedule.CONSTANT);
    }

    /** Training without an L2 penalty. */
    public TrainingSetup(OptimizerType optimizer, HyperparameterValues hyperparameters, int batchSize, int epochs,
            boolean shuffle, long shuffleSeed, double speedLimit) {
        this(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, speedLimit, 0);
    }

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
        NetworkLimits.L2.check(l2, "network.training.l2");
        l2 = l2 == 0 ? 0 : l2; // −0 is 0, so that equal setups are equal records
        NetworkLimits.DROPOUT.check(dropout, "network.training.dropout");
        dropout = dropout == 0 ? 0 : dropout;
        NetworkLimits.EARLY_STOPPING.check(earlyStopping, "network.training.earlyStopping");
        if (schedule == null) {
            throw new SettingException(new Problem("network.training.schedule", "The schedule is missing"));
        }
    }

    /** The seed script's training: Adam at lr 0.001, batches of 32 shuffled every epoch (seed 1), 1000 epochs. */
    public static TrainingSetup defaults() {
        return new TrainingSetup(Adam.TYPE, Adam.TYPE.defaults(), (int) NetworkLimits.BATCH.defaultValue(),
                (int) NetworkLimits.EPOCHS.defaultValue(), true, 1, 0, NetworkLimits.L2.defaultValue(), NetworkLimits.DROPOUT.defaultValue(),
                (int) NetworkLimits.EARLY_STOPPING.defaultValue(), Schedule.CONSTANT);
    }

    /** A copy with another optimizer and its hyperparameters. */
    public TrainingSetup withOptimizer(OptimizerType type, HyperparameterValues values) {
        return new TrainingSetup(type, values, batchSize, epochs, shuffle, shuffleSeed, speedLimit, l2, dropout,
                earlyStopping, schedule);
    }

    /** A copy with another batch size. @throws SettingException when it is out of range */
    public TrainingSetup withBatchSize(int size) {
        return new TrainingSetup(optimizer, hyperparameters, size, epochs, shuffle, shuffleSeed, speedLimit, l2, dropout,
                earlyStopping, schedule);
    }

    /** A copy with another epoch count. @throws SettingException when it is out of range */
    public TrainingSetup withEpochs(int count) {
        return new TrainingSetup(optimizer, hyperparameters, batchSize, count, shuffle, shuffleSeed, speedLimit, l2, dropout,
                earlyStopping, schedule);
    }

    /** A copy with another speed limit. @throws SettingException when it is out of range */
    public TrainingSetup withSpeedLimit(double epochsPerSecond) {
        return new TrainingSetup(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, epochsPerSecond,
                l2, dropout, earlyStopping, schedule);
    }

    /** A copy with another L2 penalty. @throws SettingException when it is out of range */
    public TrainingSetup withL2(double penalty) {
        return new TrainingSetup(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, speedLimit,
                penalty, dropout, earlyStopping, schedule);
    }

    /** A copy with another dropout share. @throws SettingException when it is out of range */
    public TrainingSetup withDropout(double p) {
        return new TrainingSetup(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, speedLimit, l2, p,
                earlyStopping, schedule);
    }

    /** A copy with another early-stopping patience (0: none). @throws SettingException when it is out of range */
    public TrainingSetup withEarlyStopping(int patience) {
        return new TrainingSetup(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, speedLimit, l2,
                dropout, patience, schedule);
    }

    /** A copy with another learning-rate schedule. */
    public TrainingSetup withSchedule(Schedule newSchedule) {
        return new TrainingSetup(optimizer, hyperparameters, batchSize, epochs, shuffle, shuffleSeed, speedLimit, l2,
                dropout, earlyStopping, newSchedule);
    }
}
