package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.network.NetworkTab;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README's pictures headless: {@code mvn -Pscreenshots test -Dtest=ScreenshotRendererTest}, into
 * {@code screenshots/} or {@code -Dscreenshots.dir}. The README's four scenes at 1280 × 720 under their README names,
 * then every tab at the screen sizes of a classroom (an old projector, a 720p one, a desk screen), named with the
 * size: {@code surfaces-overlay-rosenbrock-1280x720.png}. Not part of the normal test run (tag {@code screenshots}).
 *
 * <p>One app for the whole class, resized for each picture; the tests run in order, since the network pictures after
 * training reuse the run trained for the README.
 */
@Tag("screenshots")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenshotRendererTest {

    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));

    /** Screen sizes of a classroom, as width and height. */
    private static final List<int[]> SIZES = List.of(new int[] {1024, 768}, new int[] {1280, 720},
            new int[] {1600, 1000});
    private static final int[] README_SIZE = {1280, 720};

    private static DescentLabApp app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launchForPictures();
        stage = TestApp.stage(app);
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        assertTrue(screen.getWidth() >= 1600 && screen.getHeight() >= 1000,
                "the headless screen is " + screen + ": run this class in a JVM of its own");
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @Test
    @Order(1)
    void surfaceTabOverlayOfRosenbrockMidRace() throws Exception {
        resize(README_SIZE);
        race("rosenbrock", SurfaceTabModel.Layout.OVERLAY, 180, false);
        save("surfaces-overlay-rosenbrock.png");
    }

    @Test
    @Order(2)
    void surfaceTabSideBySideOfTheSaddle() throws Exception {
        resize(README_SIZE);
        race("saddle", SurfaceTabModel.Layout.SIDE_BY_SIDE, 120, true);
        save("surfaces-side-by-side-saddle.png");
    }

    @Test
    @Order(3)
    void networkTabMidTrainingAndAfterTraining() throws Exception {
        resize(README_SIZE);
        var tab = app.window().networkTab();
        var model = tab.model();
        robot.interact(() -> app.window().selectTab(1));
        robot.interact(() -> {
            model.setSpeedLimit(100);
            model.train();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() >= 25);
        robot.interact(model::pause);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tab::refreshNow);
        save("network-mid-training.png");
        trainToTheEnd(tab);
        save("network-after-training.png");
    }

    @Test
    @Order(4)
    void everyTabAtEveryClassroomScreenSize() throws Exception {
        for (int[] size : SIZES) {
            resize(size);
            race("rosenbrock", SurfaceTabModel.Layout.OVERLAY, 180, false);
            save("surfaces-overlay-rosenbrock-" + name(size) + ".png");
            race("saddle", SurfaceTabModel.Layout.SIDE_BY_SIDE, 120, true);
            save("surfaces-side-by-side-saddle-" + name(size) + ".png");
            var network = app.window().networkTab();
            robot.interact(() -> app.window().selectTab(1));
            if (network.model().epoch() == 0 || network.model().playingProperty().get()) {
                trainToTheEnd(network);
            }
            TestApp.waitFrames(3);
            robot.interact(network::refreshNow);
            save("network-after-training-" + name(size) + ".png");
        }
    }

    /** Not a picture: the seed's whole run again from the start, timed with the window drawing the map as it goes. */
    @Test
    @Order(5)
    void timeTheSeedRunWithTheMapUpdating() throws Exception {
        resize(README_SIZE);
        var model = app.window().networkTab().model();
        robot.interact(() -> app.window().selectTab(1));
        robot.interact(model::reset);
        long start = System.nanoTime();
        robot.interact(model::train);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.playingProperty().get());
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = String.format(Locale.ROOT,
                "network_tab_seed_run_s: %.2f s for %d epochs with the map updating%n", seconds, model.epoch());
        System.out.print(report);
        Files.writeString(Path.of("target", "network-run.txt"), report);
    }

    /**
     * Not a picture: plays all eleven optimizers at 1000 steps per second and, after 60 frames of warm-up (the JIT
     * compiles the drawing code), reports the frame rate and the longest frame over the next 180, measured by a
     * second animation timer (software rendering, headless).
     */
    @Test
    @Order(6)
    void measureTheFrameLoopWithElevenOptimizersAtFullSpeed() throws Exception {
        resize(README_SIZE);
        SurfaceTab tab = app.window().surfaceTab();
        SurfaceTabModel model = tab.model();
        robot.interact(() -> app.window().selectTab(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        var stamps = new ConcurrentLinkedQueue<Long>();
        var probe = new AnimationTimer() {
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
        TestApp.waitFrames(60, 120);
        robot.interact(probe::start);
        TestApp.waitFrames(180, 300);
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
        String report = String.format(Locale.ROOT,
                "frame_loop_11_optimizers_1000_sps: %.1f frames/s, longest frame %.1f ms, %d race steps in %.1f s%n",
                (times.length - 1) / seconds, longest / 1e6, model.clockProperty().get(), seconds);
        System.out.print(report);
        Files.writeString(Path.of("target", "frame-loop.txt"), report);
        assertTrue(model.clockProperty().get() > 1000, report);
    }

    /** The opening screen the window shows while it is being built, at every size, in English and Korean. */
    @Test
    @Order(8)
    void theOpeningScreenAtEverySizeInBothLanguages() throws Exception {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            for (int[] size : SIZES) {
                var shown = new java.util.concurrent.atomic.AtomicReference<javafx.stage.Stage>();
                robot.interact(() -> {
                    Words.setLanguage(language);
                    var s = new javafx.stage.Stage();
                    s.setScene(new javafx.scene.Scene(OpeningScreen.create(), size[0], size[1]));
                    s.show();
                    shown.set(s);
                });
                var opening = shown.get();
                // The icon is decoded in the background.
                var icon = robot.from(opening.getScene().getRoot()).lookup(".image-view")
                        .queryAs(javafx.scene.image.ImageView.class);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> icon.getImage().getProgress() >= 1);
                TestApp.waitFrames(3);
                ScreenshotWindow.save(robot, opening, DIR.resolve("opening-" + language.code() + "-" + name(size)
                        + ".png"));
                robot.interact(opening::close);
            }
        }
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
    }

    private static String name(int[] size) {
        return ScreenshotWindow.name(size);
    }

    /** A lesson in English, the same lesson in Korean, and classroom mode, for the README. */
    @Test
    @Order(7)
    void aLessonInEnglishThenInKoreanThenInClassroomMode() throws Exception {
        resize(README_SIZE);
        var window = app.window();
        var lesson = org.descentlab.core.lesson.LessonCatalog.find("momentum-valley").orElseThrow();
        robot.interact(() -> window.startLesson(lesson));
        var tab = window.surfaceTab();
        robot.interact(() -> {
            tab.model().playingProperty().set(false);
            for (int i = 0; i < 40; i++) {
                tab.model().singleStep();
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        drawn(tab);
        save("lesson-en.png");
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        drawn(tab);
        save("lesson-ko.png");
        robot.interact(() -> {
            window.keepTheWindowSizeInClassroomMode();
            Presentation.classroomProperty().set(true);
        });
        drawn(tab);
        save("classroom-ko.png");
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        drawn(tab);
        save("classroom-en.png");
        for (int[] size : SIZES) {
            resize(size);
            drawn(tab);
            save("classroom-en-" + name(size) + ".png");
        }
        robot.interact(Presentation::reset);
        for (int[] size : SIZES) {
            resize(size);
            drawn(tab);
            save("lesson-en-" + name(size) + ".png");
        }
        resize(README_SIZE);
        var network = window.networkTab();
        robot.interact(() -> {
            // The network trained for the pictures before would make the lesson ask first.
            network.model().pause();
            network.model().reset();
        });
        robot.interact(() -> window.startLesson(org.descentlab.core.lesson.LessonCatalog.find("sigmoid-relu")
                .orElseThrow()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> network.model().trainedEpochs() >= 40);
        robot.interact(network.model()::pause);
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        TestApp.waitFrames(3);
        robot.interact(network::refreshNow);
        save("lesson-network-ko.png");
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        robot.interact(() -> window.lessonsShownProperty().set(false));
    }

    private void drawn(SurfaceTab tab) throws InterruptedException {
        TestApp.waitFrames(3);
        robot.interact(() -> {
            tab.redrawRace();
            tab.refreshFigures();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Makes the window {@code size}, as it would be maximised on a screen of that size, and waits for its layout. */
    private void resize(int[] size) throws InterruptedException {
        ScreenshotWindow.resize(robot, stage, size);
        var scene = stage.getScene();
        assertEquals(size[0], scene.getWidth(), 0.5, "the window is as wide as the screen");
        assertEquals(size[1], scene.getHeight(), 0.5, "the window is as high as the screen");
    }

    private void race(String surfaceId, SurfaceTabModel.Layout layout, int steps, boolean insides)
            throws Exception {
        SurfaceTab tab = app.window().surfaceTab();
        SurfaceTabModel model = tab.model();
        robot.interact(() -> {
            app.window().selectTab(0);
            model.reset();
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
        TestApp.waitFrames(3);
        robot.interact(() -> {
            tab.redrawRace();
            tab.refreshFigures();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Trains the network tab's run to its last epoch at full speed and draws it. */
    private void trainToTheEnd(NetworkTab tab) throws Exception {
        var model = tab.model();
        robot.interact(() -> {
            model.setSpeedLimit(0);
            model.train();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.playingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tab::refreshNow);
    }

    private void save(String name) {
        ScreenshotWindow.save(robot, stage, DIR.resolve(name));
    }
}
