package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.network.NetworkTabModel;
import org.descentlab.ui.surface.SurfaceTabModel;
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
 * Pictures of the learning-rate schedule in both tabs, to look at: {@code mvn -Pscreenshots test
 * -Dtest=ScheduleScreenshotsTest}, into {@code -Dschedule.screenshots.dir} (default {@code target/schedule-shots}),
 * the README's into {@code screenshots/schedule.png}. Surfaces: plain descent across the elongated valley at
 * γ₀ = 0.5, its stability limit, where a constant rate bounces from wall to wall for ever (that path kept as a ghost),
 * and lands on the valley's floor once step decay halves the rate at step 10. Network: the seed's network with Adam
 * at 0.01 and the rate halved every 20 epochs. At the
 * screen sizes of a classroom, in English and Korean, and in classroom mode. Not part of the normal test run (tag
 * {@code screenshots}).
 */
@Tag("screenshots")
class ScheduleScreenshotsTest {

    private static final Path DIR = Path.of(System.getProperty("schedule.screenshots.dir", "target/schedule-shots"));
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768});
    private static final Schedule STEP_10 = new Schedule(ScheduleKind.STEP,
            new Schedule(ScheduleKind.STEP).values().with("every", 10).with("factor", 0.5));
    private static final Schedule STEP_20 = new Schedule(ScheduleKind.STEP,
            new Schedule(ScheduleKind.STEP).values().with("every", 20).with("factor", 0.5));

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
        new FxRobot().interact(() -> {
            Presentation.reset();
            Words.setLanguage(Language.ENGLISH);
        });
        TestApp.close(app);
    }

    @Test
    void stepDecayOnRosenbrockAndOnTheNetwork() throws Exception {
        surfaces();
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                shoot("surfaces-step", language, size, "#surfaceSchedule", "#optimizerList");
            }
        }
        classroom("surfaces-step", "#surfaceSchedule", "#optimizerList");
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        network();
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                shoot("network-step", language, size, "#networkSchedule", "#networkSettings");
            }
        }
        classroom("network-step", "#networkSchedule", "#networkSettings");
    }

    /** The constant rate's race to 100 steps, kept as a ghost, then the step decay's to 35 (its dot after three cuts). */
    private void surfaces() throws Exception {
        SurfaceTabModel model = app.window().surfaceTab().model();
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find("elongated").orElseThrow());
            model.slots().forEach(s -> s.enabledProperty().set(s.type().id().equals("gd")));
            model.setHyperparameter(model.slot("gd"), "lr", 0.5);
            model.maxStepsProperty().set(100);
            model.insightProperty().set(model.insightProperty().get().withViews(false, true, false, false));
            model.setSchedule(Schedule.CONSTANT);
            model.reset();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().surfaceTab().heatMap() != null);
        step(model, 100);
        robot.interact(() -> model.setSchedule(STEP_10));
        step(model, 35);
    }

    private void step(SurfaceTabModel model, int steps) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                model.singleStep();
            }
        });
        TestApp.waitFrames(3);
        robot.interact(() -> app.window().surfaceTab().redrawRace());
    }

    /** Adam at 0.01 halved every 20 epochs, trained to 60 of 100 epochs. */
    private void network() throws Exception {
        NetworkTabModel model = app.window().networkTab().model();
        robot.interact(() -> {
            app.window().selectTab(1);
            var scene = model.scene();
            var training = scene.training().withOptimizer(Adam.TYPE, Adam.TYPE.defaults().with("lr", 0.01))
                    .withSchedule(STEP_20).withEpochs(60).withSpeedLimit(0);
            assertTrue(model.apply(scene.withTraining(training), model.folder()).isEmpty());
            model.train();
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.playingProperty().get()
                && model.epoch() == 60);
        robot.interact(() -> model.setEpochs(100));
        TestApp.waitFrames(3);
        robot.interact(() -> app.window().networkTab().refreshNow());
    }

    private void classroom(String name, String control, String column) throws Exception {
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        TestApp.waitFrames(3);
        for (int[] size : SIZES) {
            shoot(name + "-classroom", Language.ENGLISH, size, control, column);
        }
        robot.interact(Presentation::reset);
    }

    private void shoot(String name, Language language, int[] size, String control, String column) throws Exception {
        ScreenshotWindow.resize(robot, stage, size);
        robot.interact(() -> scrollTo(control, column));
        TestApp.waitFrames(3);
        String lang = language == Language.ENGLISH ? "en" : "ko";
        ScreenshotWindow.save(robot, stage, DIR.resolve(name + "-" + lang + "-" + ScreenshotWindow.name(size)
                + ".png"));
        if (name.equals("surfaces-step") && language == Language.ENGLISH && size[0] == 1280) {
            ScreenshotWindow.save(robot, stage, README_DIR.resolve("schedule.png"));
        }
    }

    /** Scrolls {@code column} (a scroll pane) so that the node {@code control} is in sight, its top first. */
    private void scrollTo(String control, String column) {
        var pane = (ScrollPane) stage.getScene().lookup(column);
        Node node = stage.getScene().lookup(control);
        Node content = pane.getContent();
        content.applyCss();
        pane.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (inContent.getMinY() - 8) / room)));
    }
}
