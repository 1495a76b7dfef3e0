package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Work that the window's first frame does not need: while the app opens its window, parts nobody sees yet (the
 * optimizer rows below the fold, the update rule's typesetting) are put in place right after the first frame instead of
 * before it, so that the window appears sooner and fills in a moment later, ending exactly as it would have been.
 * {@code DescentLabApp} holds the work back ({@link #hold}) before it builds the window, and the window lets it go
 * ({@link #release(Executor)}, a piece per turn of the JavaFX thread) once its first frame is laid out. At any other
 * time, and for windows built elsewhere (tests, pictures made off screen), {@link #later} runs the work at once. JavaFX
 * thread only.
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

    /**
     * Runs {@code work} now, or after the first frame while the window is being opened (and, after the release, behind
     * the work still waiting, so that the order holds).
     */
    public static void later(Runnable work) {
        if (holding || !WAITING.isEmpty()) {
            WAITING.add(work);
        } else {
            work.run();
        }
    }

    /** Runs the work kept back, in the order it came, all at once; later work runs at once from now on. */
    public static void release() {
        release(Runnable::run);
    }

    /**
     * Runs the work kept back, in the order it came: the first piece now, and each next one when {@code nextTurn} runs
     * it (the window passes {@code Platform::runLater}, so that a frame, such as the first heat map's, can be drawn
     * between two pieces instead of after all of them). Work that comes meanwhile joins the end of the line; once the
     * line is empty, later work runs at once.
     */
    public static void release(Executor nextTurn) {
        holding = false;
        runNext(nextTurn);
    }

    private static void runNext(Executor nextTurn) {
        if (WAITING.isEmpty()) {
            return;
        }
        Runnable next = WAITING.remove(0);
        try {
            next.run();
        } finally {
            // A piece that fails (reported as any unexpected error) does not hold back the ones after it.
            if (!WAITING.isEmpty()) {
                nextTurn.execute(() -> runNext(nextTurn));
            }
        }
    }

    /** Whether work is still kept back. */
    public static boolean pending() {
        return holding || !WAITING.isEmpty();
    }
}
