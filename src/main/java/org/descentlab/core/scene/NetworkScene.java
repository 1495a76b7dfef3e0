package org.descentlab.core.scene;

import java.util.List;
import org.descentlab.core.nn.TrainingSettings;

/**
 * The network tab's whole setup as one validated value: what a scene file stores, what the window applies and what
 * {@code train --scene} runs. The defaults are exactly the seed script's run.
 *
 * @param data where the points come from and how they are split
 * @param network the hidden layer and the initial weights
 * @param training optimizer, batches, epochs
 * @param comparison empty for one run; else two to four runs trained side by side, each with its own optimizer and
 *     optionally its own batch size, activation and L2 penalty
 */
public record NetworkScene(DataSetup data, NetworkSetup network, TrainingSetup training,
        List<ComparisonRun> comparison) {

    /** The fewest and most runs of a comparison. */
    public static final int MIN_COMPARED = 2;
    public static final int MAX_COMPARED = 4;

    /** Checks the comparison's size. @throws SettingException naming the field */
    public NetworkScene {
        if (data == null || network == null || training == null) {
            throw new SettingException(Problem.of("a network scene needs data, a network and training settings"));
        }
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        if (!comparison.isEmpty() && (comparison.size() < MIN_COMPARED || comparison.size() > MAX_COMPARED)) {
            throw new SettingException(new Problem("network.comparison", "A comparison (network.comparison) needs "
                    + MIN_COMPARED + " to " + MAX_COMPARED + " runs, got " + comparison.size()));
        }
    }

    /** The seed script's setup. */
    public static NetworkScene defaults() {
        return new NetworkScene(DataSetup.defaults(), NetworkSetup.defaults(), TrainingSetup.defaults(), List.of());
    }

    /** Whether several runs are compared. */
    public boolean comparing() {
        return !comparison.isEmpty();
    }

    /** The trainer's settings for the main run. */
    public TrainingSettings trainingSettings() {
        var t = training;
        return new TrainingSettings(network.hidden(), network.activation(), t.optimizer(), t.hyperparameters(),
                t.batchSize(), t.shuffle(), t.epochs(), network.initSeed(), t.shuffleSeed(), t.l2(), network.layers(),
                t.dropout(), t.earlyStopping(), t.schedule());
    }

    /**
     * The trainer's settings of every run: the main run's alone, or each compared run's (its optimizer and its own
     * batch size, activation and L2 penalty where it sets them).
     */
    public List<TrainingSettings> runSettings() {
        var base = trainingSettings();
        return comparing() ? comparison.stream().map(run -> run.settings(base)).toList() : List.of(base);
    }

    /** A copy with other data. */
    public NetworkScene withData(DataSetup newData) {
        return new NetworkScene(newData, network, training, comparison);
    }

    /** A copy with another network. */
    public NetworkScene withNetwork(NetworkSetup newNetwork) {
        return new NetworkScene(data, newNetwork, training, comparison);
    }

    /** A copy with other training settings. */
    public NetworkScene withTraining(TrainingSetup newTraining) {
        return new NetworkScene(data, network, newTraining, comparison);
    }

    /** A copy comparing these runs (empty: one run). */
    public NetworkScene withComparison(List<ComparisonRun> runs) {
        return new NetworkScene(data, network, training, runs);
    }
}
