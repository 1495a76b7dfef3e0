package org.descentlab.core.nn;

/**
 * What one epoch of training measured, the numbers the seed script prints.
 *
 * <p>{@code loss} and {@code accuracy} are Keras' running means over the epoch: every point contributes the loss it
 * had in its batch's forward pass, before that batch's update, so they describe the parameters as they moved during
 * the epoch, not the parameters at its end. The validation numbers are measured after the epoch, at its final
 * parameters.
 *
 * <p>The seed script differs in two details that we do not copy: it feeds each batch's mean loss to a Keras
 * {@code Mean} metric, so every batch weighs the same (the last batch of 8 points as much as a full one of 32), and
 * it never resets its metrics, so from the second epoch on it prints a running mean over all epochs so far.
 *
 * @param epoch 1-based number of the epoch
 * @param loss mean cross-entropy of the training points, each taken before its batch's update
 * @param accuracy percentage of training points classified right, likewise
 * @param validationLoss mean cross-entropy on the validation set at the end of the epoch, NaN without one
 * @param validationAccuracy percentage right on the validation set at the end of the epoch, NaN without one
 * @param gradients per-layer gradient norms and saturated shares at the end of the epoch, or {@code null} when the
 *     trainer was not asked for them ({@link Trainer#logGradients})
 * @param kept set on the epoch that ended a run with early stopping: whose parameters the run kept; {@code null} on
 *     every other epoch
 */
public record EpochMetrics(int epoch, double loss, double accuracy, double validationLoss,
        double validationAccuracy, LayerGradients gradients, Kept kept) {

    /**
     * How a run with early stopping ended after this epoch: its parameters are those after epoch {@code epoch}.
     *
     * @param epoch the epoch whose parameters were restored (the best validation loss)
     * @param stoppedEarly true when patience ran out; false when the epoch count was reached first
     */
    public record Kept(int epoch, boolean stoppedEarly) {
    }

    /** Metrics of an epoch that did not end a run with early stopping. */
    public EpochMetrics(int epoch, double loss, double accuracy, double validationLoss, double validationAccuracy,
            LayerGradients gradients) {
        this(epoch, loss, accuracy, validationLoss, validationAccuracy, gradients, null);
    }

    /** Metrics without gradient diagnostics. */
    public EpochMetrics(int epoch, double loss, double accuracy, double validationLoss, double validationAccuracy) {
        this(epoch, loss, accuracy, validationLoss, validationAccuracy, null);
    }

    /**
     * The same metrics under another epoch number (a run continued from an earlier one counts on); a kept epoch is
     * moved by as much.
     */
    public EpochMetrics withEpoch(int number) {
        return new EpochMetrics(number, loss, accuracy, validationLoss, validationAccuracy, gradients,
                kept == null ? null : new Kept(kept.epoch() + number - epoch, kept.stoppedEarly()));
    }

    /** The same metrics marked as ending the run with the parameters of {@code keptEpoch}. */
    public EpochMetrics withKept(int keptEpoch, boolean stoppedEarly) {
        return new EpochMetrics(epoch, loss, accuracy, validationLoss, validationAccuracy, gradients,
                new Kept(keptEpoch, stoppedEarly));
    }

    /** Whether training stopped early after this epoch (patience ran out). */
    public boolean stoppedEarly() {
        return kept != null && kept.stoppedEarly();
    }

    /** Whether gradient diagnostics were measured. */
    public boolean hasGradients() {
        return gradients != null;
    }

    /** Whether training has blown up: the loss is no longer a finite number (NaN or infinite). */
    public boolean diverged() {
        return !Double.isFinite(loss);
    }

    /** Whether validation numbers were measured. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
