package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.ScreenshotWindow;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the sweep view and the basin maps, to look at: {@code mvn -Pscreenshots test
 * -Dtest=InsightScreenshotsTest}, into {@code -Dinsight.screenshots.dir} (default {@code target/insight-shots}); the
 * two the README shows also into {@code screenshots/} under their README names.
 * The sweep on bowl, elongated and Rosenbrock, and the basins of Himmelblau for gradient descent beside Momentum, at
 * the screen sizes of a classroom, in English and Korean, and in classroom mode. Each basin map's time from switch to
 * picture is printed. Not part of the normal test run (tag {@code screenshots}).
 */
@Tag("screenshots")
class InsightScreenshotsTest {

    private static final Path DIR = Path.of(System.getProperty("insight.screenshots.dir", "target/insight-shots"));
    /** The README's pictures of these views, under their README names. */
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private static final java.util.Map<String, String> README = java.util.Map.of(
            "sweep-elongated-en-1280x720", "sweep-elongated.png",
            "basins-himmelblau-gd-momentum-en-1280x720", "basins-himmelblau.png");
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768},
            new int[] {1600, 1000});

    private static DescentLabApp app;
    private static Stage stage;
    private static SurfaceTab tab;
    private static SurfaceTabModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launchForPictures();
        stage = TestApp.stage(app);
        tab = app.window().surfaceTab();
        model = tab.model();
    }

    @AfterAll
    static void stop() throws Exception {
        robotless(Presentation::reset);
        TestApp.close(app);
    }

    private static void robotless(Runnable r) {
        new FxRobot().interact(r);
    }

    @Test
    void sweepsAndBasinMaps() throws Exception {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            String lang = language == Language.ENGLISH ? "en" : "ko";
            for (int[] size : SIZES) {
                resize(size);
                for (String surface : language == Language.ENGLISH && size[0] == 1280
                        ? List.of("elongated", "bowl", "rosenbrock") : List.of("elongated")) {
                    sweep(surface);
                    save("sweep-" + surface + "-" + lang + "-" + name(size));
                }
                basins("himmelblau", SurfaceTabModel.Layout.SIDE_BY_SIDE, Set.of("gd", "momentum"));
                save("basins-himmelblau-gd-momentum-" + lang + "-" + name(size));
            }
        }
        // With a schedule (step decay, halving every 50 steps), in both languages.
        resize(SIZES.get(0));
        var halving = new org.descentlab.core.optim.Schedule(org.descentlab.core.optim.ScheduleKind.STEP,
                org.descentlab.core.optim.HyperparameterValues.defaults(
                        org.descentlab.core.optim.ScheduleKind.STEP.parameters()).with("every", 50)
                        .with("factor", 0.5));
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            sweep("bowl");
            robot.interact(() -> model.setSchedule(halving));
            var view = tab.insightViews().sweepView();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.drawn() != null
                    && view.drawn().schedule().equals(halving) && view.work().state() == InsightWork.State.IDLE);
            race(60);
            save("sweep-bowl-step-decay-" + (language == Language.ENGLISH ? "en" : "ko") + "-1280x720");
            robot.interact(() -> model.setSchedule(org.descentlab.core.optim.Schedule.CONSTANT));
        }
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        resize(SIZES.get(0));
        basins("himmelblau", SurfaceTabModel.Layout.OVERLAY, Set.of("gd", "momentum", "adam"));
        save("basins-himmelblau-overlay-en-1280x720");
        basins("camel", SurfaceTabModel.Layout.SIDE_BY_SIDE, Set.of("gd", "adam"));
        save("basins-camel-gd-adam-en-1280x720");
        robot.interact(() -> {
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        for (int[] size : SIZES.subList(0, 2)) {
            resize(size);
            sweep("elongated");
            save("classroom-sweep-elongated-en-" + name(size));
            basins("himmelblau", SurfaceTabModel.Layout.SIDE_BY_SIDE, Set.of("gd", "momentum"));
            save("classroom-basins-himmelblau-en-" + name(size));
        }
        robot.clickOn("#controlsToggle"); // folded away, as a teacher would at a 1024 × 768 projector
        sweep("elongated");
        save("classroom-folded-sweep-elongated-en-1024x768");
        robot.clickOn("#controlsToggle");
    }

    private void sweep(String surfaceId) throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find(surfaceId).orElseThrow());
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.slots().forEach(s -> s.enabledProperty().set(
                    SurfaceTabModel.ENABLED_AT_START.contains(s.type().id())));
            var insight = model.insightProperty().get();
            model.insightProperty().set(insight.withViews(false, false, true, false));
        });
        var view = tab.insightViews().sweepView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.work().state() == InsightWork.State.IDLE
                && view.charts().shown().size() == model.enabledSlots().size());
        race(60);
    }

    private void basins(String surfaceId, SurfaceTabModel.Layout layout, Set<String> racing) throws Exception {
        List<OptimizerType> chosen = List.of(OptimizerRegistry.find("gd").orElseThrow(),
                OptimizerRegistry.find(racing.contains("momentum") ? "momentum" : "adam").orElseThrow());
        long t0 = System.nanoTime();
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find(surfaceId).orElseThrow());
            model.slots().forEach(s -> s.enabledProperty().set(racing.contains(s.type().id())));
            model.layoutProperty().set(layout);
            var insight = model.insightProperty().get();
            model.insightProperty().set(insight.withViews(false, false, false, true).withBasins(120, chosen));
            // Rates at which momentum's overshoot carries it past the nearest minimum from some starts.
            model.setHyperparameter(model.slot("gd"), "lr", 0.01);
            model.setHyperparameter(model.slot(chosen.get(1).id()), "lr", 0.01);
        });
        var maps = tab.insightViews().basinMaps();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> maps.work().state() == InsightWork.State.IDLE
                && (layout == SurfaceTabModel.Layout.OVERLAY ? tab.overlayPlot().basinLayer().map() != null
                : tab.panelPlots().stream().filter(p -> p.basinLayer().map() != null).count() == 2));
        System.out.printf(Locale.ROOT, "basin maps %s %s %s: %.2f s from switch to picture%n", surfaceId, layout,
                racing, (System.nanoTime() - t0) / 1e9);
        race(80);
    }

    private void race(int steps) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                model.singleStep();
            }
        });
        TestApp.waitFrames(4);
        robot.interact(() -> {
            tab.redrawRace();
            tab.refreshFigures();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resize(int[] size) throws InterruptedException {
        ScreenshotWindow.resize(robot, stage, size);
        assertEquals(size[0], stage.getScene().getWidth(), 0.5);
    }

    private static String name(int[] size) {
        return ScreenshotWindow.name(size);
    }

    private void save(String name) throws InterruptedException {
        TestApp.waitFrames(2);
        ScreenshotWindow.save(robot, stage, DIR.resolve(name + ".png"));
        if (README.containsKey(name)) {
            ScreenshotWindow.save(robot, stage, README_DIR.resolve(README.get(name)));
        }
    }
}
