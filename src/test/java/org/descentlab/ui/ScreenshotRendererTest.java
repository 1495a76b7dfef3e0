package org.descentlab.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.descentlab.ui.widgets.PngSnapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README's pictures headless into {@code screenshots/}: {@code mvn -Pscreenshots test}. Not part of the
 * normal test run (tag {@code screenshots}).
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotRendererTest {

    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));

    private Stage stage;
    private DescentLabApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new DescentLabApp();
        app.start(stage);
    }

    @Test
    void surfaceTabOverlayOfRosenbrockMidRace(FxRobot robot) throws Exception {
        race(robot, "rosenbrock", SurfaceTabModel.Layout.OVERLAY, 180, false);
        save(robot, "surfaces-overlay-rosenbrock.png");
    }

    @Test
    void surfaceTabSideBySideOfTheSaddle(FxRobot robot) throws Exception {
        race(robot, "saddle", SurfaceTabModel.Layout.SIDE_BY_SIDE, 120, true);
        save(robot, "surfaces-side-by-side-saddle.png");
    }

    @Test
    void networkTabMidTrainingAndAfterTraining(FxRobot robot) throws Exception {
        var tab = app.window().networkTab();
        var model = tab.model();
        robot.clickOn("#networkTab");
        robot.interact(() -> {
            model.setSpeedLimit(100);
            model.train();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() >= 25);
        robot.interact(model::pause);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tab::refreshNow);
        save(robot, "network-mid-training.png");
        robot.interact(() -> {
            model.setSpeedLimit(0);
            model.train();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.playingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tab::refreshNow);
        save(robot, "network-after-training.png");

        // Then the seed's whole run again from the start, timed with the window drawing the map as it goes.
        robot.interact(model::reset);
        long start = System.nanoTime();
        robot.interact(model::train);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.playingProperty().get());
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = String.format(java.util.Locale.ROOT,
                "network_tab_seed_run_s: %.2f s for %d epochs with the map updating%n", seconds, model.epoch());
        System.out.print(report);
        java.nio.file.Files.writeString(Path.of("target", "network-run.txt"), report);
    }

    /**
     * Not a picture: plays all eleven optimizers at 1000 steps per second, and over four seconds after a two-second warm-up and reports the frame
     * rate and the longest frame, measured by a second animation timer (software rendering, headless).
     */
    @Test
    void measureTheFrameLoopWithElevenOptimizersAtFullSpeed(FxRobot robot) throws Exception {
        SurfaceTab tab = app.window().surfaceTab();
        SurfaceTabModel model = tab.model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        var stamps = new java.util.concurrent.ConcurrentLinkedQueue<Long>();
        var probe = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stamps.add(now);
            }
        };
        robot.interact(() -> {
            model.slots().forEach(s -> s.enabledProperty().set(true));
            model.maxStepsProperty().set(100_000);
            model.stepsPerSecondProperty().set(1000);
            model.playingProperty().set(true);
        });
        Thread.sleep(2000); // warm-up: the JIT compiles the drawing code
        robot.interact(probe::start);
        Thread.sleep(4000);
        robot.interact(() -> {
            probe.stop();
            model.playingProperty().set(false);
        });
        var times = stamps.stream().mapToLong(Long::longValue).toArray();
        long longest = 0;
        for (int i = 1; i < times.length; i++) {
            longest = Math.max(longest, times[i] - times[i - 1]);
        }
        double seconds = (times[times.length - 1] - times[0]) / 1e9;
        String report = String.format(java.util.Locale.ROOT,
                "frame_loop_11_optimizers_1000_sps: %.1f frames/s, longest frame %.1f ms, %d race steps in %.1f s%n",
                (times.length - 1) / seconds, longest / 1e6, model.clockProperty().get(), seconds);
        System.out.print(report);
        java.nio.file.Files.writeString(Path.of("target", "frame-loop.txt"), report);
        org.junit.jupiter.api.Assertions.assertTrue(model.clockProperty().get() > 1000, report);
    }

    private void race(FxRobot robot, String surfaceId, SurfaceTabModel.Layout layout, int steps, boolean insides)
            throws Exception {
        SurfaceTab tab = app.window().surfaceTab();
        SurfaceTabModel model = tab.model();
        robot.interact(() -> {
            model.setSurface(SurfaceRegistry.find(surfaceId).orElseThrow());
            model.layoutProperty().set(layout);
            model.showInsidesProperty().set(insides);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                model.singleStep();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            tab.redrawRace();
            tab.refreshFigures();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                PngSnapshot.write(stage.getScene(), DIR.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
