package org.descentlab.core.nn;

import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;

/**
 * Everything that decides a training run, so that the same settings (and data) give bit-identical parameters.
 *
 * @param hidden size H of each hidden layer
 * @param activation the hidden layers' non-linearity
 * @param optimizer which optimizer walks the parameter vector
 * @param hyperparameters the optimizer's hyperparameters (declared by {@code optimizer})
 * @param batchSize points per step: 1 is stochastic gradient descent, N (or more, e.g. {@link #FULL_BATCH}) is
 *     full-batch gradient descent; the last batch of an epoch may be smaller, as in Keras
 * @param shuffle whether the points are put in a new random order every epoch (else consecutive slices in dataset
 *     order)
 * @param epochs how many passes over the data a full run makes
 * @param initSeed seed of the Glorot-uniform initialisation
 * @param shuffleSeed seed of the per-epoch shuffling
 * @param l2 the L2 penalty λ, as PyTorch's {@code weight_decay}: the loss minimised is the cross-entropy plus
 *     (λ/2)·Σw² over the weights (not the biases), so λ·w is added to each weight's gradient before the optimizer
 *     sees it; 0 for none. The loss reported per epoch stays the cross-entropy alone.
 * @param layers number of hidden layers, all of width {@code hidden}: 1 (the seed's network) to
 *     {@link NetworkShape#MAX_DEPTH}
 * @param dropout the share p of hidden units dropped in every training step (inverted dropout: the kept ones are
 *     scaled by 1/(1 − p)), seeded; 0 for none, and never when evaluating
 * @param patience early stopping: training ends when the validation loss has not improved for this many epochs, and
 *     the parameters of the best epoch are restored; 0 for none (it needs a validation split)
 * @param schedule how the learning rate changes with the epoch ({@link Schedule#CONSTANT} for not at all)
 */
