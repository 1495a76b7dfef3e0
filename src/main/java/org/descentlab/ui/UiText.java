package org.descentlab.ui;

import java.util.List;
import java.util.Locale;

/**
 * The words of the window's frame (menus, dialogs, status line) and of the newer messages of the tabs, in one place:
 * when the English and Korean resource bundles come, these constants move into them in one go. Templates take their
 * values with {@link #format}, {@code %s} style, so that a bundle can reorder nothing but the words around them.
 *
 * <p>Older strings of the tabs still sit next to their controls; they move to the bundles with the rest.
 */
public final class UiText {

    private UiText() {
    }

    /** Fills a {@code %s} template; the root locale, so that numbers never depend on the machine. */
    public static String format(String template, Object... values) {
        return String.format(Locale.ROOT, template, values);
    }

    /** The window and its tabs. */
    public static final class Window {
        public static final String TITLE = "Descent Lab";
        public static final String SURFACES_TAB = "Surfaces";
        public static final String NETWORK_TAB = "Network";

        private Window() {
        }
    }

    /** The menu bar. */
    public static final class Menu {
        public static final String FILE = "File";
        public static final String OPEN_SCENE = "Open scene…";
        public static final String SAVE_SCENE = "Save scene…";
        public static final String RECENT_SCENES = "Recent scenes";
        public static final String NO_RECENT_SCENES = "No recent scenes";
        public static final String QUIT = "Quit";
        public static final String VIEW = "View";
        public static final String HELP = "Help";
        public static final String ABOUT = "About Descent Lab";

        private Menu() {
        }
    }

    /** Scene files (.dlab.json) as the File menu speaks of them. */
    public static final class Scenes {
        public static final String CHOOSER_FILTER = "Descent Lab scenes (*.dlab.json)";
        public static final String OPEN_TITLE = "Open a scene";
        public static final String SAVE_TITLE = "Save the scene";
        /** The file's name. */
        public static final String OPENED = "Opened %s";
        /** The file's name. */
        public static final String SAVED = "Saved %s";
        public static final String KEPT = "The scene was not opened: the trained network is kept";

        private Scenes() {
        }
    }

    /** Help → About. */
    public static final class About {
        public static final String TITLE = "About Descent Lab";
        /** The version. */
        public static final String HEADER = "Descent Lab %s";
        public static final String DEVELOPMENT_BUILD = "development build";
        public static final String DESCRIPTION = "See gradient descent: optimizers racing across loss surfaces, and a "
                + "small network learning live.";
        public static final String LIBRARIES = "Bundled libraries and their licences";

        /** One library shipped inside the app, and its licence. */
        public record Library(String name, String licence) {
        }

        public static final List<Library> BUNDLED = List.of(
                new Library("OpenJFX", "GPL v2 with the Classpath Exception"),
                new Library("JFreeChart, JFreeChart-FX", "LGPL 2.1"),
                new Library("EJML", "Apache License 2.0"),
                new Library("picocli", "Apache License 2.0"),
                new Library("Jackson", "Apache License 2.0"));

        private About() {
        }
    }

    /** The dialog and log of unexpected errors. */
    public static final class Errors {
        public static final String TITLE = "Unexpected error";
        public static final String HEADER = "Something went wrong inside Descent Lab";
        /** The log file. */
        public static final String EXPLANATION = "This is a fault in the app, not in what you did. The window is "
                + "still open and you can carry on; if it happens again, please send the details below to the "
                + "authors. They were also saved to %s.";
        /** The log file and why it could not be written. */
        public static final String EXPLANATION_NOT_LOGGED = "This is a fault in the app, not in what you did. The "
                + "window is still open and you can carry on; if it happens again, please send the details below to "
                + "the authors. They could not be saved to %s (%s).";
        /** How many more errors came while this dialog was open. */
        public static final String MORE = "%s more errors happened since this one; all are in the log.";
        public static final String DETAILS = "Details";
        public static final String COPY_DETAILS = "Copy details";

        private Errors() {
        }
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
