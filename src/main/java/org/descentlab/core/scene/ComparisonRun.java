package org.descentlab.core.scene;

import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;

/**
 * One run of a side-by-side comparison: an optimizer with its hyperparameters, the label it is shown under, and
 * optionally its own batch size, hidden activation and L2 penalty ({@code null}: the scene's training or network
 * setting). All runs share the data and the initial weights (the weights do not depend on the activation); runs of
 * the same batch size also share the order of the points, and so their batches.
 *
 * @param label the run's name in the window
 * @param optimizer the optimizer of this run
 * @param hyperparameters its hyperparameters, declared by {@code optimizer}
 * @param batchSize points per step ({@link NetworkLimits#BATCH} or {@link NetworkLimits#FULL_BATCH}), or {@code null}
 *     for the training setup's
 * @param activation the hidden layer's non-linearity, or {@code null} for the network setup's
 * @param l2 the L2 penalty λ ({@link NetworkLimits#L2}), or {@code null} for the training setup's
 */
public record ComparisonRun(String label, OptimizerType optimizer, HyperparameterValues hyperparameters,
        Integer batchSize, Activation activation, Double l2) {

    /** A run that differs from the scene's training in its optimizer and hyperparameters only. */
    public ComparisonRun(String label, OptimizerType optimizer, HyperparameterValues hyperparameters) {
        this(label, optimizer, hyperparameters, null, null, null);
    }

    /** Checks that the values belong to the optimizer, the label is not empty and each override is in range. */
    public ComparisonRun {
        if (label == null || label.isBlank()) {
            throw new SettingException(new Problem("network.comparison.label", "A compared run needs a label"));
        }
        if (!hyperparameters.declared().equals(optimizer.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + optimizer.id());
        }
        if (batchSize != null && batchSize != NetworkLimits.FULL_BATCH) {
            NetworkLimits.BATCH.check(batchSize, "network.comparison.batchSize");
        }
        if (l2 != null) {
            NetworkLimits.L2.check(l2, "network.comparison.l2");
            l2 = l2 == 0 ? 0.0 : l2; // −0 is 0, so that equal runs are equal records
        }
    }

    /** A copy with its own batch size ({@code null}: the training setup's). */
    public ComparisonRun withBatchSize(Integer size) {
        return new ComparisonRun(label, optimizer, hyperparameters, size, activation, l2);
    }

    /** A copy with its own hidden activation ({@code null}: the network setup's). */
    public ComparisonRun withActivation(Activation act) {
        return new ComparisonRun(label, optimizer, hyperparameters, batchSize, act, l2);
    }

    /** A copy with its own L2 penalty ({@code null}: the training setup's). */
    public ComparisonRun withL2(Double penalty) {
        return new ComparisonRun(label, optimizer, hyperparameters, batchSize, activation, penalty);
    }

    /** Whether this run sets anything besides its optimizer and hyperparameters. */
    public boolean overrides() {
        return batchSize != null || activation != null || l2 != null;
    }

    /** The settings of this run: {@code base} (the scene's main run) with this run's optimizer and overrides. */
    public TrainingSettings settings(TrainingSettings base) {
        var s = base.withOptimizer(optimizer, hyperparameters);
        if (batchSize != null) {
            s = s.withBatchSize(batchSize);
        }
        if (activation != null) {
            s = s.withActivation(activation);
        }
        if (l2 != null) {
            s = s.withL2(l2);
        }
        return s;
    }
}
