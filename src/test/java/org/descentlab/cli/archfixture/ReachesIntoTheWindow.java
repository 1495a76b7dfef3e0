package org.descentlab.cli.archfixture;

/**
 * Breaks the rule that the command line reaches the window's code only through {@code ui.export}: it builds the main
 * window itself. Test source only, never loaded.
 */
public final class ReachesIntoTheWindow {

    private ReachesIntoTheWindow() {
    }

    static Object window() {
        return new org.descentlab.ui.MainWindow();
    }
}
