package org.descentlab.ui;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app for a UI test class: started once in {@code @BeforeAll}, closed (every worker stopped) in
 * {@code @AfterAll}. Starting the window for each test would cost seconds per test and leave the earlier windows'
 * frame loops running; tests of one class share the window and put back what they change.
 */
public final class TestApp {

    private TestApp() {
    }

    /**
     * Starts the app headless on the primary stage and returns it once the window is on show. It keeps its recent
     * scenes and window place in a throwaway preferences node, so that tests neither read nor change the user's.
     */
    public static DescentLabApp launch() throws TimeoutException {
        Stage primary = FxToolkit.registerPrimaryStage();
        closeLeftoverWindows(primary);
        var app = (DescentLabApp) FxToolkit.setupApplication(() -> new DescentLabApp(throwawayNode()));
        // The hidden tabs get their content after the first frame: tests look their controls up from the start.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().allTabsAttached());
        return app;
    }

    /**
     * {@link #launch} on a 1600 × 1000 headless screen, for the classes that make pictures at classroom sizes: Monocle's
     * own screen is 1280 × 800, and a window larger than its screen overflows the screen's buffer. The size is read
     * when the toolkit starts, so such a class runs in a JVM of its own (as the screenshots profile runs them).
     */
    public static DescentLabApp launchForPictures() throws TimeoutException {
        System.setProperty("headless.geometry", "1600x1000-32");
        return launch();
    }

    /**
     * Hides every window but the primary stage: a dialog an earlier test class left open (modal, with the focus) would
     * otherwise take this class's clicks and keys.
     */
    private static void closeLeftoverWindows(Stage primary) throws TimeoutException {
        try {
            FxToolkit.setupFixture(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w != primary)
                    .forEach(javafx.stage.Window::hide));
        } catch (TimeoutException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("left-over windows could not be closed", e);
        }
    }

    /**
     * Stops the app's frame loops and workers (its {@code stop()}), as closing the window does, and removes its
     * preferences node.
     */
    public static void close(DescentLabApp app) throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            try {
                app.preferences().removeNode();
            } catch (BackingStoreException e) {
                throw new IllegalStateException("the test's preferences node could not be removed", e);
            }
        }
    }

    /**
     * A preferences node of its own for one test, under the app's, with English chosen as the language: the tests
     * read the English words, whatever the language of the machine they run on.
     */
    public static Preferences throwawayNode() {
        if (!org.descentlab.testing.MemoryPreferences.class.getName()
                .equals(System.getProperty("java.util.prefs.PreferencesFactory"))) {
            throw new IllegalStateException("tests must run with in-memory preferences (surefire's argLine in pom.xml)");
        }
        var node = Preferences.userRoot().node("/org/descentlab/test-" + UUID.randomUUID());
        new LanguageMemory(node).save(org.descentlab.ui.words.Language.ENGLISH);
        return node;
    }

    /**
     * Waits until the JavaFX thread has drawn {@code frames} more frames: time for the frame loops to act on a
     * change, measured in the events that would show it, not in milliseconds.
     */
    public static void waitFrames(int frames) throws InterruptedException {
        waitFrames(frames, 30);
    }

    /** As {@link #waitFrames(int)}, failing after {@code seconds} instead of 30 (measurements on a slow machine). */
    public static void waitFrames(int frames, int seconds) throws InterruptedException {
        var drawn = new CountDownLatch(frames);
        var timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawn.countDown();
            }
        };
        Platform.runLater(timer::start);
        try {
            if (!drawn.await(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("the JavaFX thread drew fewer than " + frames + " frames in " + seconds
                        + " s");
            }
        } finally {
            Platform.runLater(timer::stop);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window the app is shown in. */
    public static Stage stage(DescentLabApp app) {
        return (Stage) app.window().root().getScene().getWindow();
    }
}
