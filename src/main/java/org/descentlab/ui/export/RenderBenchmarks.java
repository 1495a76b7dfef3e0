package org.descentlab.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.ui.MainWindow;
import org.descentlab.ui.RecentScenes;

/**
 * The {@code bench} figures that draw: a race GIF written as the Save animation dialog writes it, and a 2× PNG of the
 * whole window built off screen. Both start the toolkit headless ({@link HeadlessToolkit}) if it is not running.
 */
public final class RenderBenchmarks {

    /** The GIF figure's size and frames: ten seconds at 30 frames per second at the dialog's default size. */
    public static final int GIF_FRAMES = 300;
    public static final int GIF_WIDTH = 640;
    public static final int GIF_HEIGHT = 480;

    private RenderBenchmarks() {
    }

    /**
     * Seconds to write a {@link #GIF_FRAMES}-frame GIF of the race the app opens with (six optimizers on Rosenbrock,
     * 1,000 steps) at {@link #GIF_WIDTH} × {@link #GIF_HEIGHT}: computing its heat map, drawing every frame and
     * encoding it, to a temporary file removed afterwards.
     */
    public static double raceGifSeconds(int frames) {
        HeadlessToolkit.start(GIF_WIDTH, GIF_HEIGHT);
        try {
            Path file = Files.createTempFile("descent-lab-bench-", ".gif");
            try {
                var request = new Render.Request(new Scene(SurfacesScene.defaults(), null), null, Render.Tab.SURFACES,
                        null, GIF_WIDTH, GIF_HEIGHT, 30, 1, file, null);
                long start = System.nanoTime();
                Render.run(request, frames);
                return (System.nanoTime() - start) / 1e9;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole main window, as it opens, in a scene of {@code width} × {@code height} off screen (its heat map
     * computed), for timing its pictures; {@link WindowPictures#close} disposes of it.
     */
    public static WindowPictures window(int width, int height) {
        HeadlessToolkit.start(width, height);
        return new WindowPictures(width, height);
    }

    /** The main window off screen. */
    public static final class WindowPictures implements AutoCloseable {

        private final Preferences preferences = Preferences.userRoot().node("/org/descentlab/bench-"
                + UUID.randomUUID());
        private final MainWindow window;
        private final javafx.scene.Scene scene;

        private WindowPictures(int width, int height) {
            window = onFxThread(() -> new MainWindow(MainWindow.standardTabs(), new RecentScenes(preferences), () -> {
            }));
            scene = onFxThread(() -> {
                var s = new javafx.scene.Scene(window.root(), width, height);
                MainWindow.applyStyles(s);
                return s;
            });
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (onFxThread(() -> window.surfaceTab().heatMap() == null) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20); // the heat map is computed on its own thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        /** Milliseconds to take a 2× picture of the window and encode it as PNG (in memory). */
        public double pngMillis() {
            return onFxThread(() -> {
                long start = System.nanoTime();
                var picture = Pictures.of(scene, 2);
                var png = new ByteArrayOutputStream();
                ImageIO.write(picture, "png", png);
                return (System.nanoTime() - start) / 1e6;
            });
        }

        @Override
        public void close() {
            onFxThread(() -> {
                window.dispose();
                return null;
            });
            try {
                preferences.removeNode();
            } catch (BackingStoreException e) {
                // Nothing was stored in it: there is nothing to leave behind.
            }
        }
    }

    private static <T> T onFxThread(Callable<T> work) {
        var task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
