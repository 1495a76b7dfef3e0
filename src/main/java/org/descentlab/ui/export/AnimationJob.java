package org.descentlab.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.descentlab.core.io.SafeFiles;
import org.descentlab.ui.MainWindow;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.Presentation;

/**
 * Writes a {@link Film} to a file: an animated GIF of every frame ({@link GifWriter}), or a PNG of the last one. The
 * film's views are laid out off screen in a scene of the size asked for, with the window's style sheet; each pulse of
 * the JavaFX thread draws at most one frame (when the film has it ready and the encoder has room), takes its picture
 * and hands it over a small bounded queue to the encoder, which runs as {@link BackgroundWork}. The window stays
 * responsive meanwhile: nothing on the JavaFX thread waits for training or for the disk.
 *
 * <p>The file is written atomically ({@link SafeFiles#replaceAtomically}): a cancelled or failed job leaves neither
 * the file nor a temporary one behind, and an older file of that name as it was. Start and cancel on the JavaFX
 * thread; {@link #result()} completes there too.
 */
public final class AnimationJob {

    /** Frames drawn but not yet encoded, at most: enough to keep both threads busy, few enough to hold in memory. */
    private static final int QUEUE = 4;

    private final Film film;
    private final Path target;
    private final boolean gif;
    private final double fps;
    private final double scale;
    private final int width;
    private final int height;
    private final BlockingQueue<WritableImage> queue = new ArrayBlockingQueue<>(QUEUE);
    private final BackgroundWork<Path> encoder = new BackgroundWork<>("animation-encoder");
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private final AnimationTimer timer;
    private int next;
    private boolean laidOut;
    private boolean over;

    private AnimationJob(Film film, Path target, double fps, double scale, int width, int height) {
        this.film = film;
        this.target = target;
        this.gif = isGif(target);
        this.fps = fps;
        this.scale = scale;
        this.width = width;
        this.height = height;
        // A scene with no window: the views are styled and laid out as in the window, and never shown.
        MainWindow.applyStyles(new Scene(film.root(), width, height));
        if (Presentation.classroom()) {
            film.root().getStyleClass().add(Presentation.CLASSROOM_CLASS);
        }
        if (Presentation.highContrast()) {
            film.root().getStyleClass().add(Presentation.HIGH_CONTRAST_CLASS);
        }
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
    }

    /**
     * Starts writing {@code film} to {@code target} (a {@code .gif} gets every frame, a {@code .png} the last) at
     * {@code width} × {@code height} screen pixels times {@code scale}, at {@code fps} frames per second. The job owns
     * the film from now on and closes it when it ends.
     */
    static AnimationJob start(Film film, Path target, double fps, double scale, int width, int height) {
        var job = new AnimationJob(film, target, fps, scale, width, height);
        job.begin();
        return job;
    }

    /** Whether {@code file} is named as a GIF (else it is taken for a PNG). */
    static boolean isGif(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
    }

    /** Frames encoded so far, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return encoder.progressProperty();
    }

    /**
     * Completes on the JavaFX thread with the file written, or with what went wrong (a {@link CancellationException}
     * once a cancelled job has removed what it wrote).
     */
    public CompletableFuture<Path> result() {
        return result;
    }

    /** Stops the film and the encoder; the file is not written and its temporary one removed. */
    public void cancel() {
        if (over) {
            return;
        }
        stop();
        encoder.cancel();
        encoder.close();
    }

    private void begin() {
        List<Integer> colours = List.copyOf(film.exactColours());
        int frames = film.frames();
        encoder.submit(progress -> encode(progress, colours, frames), this::written, this::failed);
        film.request(0);
        timer.start();
    }

    /** One pulse: draws the next frame if the film has it ready and the encoder has room for it. */
    private void pulse() {
        if (over || next >= film.frames() || queue.remainingCapacity() == 0 || !film.ready(next)) {
            return;
        }
        if (!laidOut) {
            // Styling and laying out the views the first time (the background painted, the heat map scaled) takes a
            // pulse of its own, so that no pulse does that and a picture too.
            film.root().resize(width, height);
            film.root().applyCss();
            film.root().layout();
            laidOut = true;
            return;
        }
        film.draw(next);
        WritableImage picture = Pictures.snapshot(film.root(), scale, Pictures.Backdrop.WHITE, width, height);
        boolean last = next == film.frames() - 1;
        if (gif || last) {
            queue.add(picture);
        }
        next++;
        if (last) {
            timer.stop();
            film.close();
        } else {
            film.request(next);
        }
    }

    /** On the encoder's thread: takes the frames as they come and writes the file. */
    private Path encode(BackgroundWork.Progress progress, List<Integer> colours, int frames) throws Exception {
        try {
            SafeFiles.replaceAtomically(target, out -> {
                if (!gif) {
                    if (!ImageIO.write(Pictures.toBuffered(take(progress), false), "png", out)) {
                        throw new IOException("no PNG writer is available");
                    }
                    return;
                }
                try (var writer = new GifWriter(out, fps, colours)) {
                    for (int i = 0; i < frames; i++) {
                        writer.add(Pictures.toBuffered(take(progress), false));
                        progress.update((i + 1.0) / frames);
                    }
                    writer.finish();
                }
            });
            return target;
        } catch (CancellationException e) {
            return null; // nobody waits for this result: it is not delivered
        } finally {
            if (progress.isCancelled()) {
                Platform.runLater(() -> result.completeExceptionally(new CancellationException()));
            }
        }
    }

    /** The next frame; gives up with a {@link CancellationException} once the job is cancelled. */
    private WritableImage take(BackgroundWork.Progress progress) {
        try {
            while (true) {
                WritableImage frame = queue.poll(50, TimeUnit.MILLISECONDS);
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                if (frame != null) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private void written(Path file) {
        stop();
        encoder.close();
        result.complete(file);
    }

    private void failed(Throwable failure) {
        stop();
        encoder.close();
        result.completeExceptionally(failure);
    }

    private void stop() {
        if (!over) {
            over = true;
            timer.stop();
            if (next < film.frames()) {
                film.close();
            }
            queue.clear();
        }
    }
}
