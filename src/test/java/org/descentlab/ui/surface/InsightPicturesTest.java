package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.descentlab.core.surface.Point;
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
 * Pictures of the timeline, the ghosts and the curvature axes, to look at (not part of the normal run; tag
 * {@code screenshots}): {@code mvn -Pscreenshots test -Dtest=InsightPicturesTest -Dscreenshots.dir=/tmp/shots}.
 * Each at 1280 × 720 and 1024 × 768, in English and Korean, overlaid and side by side, and in classroom mode.
 */
@Tag("screenshots")
class InsightPicturesTest {

    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768},
            new int[] {1600, 1000});

    private static DescentLabApp app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launchForPictures();
        stage = TestApp.stage(app);
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @Test
    void replayAndGhostsAtEverySizeInBothLanguages() throws Exception {
        var tab = app.window().surfaceTab();
        var model = tab.model();
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
            for (int i = 0; i < 150; i++) {
                model.singleStep();
            }
            model.setStart(new Point(-1.5, 2.5));
            model.ghosts().shownProperty().set(true);
            for (int i = 0; i < 300; i++) {
                model.singleStep();
            }
            model.replay().show(60);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        for (Language language : new Language[] {Language.ENGLISH, Language.KOREAN}) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                for (var layout : SurfaceTabModel.Layout.values()) {
                    robot.interact(() -> model.layoutProperty().set(layout));
                    resize(size);
                    save(tab, "insight-" + layout.name().toLowerCase() + "-" + language.code() + "-" + size[0] + "x"
                            + size[1] + ".png");
                }
            }
        }
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            Presentation.classroomProperty().set(true);
        });
        for (int[] size : SIZES) {
            resize(size);
            save(tab, "insight-classroom-" + size[0] + "x" + size[1] + ".png");
        }
        robot.interact(Presentation::reset);
    }

    @Test
    void ghostsOfALearningRateChange() throws Exception {
        var tab = app.window().surfaceTab();
        var model = tab.model();
        robot.interact(() -> {
            app.window().selectTab(0);
            Words.setLanguage(Language.ENGLISH);
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.setSurface(SurfaceRegistry.find("elongated").orElseThrow());
            model.slots().forEach(s -> s.enabledProperty().set(List.of("gd", "momentum").contains(s.type().id())));
            model.ghosts().shownProperty().set(true);
            for (int i = 0; i < 80; i++) {
                model.singleStep();
            }
            var gd = model.slot("gd");
            model.setHyperparameter(gd, "lr", gd.valuesProperty().get().get("lr") * 0.6);
            model.reset();
            for (int i = 0; i < 80; i++) {
                model.singleStep();
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        resize(new int[] {1280, 720});
        save(tab, "insight-ghosts-elongated-1280x720.png");
    }

    @Test
    void curvatureAndTheStabilityMarkInBothLanguages() throws Exception {
        var tab = app.window().surfaceTab();
        var model = tab.model();
        for (String surface : new String[] {"elongated", "saddle", "rosenbrock"}) {
            robot.interact(() -> {
                app.window().selectTab(0);
                model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
                model.setSurface(SurfaceRegistry.find(surface).orElseThrow());
                model.slots().forEach(s -> s.enabledProperty().set(List.of("gd", "momentum").contains(s.type().id())));
                model.showCurvatureProperty().set(true);
                for (int i = 0; i < 40; i++) {
                    model.singleStep();
                }
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                    && tab.heatMap().surface() == model.surface());
            org.descentlab.ui.Reveal.reveal(robot, "#gd-lr-slider");
            for (Language language : new Language[] {Language.ENGLISH, Language.KOREAN}) {
                robot.interact(() -> Words.setLanguage(language));
                for (int[] size : List.of(new int[] {1280, 720}, new int[] {1024, 768})) {
                    resize(size);
                    var plot = tab.overlayPlot();
                    var b = model.surface().info().bounds();
                    robot.moveTo(plot.localToScreen(plot.toPixel(b.xMin() + 0.7 * b.width(),
                            b.yMin() + 0.3 * b.height())));
                    save(tab, "insight-curvature-" + surface + "-" + language.code() + "-" + size[0] + "x" + size[1]
                            + ".png");
                }
            }
        }
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            model.showCurvatureProperty().set(false);
        });
    }

    private void resize(int[] size) throws InterruptedException {
        ScreenshotWindow.resize(robot, stage, size);
        assertEquals(size[0], stage.getScene().getWidth(), 0.5);
    }

    private void save(SurfaceTab tab, String name) throws InterruptedException {
        TestApp.waitFrames(3);
        robot.interact(() -> {
            tab.redrawRace();
            tab.refreshFigures();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWindow.save(robot, stage, DIR.resolve(name));
    }
}
