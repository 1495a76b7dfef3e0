package org.descentlab.core.nn;

/**
 * What one epoch of training measured, the numbers the seed script prints.
 *
 * <p>{@code loss} and {@code accuracy} are Keras' running means over the epoch: every point contributes the loss it
 * had in its batch's forward pass, before that batch's update, so they describe the parameters as they moved during
 * the epoch, not the parameters at its end. The validation numbers are measured after the epoch, at its final
 * parameters.
 *
 * @param epoch 1-based number of the epoch
 * @param loss mean cross-entropy of the training points, each taken before its batch's update
 * @param accuracy percentage of training points classified right, likewise
 * @param validationLoss mean cross-entropy on the validation set at the end of the epoch, NaN without one
 * @param validationAccuracy percentage right on the validation set at the end of the epoch, NaN without one
 */
public record EpochMetrics(int epoch, double loss, double accuracy, double validationLoss,
        double validationAccuracy) {

    /** Whether validation numbers were measured. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
