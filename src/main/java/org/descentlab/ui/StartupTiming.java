package org.descentlab.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.descentlab.ui.surface.SurfaceTab;

/**
 * Opt-in start-up timing, {@code -Ddescentlab.startupTiming=true}: prints on standard error how long after the JVM
 * started the application's {@code start} was called, the window's first frame (the opening screen) was laid out and
 * drawn, its content was built, laid out and drawn, and the first heat map was on show, each with the wall-clock time
 * in epoch milliseconds, so that a harness can measure from the moment it launched the process. Off by default, when it
 * costs one flag test per call.
 *
 * <p>{@code -Ddescentlab.exitAfterStartup=true} closes the app once the first heat map is on show and every tab has its
 * content, with the work held back until after the first frame ({@code AfterFirstFrame}) done:
 * {@code src/packaging/startup-times.sh} runs the app this way to time start-ups one after the other.
 * {@code -Ddescentlab.exitAfterStartup=firstFrame} closes it right after the first frame with the window's content:
 * the installer's build runs the app this way to record the classes its class-data-sharing archive holds (those that
 * frame needs).
 */
final class StartupTiming {

    private static final boolean ON = Boolean.getBoolean("descentlab.startupTiming");
    private static final String EXIT_AFTER = System.getProperty("descentlab.exitAfterStartup", "");
    private static final boolean EXIT = "true".equals(EXIT_AFTER);
    private static final boolean EXIT_AT_FIRST_FRAME = "firstFrame".equals(EXIT_AFTER);
    /** Whether the opening screen has been (or is about to be) reported as the window's first paint. */
    private static boolean openingPainted;

    private StartupTiming() {
    }

    /** {@code Application.start} has been entered. */
    static void started() {
        report("start() called");
    }

    /**
     * The stage has been shown with the opening screen: reports the first pulse that lays it out and draws it ("window
     * painted"); {@link #shown} follows when the window's content replaces it.
     */
    static void openingShown(Scene scene) {
        if (!ON) {
            return;
        }
        openingPainted = true;
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                report("window painted");
                reportThreads();
            }
        });
    }

    /** The window's content has been built. */
    static void built() {
        report("window built");
    }

    /**
     * The window's content is in {@code scene}: reports the first pulse that lays it out and draws it ("content
     * painted", which is also "window painted" when there was no opening screen), the first pulse after which the
     * surfaces tab has its heat map, and the first after which every tab and everything held back until
     * after the first frame is in the window ("window complete").
     */
    static void shown(Scene scene, MainWindow window) {
        if (!ON && !EXIT && !EXIT_AT_FIRST_FRAME) {
            return;
        }
        // show() (or the pulse after a new root) styles and lays out the whole scene.
        report(openingPainted ? "content in the window" : "stage shown");
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean painted;
            private boolean heatMapShown;
            private boolean complete;

            @Override
            public void run() {
                if (!painted) {
                    painted = true;
                    if (!openingPainted) {
                        report("window painted");
                    }
                    report("content painted");
                    reportThreads();
                    if (EXIT_AT_FIRST_FRAME) {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(Platform::exit);
                        return;
                    }
                }
                if (!heatMapShown && heatMapOnShow(window)) {
                    heatMapShown = true;
                    report("first heat map on show");
                }
                if (!complete && window.allTabsAttached()) {
                    complete = true;
                    report("window complete");
                }
                if (heatMapShown && complete) {
                    scene.removePostLayoutPulseListener(this);
                    if (EXIT) {
                        // After this pulse, so that the tabs attached in it are styled and drawn once as well.
                        Platform.runLater(Platform::exit);
                    }
                }
            }
        });
    }

    private static boolean heatMapOnShow(MainWindow window) {
        var surfaces = window.tabs().stream().filter(SurfaceTab.class::isInstance).map(SurfaceTab.class::cast)
                .findFirst();
        return surfaces.isEmpty() || surfaces.get().heatMap() != null;
    }

    /**
     * Prints the processor time each of the process's live Java threads has had so far, most first, and the rest: the
     * JVM's own threads (the JIT's compilers, the garbage collector) and threads that have ended (the chart warm-up).
     */
    private static void reportThreads() {
        if (!ON || !(ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os)) {
            return;
        }
        var threads = ManagementFactory.getThreadMXBean();
        var byThread = new java.util.ArrayList<java.util.Map.Entry<String, Long>>();
        long javaThreads = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long ms = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId()) / 1_000_000;
            if (ms > 0) {
                byThread.add(java.util.Map.entry(info.getThreadName(), ms));
                javaThreads += ms;
            }
        }
        byThread.sort(java.util.Map.Entry.<String, Long>comparingByValue().reversed());
        var text = new StringBuilder();
        for (var entry : byThread.subList(0, Math.min(6, byThread.size()))) {
            text.append(String.format(Locale.ROOT, "%s %d ms, ", entry.getKey(), entry.getValue()));
        }
        System.err.printf(Locale.ROOT, "threads' CPU by then: %sthe rest %d ms%n", text,
                os.getProcessCpuTime() / 1_000_000 - javaThreads);
    }

    /**
     * Prints the wall-clock time since the JVM started, and the processor time this (the JavaFX) thread and the whole
     * process have had by then: on a busy machine the first grows while the other two stay put.
     */
    private static void report(String event) {
        if (ON) {
            long now = System.currentTimeMillis();
            long ms = now - ManagementFactory.getRuntimeMXBean().getStartTime();
            long threadMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long processMs = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.err.printf(Locale.ROOT,
                    "%s after %d ms (JavaFX thread CPU %d ms, process CPU %d ms) at epoch ms %d%n", event, ms,
                    threadMs, processMs, now);
        }
    }
}