public record TrainingSettings(
        int hidden,
        Activation activation,
        OptimizerType optimizer,
        HyperparameterValues hyperparameters,
        int batchSize,
        boolean shuffle,
        int epochs,
        long initSeed,
        long shuffleSeed,
        double l2,
        int layers,
        double dropout,
        int patience,
        Schedule schedule) {

    /** A batch size meaning "the whole training set in every step". */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    /** Settings without dropout, early stopping or a schedule. */
    public TrainingSettings(int hidden, Activation activation, OptimizerType optimizer,
            HyperparameterValues hyperparameters, int batchSize, boolean shuffle, int epochs, long initSeed,
            long shuffleSeed, double l2, int layers) {
        this(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs, initSeed, shuffleSeed, l2,
                layers, 0, 0, Schedule.CONSTANT);
    }

    /** Settings for one hidden layer. */
    public TrainingSettings(int hidden, Activation activation, OptimizerType optimizer,
            HyperparameterValues hyperparameters, int batchSize, boolean shuffle, int epochs, long initSeed,
            long shuffleSeed, double l2) {
        this(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs, initSeed, shuffleSeed, l2, 1);
    }

    /** Settings for one hidden layer without an L2 penalty. */
    public TrainingSettings(int hidden, Activation activation, OptimizerType optimizer,
            HyperparameterValues hyperparameters, int batchSize, boolean shuffle, int epochs, long initSeed,
            long shuffleSeed) {
        this(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs, initSeed, shuffleSeed, 0);
    }

    /** Checks sizes, depth, the penalty and that the hyperparameters were declared by this optimizer. */
    public TrainingSettings {
        if (hidden < 1 || batchSize < 1 || epochs < 0) {
            throw new IllegalArgumentException("hidden size and batch size must be positive and epochs not negative: "
                    + hidden + ", " + batchSize + ", " + epochs);
        }
        if (layers < 1 || layers > NetworkShape.MAX_DEPTH) {
            throw new IllegalArgumentException("a network has 1 to " + NetworkShape.MAX_DEPTH + " hidden layers, not "
                    + layers);
        }
        if (!(l2 >= 0 && Double.isFinite(l2))) {
            throw new IllegalArgumentException("the L2 penalty must be a finite number, 0 or more: " + l2);
        }
        l2 = l2 == 0 ? 0 : l2; // −0 is 0, so that equal settings are equal records
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("the dropout share must be in [0, 1): " + dropout);
        }
        dropout = dropout == 0 ? 0 : dropout;
        if (patience < 0) {
            throw new IllegalArgumentException("the patience must not be negative: " + patience);
        }
        if (schedule == null) {
            throw new IllegalArgumentException("the schedule is missing (Schedule.CONSTANT for none)");
        }
        if (!hyperparameters.declared().equals(optimizer.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + optimizer.id());
        }
    }

    /** The seed script: H = 128, sigmoid, Adam at its defaults (lr 0.001), batch 32, shuffled, 1000 epochs. */
    public static TrainingSettings seedDefaults() {
        return new TrainingSettings(128, Activation.SIGMOID, Adam.TYPE, Adam.TYPE.defaults(), 32, true, 1000, 0L, 1L);
    }

    /** The network shape these settings give for 2-D points of {@code classes} classes. */
    public NetworkShape shape(int classes) {
        return new NetworkShape(2, hidden, classes, layers);
    }

    /** A copy with another optimizer at its default hyperparameters. */
    public TrainingSettings withOptimizer(OptimizerType type) {
        return withOptimizer(type, type.defaults());
    }

    /** A copy with another optimizer and its hyperparameters. */
    public TrainingSettings withOptimizer(OptimizerType type, HyperparameterValues values) {
        return new TrainingSettings(hidden, activation, type, values, batchSize, shuffle, epochs, initSeed,
                shuffleSeed, l2, layers, dropout, patience, schedule);
    }

    /** A copy with other hyperparameters for the same optimizer. */
    public TrainingSettings withHyperparameters(HyperparameterValues values) {
        return withOptimizer(optimizer, values);
    }

    /** A copy with another batch size. */
    public TrainingSettings withBatchSize(int size) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, size, shuffle, epochs, initSeed,
                shuffleSeed, l2, layers, dropout, patience, schedule);
    }

    /** A copy with shuffling switched on or off. */
    public TrainingSettings withShuffle(boolean on) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, on, epochs, initSeed,
                shuffleSeed, l2, layers, dropout, patience, schedule);
    }

    /** A copy with another epoch count. */
    public TrainingSettings withEpochs(int count) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, count,
                initSeed, shuffleSeed, l2, layers, dropout, patience, schedule);
    }

    /** A copy with another hidden layer. */
    public TrainingSettings withHidden(int size, Activation act) {
        return new TrainingSettings(size, act, optimizer, hyperparameters, batchSize, shuffle, epochs, initSeed,
                shuffleSeed, l2, layers, dropout, patience, schedule);
    }

    /** A copy with another hidden activation. */
    public TrainingSettings withActivation(Activation act) {
        return withHidden(hidden, act);
    }

    /** A copy with another L2 penalty λ. */
    public TrainingSettings withL2(double penalty) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs,
                initSeed, shuffleSeed, penalty, layers, dropout, patience, schedule);
    }

    /** A copy with {@code count} hidden layers (1 to {@link NetworkShape#MAX_DEPTH}) of the same width. */
    public TrainingSettings withLayers(int count) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs,
                initSeed, shuffleSeed, l2, count, dropout, patience, schedule);
    }

    /** A copy dropping the share {@code p} of hidden units in training (0 for none). */
    public TrainingSettings withDropout(double p) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs,
                initSeed, shuffleSeed, l2, layers, p, patience, schedule);
    }

    /** A copy stopping early after {@code epochs} epochs without a better validation loss (0 for never). */
    public TrainingSettings withPatience(int epochs) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, this.epochs,
                initSeed, shuffleSeed, l2, layers, dropout, epochs, schedule);
    }

    /** A copy with another learning-rate schedule. */
    public TrainingSettings withSchedule(Schedule newSchedule) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs,
                initSeed, shuffleSeed, l2, layers, dropout, patience, newSchedule);
    }

    /** A copy with other seeds. */
    public TrainingSettings withSeeds(long init, long shuffling) {
        return new TrainingSettings(hidden, activation, optimizer, hyperparameters, batchSize, shuffle, epochs, init,
                shuffling, l2, layers, dropout, patience, schedule);
    }
}
