package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;

/**
 * Work that the window's first frame does not need: while the app opens its window, parts nobody sees yet (the
 * optimizer rows below the fold, the update rule's typesetting) are put in place right after the first frame instead
 * of before it, so that the window appears sooner and fills in a moment later, ending exactly as it would have been.
 * {@code DescentLabApp} holds the work back ({@link #hold}) before it builds the window, and the window lets it go
 * ({@link #release}) once its first frame is laid out. At any other time, and for windows built elsewhere (tests,
 * pictures made off screen), {@link #later} runs the work at once. JavaFX thread only.
 */
public final class AfterFirstFrame {

    private static final List<Runnable> WAITING = new ArrayList<>();
    private static boolean holding;

    private AfterFirstFrame() {
    }

    /** From now until {@link #release}, {@link #later} keeps its work back. */
    public static void hold() {
        holding = true;
    }

    /** Runs {@code work} now, or after the first frame while the window is being opened. */
    public static void later(Runnable work) {
        if (holding) {
            WAITING.add(work);
        } else {
            work.run();
        }
    }

    /** Runs the work kept back, in the order it came, and runs later work at once from now on. */
    public static void release() {
        holding = false;
        var work = List.copyOf(WAITING);
        WAITING.clear();
        work.forEach(Runnable::run);
    }

    /** Whether work is still kept back. */
    public static boolean pending() {
        return holding || !WAITING.isEmpty();
    }
}
