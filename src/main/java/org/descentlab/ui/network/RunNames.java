package org.descentlab.ui.network;

import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The name a run is shown by, in the student's language. A run's label is saved in scene files as the window made it,
 * in English and the same in any language: the optimizer's registry name for a run of optimizers compared, or that
 * name with its learning rate ({@code "Adam lr 0.01"}). Those are shown in the words of the moment; a label written
 * by hand into a scene file is the person's own and is shown as it is.
 */
final class RunNames {

    /** Between the optimizer's name and the rate in a label of learning rates compared. */
    private static final String RATE = " lr ";

    private RunNames() {
    }

    /** The label saved for a run of {@code type} with its own settings. */
    static String label(OptimizerType type) {
        return type.name();
    }

    /** The label saved for a run of {@code type} at learning rate {@code lr}. */
    static String label(OptimizerType type, double lr) {
        return type.name() + RATE + Hyperparameter.format(lr);
    }

    /** How the run labelled {@code label}, training with {@code type}, is shown. */
    static String shown(String label, OptimizerType type) {
        if (label.equals(type.name())) {
            return Names.optimizer(type);
        }
        String batch = BatchPreset.shown(label, type);
        if (batch != null) {
            return batch;
        }
        String rated = type.name() + RATE;
        if (label.startsWith(rated)) {
            return Words.format("network.run.rate", Names.optimizer(type), label.substring(rated.length()));
        }
        return label;
    }

    /** How {@code run} is shown. */
    static String shown(NetworkRun run) {
        return shown(run.label(), run.settings().optimizer());
    }
}
