package org.descentlab.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.scene.Scene;
import org.descentlab.ui.surface.SurfaceTab;

/**
 * Opt-in start-up timing, {@code -Ddescentlab.startupTiming=true}: prints on standard error how long after the JVM
 * started the application's {@code start} was called, the window was built, the first frame was laid out and drawn,
 * and the first heat map was on show. Off by default, when it costs one flag test per call.
 */
final class StartupTiming {

    private static final boolean ON = Boolean.getBoolean("descentlab.startupTiming");

    private StartupTiming() {
    }

    /** {@code Application.start} has been entered. */
    static void started() {
        report("start() called");
    }

    /** The window's content has been built. */
    static void built() {
        report("window built");
    }

    /**
     * The stage has been shown: reports the first pulse that lays out and draws {@code scene}, then the first pulse
     * after which the surfaces tab has its heat map.
     */
    static void shown(Scene scene, MainWindow window) {
        if (!ON) {
            return;
        }
        // show() has styled and laid out the whole scene before it returns.
        report("stage shown");
        var firstFrame = new Runnable() {
            private boolean painted;

            @Override
            public void run() {
                if (!painted) {
                    painted = true;
                    report("window painted");
                }
                var surfaces = window.tabs().stream().filter(SurfaceTab.class::isInstance).map(SurfaceTab.class::cast)
                        .findFirst();
                if (surfaces.isEmpty() || surfaces.get().heatMap() != null) {
                    report("first heat map on show");
                    scene.removePostLayoutPulseListener(this);
                }
            }
        };
        scene.addPostLayoutPulseListener(firstFrame);
    }

    /**
     * Prints the wall-clock time since the JVM started, and the processor time this (the JavaFX) thread and the whole
     * process have had by then: on a busy machine the first grows while the other two stay put.
     */
    private static void report(String event) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long threadMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long processMs = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.err.printf(Locale.ROOT, "%s after %d ms (JavaFX thread CPU %d ms, process CPU %d ms)%n", event, ms,
                    threadMs, processMs);
        }
    }
}
