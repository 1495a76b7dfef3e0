package org.descentlab.core.nn;

/**
 * Early stopping on the validation loss with patience k, restoring the best epoch's parameters: Keras'
 * {@code EarlyStopping(monitor="val_loss", patience=k, restore_best_weights=True)} with {@code min_delta=0}, no
 * baseline and {@code start_from_epoch=0}, as Keras 3 defines it:
 * <ul>
 *   <li>after each epoch the validation loss is compared with the best so far; only a strictly smaller one is an
 *       improvement (a NaN never is), and it makes that epoch the best and copies its parameters;</li>
 *   <li>the first epoch watched is kept even when it does not improve on anything (its loss is NaN): there is always a
 *       best epoch to go back to, and, as in Keras, training never stops on the first epoch watched;</li>
 *   <li>when k epochs in a row have not improved, training stops at once, and the best epoch's parameters replace the
 *       current ones: the stop comes at epoch best + k;</li>
 *   <li>when the run reaches its epoch count first, the best epoch's parameters are restored all the same (Keras 3's
 *       {@code on_train_end}; tf.keras 2 restored them only after a stop).</li>
 * </ul>
 * It differs from Keras in one thing: patience 0 here means no early stopping at all, where Keras stops after the
 * first epoch that does not improve.
 *
 * <p>One flat parameter vector is copied per improvement, so a run that improves every epoch pays one copy per epoch
 * (about 12,000 doubles for the seed network: nothing next to the epoch's 32 steps).
 */
final class EarlyStopping {

    private final int patience;
    private final double[] best;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int wait;
    private int watched;

    /** A watch with patience {@code patience} &gt; 0 over parameter vectors of {@code size} values. */
    EarlyStopping(int patience, int size) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be positive: " + patience);
        }
        this.patience = patience;
        best = new double[size];
    }

    /**
     * Takes epoch {@code epoch}'s validation loss and its parameters {@code params}.
     *
     * @return whether patience has run out: training stops now
     */
    boolean observe(int epoch, double validationLoss, double[] params) {
        wait++;
        watched++;
        if (validationLoss < bestLoss || bestEpoch == 0) {
            if (validationLoss < bestLoss) {
                bestLoss = validationLoss;
                wait = 0;
            }
            bestEpoch = epoch;
            System.arraycopy(params, 0, best, 0, best.length);
            if (wait == 0) {
                return false;
            }
        }
        return wait >= patience && watched > 1;
    }

    /** Copies the best epoch's parameters into {@code params}; returns that epoch (0 if none was watched yet). */
    int restore(double[] params) {
        if (bestEpoch > 0) {
            System.arraycopy(best, 0, params, 0, best.length);
        }
        return bestEpoch;
    }

    /** The epoch with the lowest validation loss so far (the first of equal ones), 0 before the first. */
    int bestEpoch() {
        return bestEpoch;
    }

    /** Its validation loss, +∞ before the first. */
    double bestLoss() {
        return bestLoss;
    }

    /** Starts watching afresh (training goes on after a stop): the next epoch is the first watched. */
    void reset() {
        bestLoss = Double.POSITIVE_INFINITY;
        bestEpoch = 0;
        wait = 0;
        watched = 0;
    }
}
