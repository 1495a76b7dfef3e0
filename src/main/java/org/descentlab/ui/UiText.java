package org.descentlab.ui;

import java.util.Locale;

/**
 * The newer messages of the tabs that have not moved into the resource bundles yet. The frame's words (menus,
 * dialogs, status line) are in the {@code frame} bundle ({@link org.descentlab.ui.words.Words}); these go when the
 * tabs' own bundles take them. Templates take their values with {@link #format}, {@code %s} style.
 */
public final class UiText {

    private UiText() {
    }

    /** Fills a {@code %s} template; the root locale, so that numbers never depend on the machine. */
    public static String format(String template, Object... values) {
        return String.format(Locale.ROOT, template, values);
    }

    /** Newer messages of the Surfaces tab. */
    public static final class Surface {
        /** The reason. */
        public static final String HEAT_MAP_FAILED = "The surface could not be drawn (%s). Pick another surface and "
                + "come back to try again.";
        public static final String HEAT_MAP_FAILED_SHORT = "The surface could not be drawn";

        private Surface() {
        }
    }

    /** Newer messages of the Network tab. */
    public static final class Network {
        /** The text typed. */
        public static final String BATCH_NOT_A_NUMBER = "Batch size: '%s' is not a whole number (or 'full')";
        /** Why the session stopped. */
        public static final String TRAINING_STOPPED = "Training stopped: %s.";

        private Network() {
        }
    }
}
