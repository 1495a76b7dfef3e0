package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The notes' batch vs mini-batch vs stochastic gradient descent as one comparison: three runs of one optimizer with
 * the same hyperparameters from the same initial weights, taking every training point, {@value #MINI} points, or one
 * point per step. Each run's charts are drawn against epochs, so the three compare at matched epochs (a stochastic
 * epoch is as many steps as there are points, a full-batch epoch one step).
 *
 * <p>The runs' labels are saved in scene files in English, as {@link RunNames} saves its labels ("Adam batch 32"),
 * and shown in the words of the moment ("Adam · mini-batch of 32").
 */
final class BatchPreset {

    /** The mini-batch: the seed script's. */
    static final int MINI = 32;
    /** The batch sizes compared, in order: the whole training set, a mini-batch, one point. */
    static final List<Integer> SIZES = List.of(TrainingSettings.FULL_BATCH, MINI, 1);

    private static final String BATCH = " batch ";
    private static final String FULL = "full";

    private BatchPreset() {
    }

    /** The three runs of {@code type} at {@code values}. */
    static List<ComparisonRun> runs(OptimizerType type, HyperparameterValues values) {
        var runs = new ArrayList<ComparisonRun>();
        for (int size : SIZES) {
            runs.add(new ComparisonRun(label(type, size), type, values).withBatchSize(size));
        }
        return runs;
    }

    /** The label saved for the run of {@code type} at batch size {@code size}. */
    static String label(OptimizerType type, int size) {
        return type.name() + BATCH + (size == TrainingSettings.FULL_BATCH ? FULL : Integer.toString(size));
    }

    /**
     * How a run labelled {@code label}, training with {@code type}, is shown if the label is one of this preset's;
     * {@code null} otherwise.
     */
    static String shown(String label, OptimizerType type) {
        String prefix = type.name() + BATCH;
        if (!label.startsWith(prefix)) {
            return null;
        }
        String size = label.substring(prefix.length());
        String name = Names.optimizer(type);
        if (size.equals(FULL)) {
            return Words.format("confusion.run.full", name);
        }
        if (size.equals("1")) {
            return Words.format("confusion.run.stochastic", name);
        }
        return size.matches("[1-9][0-9]{0,8}") ? Words.format("confusion.run.mini", name, size) : null;
    }
}
