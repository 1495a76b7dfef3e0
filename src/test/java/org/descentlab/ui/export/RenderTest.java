package org.descentlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Viridis;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.widgets.OptimizerColours;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures and animations of known scenes, drawn off screen by the tabs' own views (Monocle headless, as the tests
 * run): their size, the colours the scene must give at known points, frame counts, and what is left on disk.
 */
@Tag("ui")
class RenderTest {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    private static HeatMap bowl;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        bowl = HeatMap.compute(FilmRuns.bowlWithGradientDescent(1).surface(), SurfaceTab.HEAT_MAP_SIZE,
                SurfaceTab.HEAT_MAP_SIZE);
    }

    @Test
    void aRenderedPngHasTheRequestedSizeAndTheSceneColoursAtKnownPoints() throws Exception {
        var scene = FilmRuns.bowlWithGradientDescent(1);
        var written = FilmRuns.write(() -> new RaceFilm(scene, 1, 1, bowl), dir.resolve("bowl.png"), 10, 1, WIDTH,
                HEIGHT);
        BufferedImage png = ImageIO.read(written.file().toFile());
        assertEquals(WIDTH, png.getWidth());
        assertEquals(HEIGHT, png.getHeight());
        var plot = written.film().view().overlay();

        // The global minimum's star, white inside.
        assertEquals(0xffffff, pixel(png, plot.toPixel(0, 0)), "the minimum marker at (0, 0)");
        // The head of gradient descent after one step, x₁ = x₀ − 0.1 · 2x₀ = 0.8 x₀, in its optimizer's colour.
        assertEquals(rgb(OptimizerColours.of("gd")), pixel(png, plot.toPixel(-1.2, 1.2)), "the path's first step");
        // The heat map halfway between two contour lines, in the lower left where nothing else is drawn.
        var levels = bowl.contours();
        int k = levels.length / 2;
        double f = (levels[k - 1].value() + levels[k].value()) / 2;
        double r = Math.sqrt(f / 2);
        var at = plot.toPixel(-r, -r);
        var origin = plot.toPixel(0, 0);
        var unit = plot.toPixel(1, 1);
        int px = (int) at.getX();
        int py = (int) at.getY();
        // f where the pixel's centre is, and its colour on the tab's linear colour scale.
        double x = (px + 0.5 - origin.getX()) / (unit.getX() - origin.getX());
        double y = (py + 0.5 - origin.getY()) / (unit.getY() - origin.getY());
        int expected = Viridis.argb(bowl.linear().position(x * x + y * y)) & 0xffffff;
        assertNear(expected, png.getRGB(px, py) & 0xffffff, 4, "the heat map at f = " + f);
    }

    @Test
    void twiceTheScaleGivesTwiceThePixelsOfTheSamePicture() throws Exception {
        var scene = FilmRuns.bowlWithGradientDescent(1);
        var written = FilmRuns.write(() -> new RaceFilm(scene, 1, 1, bowl), dir.resolve("bowl-2x.png"), 10, 2, WIDTH,
                HEIGHT);
        BufferedImage png = ImageIO.read(written.file().toFile());
        assertEquals(2 * WIDTH, png.getWidth());
        assertEquals(2 * HEIGHT, png.getHeight());
        var star = written.film().view().overlay().toPixel(0, 0);
        assertEquals(0xffffff, png.getRGB((int) (2 * star.getX()), (int) (2 * star.getY())) & 0xffffff);
    }

    @Test
    void aGifHasTheRequestedFramesAndSizeAndEndsOnThePngOfTheSameRace() throws Exception {
        var scene = FilmRuns.bowlWithGradientDescent(40);
        int frames = ExportLimits.raceFrames(40, scene.speed(), 10);
        var gif = FilmRuns.write(() -> new RaceFilm(scene, 40, frames, bowl), dir.resolve("bowl.gif"), 10, 1, WIDTH,
                HEIGHT);
        var png = FilmRuns.write(() -> new RaceFilm(scene, 40, 1, bowl), dir.resolve("end.png"), 10, 1, WIDTH, HEIGHT);
        var read = GifFrames.read(gif.file());
        assertEquals(frames, read.pictures().size());
        assertEquals(1 + Math.round(40 / scene.speed() * 10), frames, "one frame per tenth of a second, and the start");
        assertEquals(WIDTH, read.width());
        assertEquals(HEIGHT, read.height());
        // 40 steps stay within the bold head of the path: no trail drawn frame by frame, so the pictures match up to
        // the GIF's colour table.
        BufferedImage end = ImageIO.read(png.file().toFile());
        BufferedImage last = read.pictures().get(frames - 1);
        long off = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertNear(end.getRGB(x, y) & 0xffffff, last.getRGB(x, y) & 0xffffff, 48, "pixel " + x + "," + y);
                off += distance(end.getRGB(x, y), last.getRGB(x, y));
            }
        }
        assertTrue(off / (double) (WIDTH * HEIGHT) < 3, "on average within 3 of 255, got "
                + off / (double) (WIDTH * HEIGHT));
    }

    @Test
    void aNetworkFilmShowsOneFrameForTheStartAndOnePerEpoch() throws Exception {
        var scene = Scene.defaults().network();
        var small = scene.withData(new org.descentlab.core.scene.DataSetup(null, 3, 20, 1, 0, 0));
        int frames = ExportLimits.trainingFrames(4, 0, 10);
        assertEquals(5, frames, "no speed limit: one epoch per frame");
        var gif = FilmRuns.write(() -> new TrainingFilm(small, null, 4, frames), dir.resolve("net.gif"), 10, 1, 320,
                200);
        var read = GifFrames.read(gif.file());
        assertEquals(5, read.pictures().size());
        assertEquals(320, read.width());
        assertEquals(200, read.height());
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndNothingIsWritten() throws Exception {
        var scene = FilmRuns.bowlWithGradientDescent(5);
        Path out = dir.resolve("missing").resolve("race.gif");
        var failure = assertThrows(NumpyFileException.class, () -> Render.run(new Render.Request(new Scene(scene,
                null), null, null, null, WIDTH, HEIGHT, 10, 1, out, null)));
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void cancellingLeavesTheOldFileAsItWasAndNoTemporaryOne() throws Exception {
        Path out = dir.resolve("race.gif");
        Files.writeString(out, "an older file");
        var scene = FilmRuns.bowlWithGradientDescent(1000);
        var job = new CompletableFuture<AnimationJob>();
        Platform.runLater(() -> job.complete(AnimationJob.start(new RaceFilm(scene, 1000, 500, bowl), out, 25, 1,
                WIDTH, HEIGHT)));
        var started = job.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> started.progressProperty().get() > 0);
        Platform.runLater(started::cancel);
        assertThrows(CancellationException.class, () -> started.result().get(30, TimeUnit.SECONDS));
        assertEquals("an older file", Files.readString(out));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file");
        }
    }

    @Test
    void aRequestOutsideTheLimitsIsRefusedNamingTheOption() {
        var scene = new Scene(FilmRuns.bowlWithGradientDescent(5), null);
        Path out = dir.resolve("x.gif");
        var size = assertThrows(org.descentlab.core.scene.SettingException.class, () -> new Render.Request(scene,
                null, null, null, 50, HEIGHT, 10, 1, out, null));
        assertEquals("Width (--size) must be a whole number from 100 to 3840, got 50", size.getMessage());
        var type = assertThrows(org.descentlab.core.scene.SettingException.class, () -> new Render.Request(scene,
                null, null, null, WIDTH, HEIGHT, 10, 1, dir.resolve("x.jpg"), null));
        assertTrue(type.getMessage().endsWith("must end in .png (a picture) or .gif (an animation)"),
                type.getMessage());
        var part = assertThrows(org.descentlab.core.scene.SettingException.class, () -> new Render.Request(scene,
                null, Render.Tab.NETWORK, null, WIDTH, HEIGHT, 10, 1, out, null));
        assertTrue(part.getMessage().contains("no 'network' part"), part.getMessage());
    }

    private static int pixel(BufferedImage image, javafx.geometry.Point2D at) {
        return image.getRGB((int) at.getX(), (int) at.getY()) & 0xffffff;
    }

    private static int rgb(javafx.scene.paint.Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static void assertNear(int expected, int actual, int tolerance, String what) {
        for (int c = 0; c < 3; c++) {
            int e = MedianCut.channel(expected, c);
            int a = MedianCut.channel(actual, c);
            if (Math.abs(e - a) > tolerance) {
                throw new AssertionError(String.format("%s: expected #%06x, got #%06x", what, expected, actual));
            }
        }
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int c = 0; c < 3; c++) {
            d = Math.max(d, Math.abs(MedianCut.channel(a, c) - MedianCut.channel(b, c)));
        }
        return d;
    }
}
