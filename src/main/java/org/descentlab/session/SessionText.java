package org.descentlab.session;

/**
 * The words a training session says to the student when a run stops by itself, in one place so that they move to the
 * resource bundles with the window's ({@code ui.UiText}). Templates take their values {@code %s}/{@code %d} style.
 */
public final class SessionText {

    private SessionText() {
    }

    /** The epoch at which the loss stopped being finite. */
    public static final String DIVERGED = "the loss is no longer a finite number at epoch %d (the learning rate is "
            + "too large for this network); lower it and press Reset";

    public static final String OUT_OF_MEMORY = "Not enough memory to train this network: try fewer points, a smaller "
            + "batch or fewer hidden units";
}
