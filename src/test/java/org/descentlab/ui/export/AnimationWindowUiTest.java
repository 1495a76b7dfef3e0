package org.descentlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.descentlab.ui.widgets.ProblemLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Animations and pictures from the real window: File → Save animation… and its dialog, the window kept responsive
 * while a GIF is written, and the window's own plot against {@code render}'s picture of the same scene.
 */
@Tag("ui")
class AnimationWindowUiTest {

    private static DescentLabApp app;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @AfterEach
    void closeDialogs() {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getScene().getRoot().getId() != null
                        && s.getScene().getRoot().getId().equals("animationDialog"))
                .forEach(Window::hide));
    }

    @Test
    void theWindowsPlotAndRendersPictureOfTheSameSceneArePixelIdentical() throws Exception {
        SurfaceTab tab = app.window().surfaceTab();
        SurfaceTabModel model = tab.model();
        var scene = FilmRuns.bowlWithGradientDescent(200);
        robot.interact(() -> {
            app.window().selectTab(0);
            model.apply(scene);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == scene.surface());
        TestApp.waitFrames(3);
        var shot = new BufferedImage[1];
        robot.interact(() -> {
            model.race().advance(200); // the whole race at once, as render's single frame takes it
            tab.redrawRace();
            shot[0] = Pictures.of(tab.overlayPlot(), 1, Pictures.Backdrop.WHITE);
        });
        int width = shot[0].getWidth();
        int height = shot[0].getHeight();
        assertEquals(width, tab.overlayPlot().getWidth(), 0, "a whole number of pixels wide");
        var heatMap = HeatMap.compute(scene.surface(), SurfaceTab.HEAT_MAP_SIZE, SurfaceTab.HEAT_MAP_SIZE);
        var written = FilmRuns.write(() -> new RaceFilm(scene, 200, 1, heatMap), dir.resolve("same.png"), 10, 1,
                width, height);
        BufferedImage rendered = ImageIO.read(written.file().toFile());
        assertEquals(width, rendered.getWidth());
        assertEquals(height, rendered.getHeight());
        int differ = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((shot[0].getRGB(x, y) & 0xffffff) != (rendered.getRGB(x, y) & 0xffffff)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "pixels that differ of " + width * height);
    }

    @Test
    void theFileMenuOpensTheDialogWithTheTabInFrontChosen() throws Exception {
        robot.interact(() -> app.window().selectTab(1));
        var item = app.window().menuBar().getMenus().get(0).getItems().stream()
                .filter(i -> "saveAnimationItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        var dialog = Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "animationDialog".equals(s.getScene().getRoot().getId())).findFirst().orElseThrow();
        var network = (RadioButton) dialog.getScene().lookup("#animationNetwork");
        assertTrue(network.isSelected(), "the network tab was in front");
        robot.interact(() -> app.window().selectTab(0));
    }

    @Test
    void aFolderThatDoesNotExistIsSaidInTheDialogAndNothingIsWritten() throws Exception {
        robot.interact(() -> app.window().selectTab(0));
        var dialog = open();
        Path out = dir.resolve("missing").resolve("race.gif");
        robot.interact(() -> dialog.save(out));
        var problem = (ProblemLabel) dialog.stage().getScene().lookup("#animationProblem");
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("does not exist"), problem.getText());
        assertTrue(dialog.stage().isShowing(), "the dialog stays open to choose another file");
        assertFalse(Files.exists(out.getParent()));
    }

    /**
     * Writes a GIF of the race from the dialog while a second animation timer stamps every pulse: the longest gap
     * between two pulses is the longest the window was unresponsive. Frames are drawn one per pulse and the encoder
     * and training run on other threads, so it stays about one frame's drawing (tens of milliseconds; more on a busy
     * machine; the first picture, which paints the surface, takes longest). The bound is generous; the numbers are
     * printed and kept in target/animation-frames.txt.
     */
    @Test
    void writingAGifKeepsTheWindowResponsive() throws Exception {
        SurfaceTab tab = app.window().surfaceTab();
        robot.interact(() -> {
            app.window().selectTab(0);
            tab.model().apply(org.descentlab.core.scene.SurfacesScene.defaults().withRun(300, 0, 0));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        var dialog = open();
        var stamps = new ConcurrentLinkedQueue<Long>();
        var probe = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stamps.add(System.nanoTime());
            }
        };
        Path out = dir.resolve("race.gif");
        robot.interact(() -> {
            probe.start();
            dialog.save(out);
        });
        var job = dialog.job();
        long started = System.nanoTime();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> job.result().isDone());
        double seconds = (System.nanoTime() - started) / 1e9;
        robot.interact(probe::stop);
        assertFalse(job.result().isCompletedExceptionally(), () -> String.valueOf(job.result().handle((p, t) -> t)
                .join()));
        long[] times = stamps.stream().mapToLong(Long::longValue).toArray();
        long[] gaps = new long[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            gaps[i - 1] = times[i] - times[i - 1];
        }
        java.util.Arrays.sort(gaps);
        long longest = gaps[gaps.length - 1];
        long median = gaps[gaps.length / 2];
        int frames = GifFrames.read(out).pictures().size();
        String report = String.format(Locale.ROOT, "animation_in_window: %d frames 640x480 in %.1f s, %d pulses, "
                + "median pulse gap %.0f ms, longest %.0f ms%n", frames, seconds, times.length, median / 1e6,
                longest / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target", "animation-frames.txt"), report);
        assertEquals(dialog.form().frames(dialog.form().settings()), frames);
        assertTrue(app.window().status().contains("race.gif"), app.window().status());
        // Drawn all in one pulse, the film would hold the window for its whole length (several seconds).
        assertTrue(longest < 3_000_000_000L, report);
    }

    private AnimationDialog open() {
        var dialog = new AnimationDialog[1];
        robot.interact(() -> dialog[0] = AnimationDialog.open(app.window()));
        return dialog[0];
    }
}
