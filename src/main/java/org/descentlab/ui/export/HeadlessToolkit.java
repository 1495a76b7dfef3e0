package org.descentlab.ui.export;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display, for pictures made by a command: Monocle's headless platform and the software
 * renderer, the same as the headless tests use, so that a server or CI draws exactly what the window draws. The
 * system properties are set only where the user gave none, and only before the toolkit starts; a toolkit already
 * running (the tests', or the window's) is used as it is. (In a test JVM, TestFX must start the toolkit first: it
 * puts a Monocle platform of its own in place when it starts, which would leave a toolkit started here without
 * input.)
 */
public final class HeadlessToolkit {

    /** Held so that the level set below is not lost when the logger is garbage-collected. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");
    private static boolean started;

    private HeadlessToolkit() {
    }

    /**
     * Starts the toolkit headless, with a screen of at least {@code width} × {@code height} pixels, unless it runs
     * already; returns once it can take work. The toolkit keeps running when no window is open.
     */
    public static synchronized void start(int width, int height) {
        if (started) {
            return;
        }
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("headless.geometry", String.format(Locale.ROOT, "%dx%d-32", Math.max(1280, width),
                Math.max(800, height)));
        // JavaFX on the class path (the runnable jar) warns at start-up that it is unsupported there; it works.
        PLATFORM_LOG.setLevel(Level.SEVERE);
        var running = new CountDownLatch(1);
        try {
            Platform.startup(running::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(running::countDown);
        }
        try {
            running.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
