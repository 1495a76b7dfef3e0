package org.descentlab.core.scene;

import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;

/**
 * One run of a side-by-side comparison: an optimizer with its hyperparameters, and the label it is shown under. All
 * runs share the data, the initial weights and the batches; only this differs.
 */
public record ComparisonRun(String label, OptimizerType optimizer, HyperparameterValues hyperparameters) {

    /** Checks that the values belong to the optimizer and the label is not empty. */
    public ComparisonRun {
        if (label == null || label.isBlank()) {
            throw new SettingException(new Problem("network.comparison.label", "A compared run needs a label"));
        }
        if (!hyperparameters.declared().equals(optimizer.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + optimizer.id());
        }
    }
}
