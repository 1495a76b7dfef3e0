package org.descentlab.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;

/**
 * Pictures and animations of a scene without a window: the door from the command line ({@code render}) to the
 * window's painters. The race or the training is replayed off screen by the tabs' own views ({@link RaceFilm},
 * {@link TrainingFilm}) and written by an {@link AnimationJob}, as File → Save animation… does, on a toolkit
 * started headless ({@link HeadlessToolkit}).
 */
public final class Render {

    /** Which tab's part of a scene is drawn. */
    public enum Tab { SURFACES, NETWORK }

    /**
     * What to render, checked against the declared limits ({@link ExportLimits}, {@link SurfaceLimits#STEPS},
     * {@link NetworkLimits#EPOCHS}); the options named in messages are the command's.
     *
     * @param scene the scene read from its file
     * @param folder the folder its file names are read against (the scene file's), or {@code null}
     * @param tab the part drawn, or {@code null} for the race if the scene has one, else the network
     * @param length steps of the race or epochs of training, or {@code null} for the scene's own
     * @param width width in screen pixels
     * @param height height in screen pixels
     * @param fps frames per second of a GIF
     * @param scale pixels per screen pixel
     * @param out a {@code .png} (the last frame) or {@code .gif} (every frame) file
     * @param language {@code en} or {@code ko}: the words drawn (axes, titles)
     */
    public record Request(Scene scene, Path folder, Tab tab, Integer length, int width, int height, int fps,
            double scale, Path out, String language) {

        /** @throws SettingException naming the option and what it must be */
        public Request {
            if (tab == null) {
                tab = scene.surfaces() != null ? Tab.SURFACES : Tab.NETWORK;
            }
            if (tab == Tab.SURFACES && scene.surfaces() == null || tab == Tab.NETWORK && scene.network() == null) {
                String part = tab == Tab.SURFACES ? "surfaces" : "network";
                throw refused("--tab", "the scene has no '" + part + "' part to draw (--tab " + part + ")");
            }
            if (length != null) {
                (tab == Tab.SURFACES ? SurfaceLimits.STEPS : NetworkLimits.EPOCHS).check(length,
                        tab == Tab.SURFACES ? "--steps" : "--epochs");
            }
            ExportLimits.WIDTH.check(width, "--size");
            ExportLimits.HEIGHT.check(height, "--size");
            ExportLimits.FPS.check(fps, "--fps");
            ExportLimits.SCALE.check(scale, "--scale");
            if (Math.max(width, height) * scale > ExportLimits.MAX_PIXELS) {
                throw refused("--scale", String.format(Locale.ROOT, "the picture would be %.0f × %.0f pixels; at most "
                        + "%d along a side (--size times --scale)", width * scale, height * scale,
                        ExportLimits.MAX_PIXELS));
            }
            if (!isPng(out) && !AnimationJob.isGif(out)) {
                throw refused("--out", out + ": the file must end in .png (a picture) or .gif (an animation)");
            }
            if (language != null && Language.ofCode(language).isEmpty()) {
                throw refused("--lang", "--lang must be en or ko, got '" + language + "'");
            }
        }

        /** Steps or epochs of the film: those asked for, else the scene's. */
        int lengthOrScene() {
            return length != null ? length : tab == Tab.SURFACES ? scene.surfaces().steps()
                    : scene.network().training().epochs();
        }

        /** Frames of the film: every frame time of the run for a GIF (see {@link ExportLimits}), one for a PNG. */
        public int frames() {
            if (!AnimationJob.isGif(out)) {
                return 1;
            }
            return tab == Tab.SURFACES ? ExportLimits.raceFrames(lengthOrScene(), scene.surfaces().speed(), fps)
                    : ExportLimits.trainingFrames(lengthOrScene(), scene.network().training().speedLimit(), fps);
        }
    }

    private Render() {
    }

    /**
     * Renders {@code request} and returns when the file is written, on a headless toolkit started if needed. Call
     * from any thread but the JavaFX thread.
     *
     * @throws SettingException when the scene cannot be set up (a data file it names cannot be read)
     * @throws IOException when the file cannot be written (it is then left as it was)
     */
    public static Path run(Request request) throws IOException {
        return run(request, request.frames());
    }

    /** As {@link #run(Request)} with {@code frames} frames (the benchmark's fixed count). */
    static Path run(Request request, int frames) throws IOException {
        HeadlessToolkit.start((int) Math.ceil(request.width() * request.scale()),
                (int) Math.ceil(request.height() * request.scale()));
        // The slow part of setting up a race, off the JavaFX thread; the tab computes it at the same size.
        HeatMap heatMap = request.tab() == Tab.SURFACES ? HeatMap.compute(request.scene().surfaces().surface(),
                SurfaceTab.HEAT_MAP_SIZE, SurfaceTab.HEAT_MAP_SIZE) : null;
        var done = new CompletableFuture<Path>();
        Platform.runLater(() -> {
            try {
                Words.setLanguage(request.language() == null ? Language.ENGLISH
                        : Language.ofCode(request.language()).orElseThrow());
                Film film = request.tab() == Tab.SURFACES
                        ? new RaceFilm(request.scene().surfaces(), request.lengthOrScene(), frames, heatMap)
                        : new TrainingFilm(request.scene().network(), request.folder(), request.lengthOrScene(),
                                frames);
                AnimationJob.start(film, request.out(), request.fps(), request.scale(), request.width(),
                        request.height()).result().whenComplete((file, failure) -> {
                            if (failure != null) {
                                done.completeExceptionally(failure);
                            } else {
                                done.complete(file);
                            }
                        });
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static boolean isPng(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private static SettingException refused(String option, String message) {
        return new SettingException(new Problem(option, message));
    }
}
