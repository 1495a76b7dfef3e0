package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.SceneAntialiasing;
import javafx.stage.Stage;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.ScreenshotWindow;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the 3D view, and its numbers: how long a 200 × 200 mesh takes to build and how many frames a second it
 * turns at. Needs a display that draws 3D, so not headless Monocle: under Xvfb with Mesa, JavaFX's es2 pipeline comes
 * up only when told to ({@code -Dprism.forceGPU=true}, Mesa's llvmpipe being refused otherwise). Run with
 * <pre>
 * Xvfb :98 -screen 0 1600x1000x24 &amp;
 * DISPLAY=:98 mvn -o -Pscreenshots test -Dtest=SolidScreenshotsTest -Dtest.headless="\
 *   -Djava.util.prefs.PreferencesFactory=org.descentlab.testing.MemoryPreferences -Dtestfx.robot=glass \
 *   -Dprism.order=es2 -Dprism.forceGPU=true -Dtestfx.setup.timeout=90000"
 * </pre>
 * Into {@code -Dsolid.screenshots.dir} (default {@code target/solid-shots}), and the README's picture into
 * {@code screenshots/surface-3d.png}. Skipped where 3D is not supported. Tag {@code screenshots}.
 */
@Tag("screenshots")
class SolidScreenshotsTest {

    private static final Path DIR = Path.of(System.getProperty("solid.screenshots.dir", "target/solid-shots"));
    private static final Path README = Path.of(System.getProperty("screenshots.dir", "screenshots"), "surface-3d.png");
    private static final int[] SIZE = {1280, 720};

    private static DescentLabApp app;
    private static Stage stage;
    private static SurfaceTab tab;
    private static SurfaceTabModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
        stage = TestApp.stage(app);
        tab = app.window().surfaceTab();
        model = tab.model();
    }

    @AfterAll
    static void stop() throws Exception {
        new FxRobot().interact(Presentation::reset);
        TestApp.close(app);
    }

    @Test
    void picturesAndNumbers() throws Exception {
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "3D is not supported here");
        ScreenshotWindow.resize(robot, stage, SIZE);
        assertEquals(SIZE[0], stage.getScene().getWidth(), 0.5);
        measureMeshBuild();
        race("rosenbrock", null, Set.of("gd", "momentum", "adam"), 400);
        robot.clickOn("#solidToggle");
        assertTrue(tab.solid().shown());
        save("rosenbrock-en-1280x720");
        ScreenshotWindow.save(robot, stage, README);
        measureTurning();
        measurePlaying();
        race("rosenbrock", false, Set.of("gd", "momentum", "adam"), 400);
        save("rosenbrock-linear-colours-en-1280x720");
        race("beale", null, Set.of("gd", "rmsprop", "adam"), 300);
        save("beale-en-1280x720");
        race("himmelblau", null, Set.of("gd", "momentum", "nag", "adam"), 200);
        save("himmelblau-en-1280x720");
        race("himmelblau", false, Set.of("gd", "momentum", "nag", "adam"), 200);
        save("himmelblau-linear-en-1280x720");
        race("saddle", null, Set.of("gd", "momentum", "adam"), 150);
        save("saddle-en-1280x720");
        robot.interact(() -> model.layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE));
        save("saddle-side-by-side-en-1280x720");
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        race("rastrigin", null, Set.of("gd", "momentum", "adam"), 200);
        save("rastrigin-ko-1280x720");
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        ScreenshotWindow.resize(robot, stage, SIZE);
        race("rosenbrock", null, Set.of("gd", "momentum", "adam"), 400);
        save("classroom-rosenbrock-en-1280x720");
    }

    /**
     * Builds the 200 × 200 mesh of Rosenbrock twelve times on the JavaFX thread (the arrays alone, then the arrays,
     * JavaFX's mesh and the race as the view does) and prints the times; the first are before the JIT compiler.
     */
    private void measureMeshBuild() {
        var surface = SurfaceRegistry.find("rosenbrock").orElseThrow();
        var map = HeatMap.compute(surface, SurfaceTab.HEAT_MAP_SIZE, SurfaceTab.HEAT_MAP_SIZE);
        robot.interact(() -> {
            var view = new SolidView(model);
            for (int round = 0; round < 12; round++) {
                long t0 = System.nanoTime();
                var mesh = SolidMesh.build(surface, SolidView.MESH_SIZE, map.scale(true));
                long t1 = System.nanoTime();
                view.setHeatMap(map);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "mesh %d x %d (%d vertices, %d triangles): arrays %.1f ms, "
                        + "arrays + JavaFX mesh + race %.1f ms%n", mesh.size(), mesh.size(),
                        mesh.points().length / 3, mesh.faces().length / 6, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        });
    }

    /**
     * Turns the tab's 3D view a little every frame for five seconds, then views of other mesh sizes and without
     * multisampling in a window of their own, and prints the frames drawn per second of each.
     */
    private void measureTurning() throws Exception {
        var inTab = tab.solid().view();
        System.out.printf(Locale.ROOT, "the tab's 3D view, %dx%d, %d x %d mesh, multisampled: %.1f frames per second%n",
                (int) inTab.getWidth(), (int) inTab.getHeight(), SolidView.MESH_SIZE, SolidView.MESH_SIZE,
                framesPerSecond(inTab));
        for (int size : new int[] {200, 100}) {
            for (var aa : new SceneAntialiasing[] {SceneAntialiasing.BALANCED, SceneAntialiasing.DISABLED}) {
                var made = new AtomicReference<SolidView>();
                var window = new AtomicReference<Stage>();
                robot.interact(() -> {
                    var view = new SolidView(model, size, aa);
                    view.setHeatMap(tab.heatMap());
                    var other = new Stage();
                    other.setScene(new javafx.scene.Scene(view, 960, 540));
                    other.show();
                    made.set(view);
                    window.set(other);
                });
                TestApp.waitFrames(3);
                System.out.printf(Locale.ROOT, "a 3D view alone, 960x540, %d x %d mesh, %s: %.1f frames per second%n",
                        size, size, aa == SceneAntialiasing.BALANCED ? "multisampled" : "not multisampled",
                        framesPerSecond(made.get()));
                robot.interact(() -> window.get().hide());
            }
        }
    }

    /** Plays the race of the six optimizers the tab opens with on Rosenbrock in 3D for five seconds: frames per second. */
    private void measurePlaying() throws Exception {
        race("rosenbrock", null, SurfaceTabModel.ENABLED_AT_START, 0);
        long[] span = new long[2];
        int[] frames = {0};
        var done = new CountDownLatch(1);
        var timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (span[0] == 0) {
                    span[0] = now;
                    model.togglePlaying();
                } else if (now - span[0] > 5_000_000_000L) {
                    span[1] = now;
                    model.togglePlaying();
                    stop();
                    done.countDown();
                    return;
                }
                frames[0]++;
            }
        };
        Platform.runLater(timer::start);
        assertTrue(done.await(120, TimeUnit.SECONDS));
        double seconds = (span[1] - span[0]) / 1e9;
        System.out.printf(Locale.ROOT, "playing 6 racers on Rosenbrock in 3D: %d steps, %d frames in %.2f s = %.1f "
                + "frames per second%n", model.clockProperty().get(), frames[0], seconds, frames[0] / seconds);
    }

    /** Turns {@code view} 1.2° every frame for five seconds; the frames drawn per second. */
    private static double framesPerSecond(SolidView view) throws InterruptedException {
        long[] span = new long[2];
        int[] frames = {0};
        var done = new CountDownLatch(1);
        var timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (span[0] == 0) {
                    span[0] = now;
                } else if (now - span[0] > 5_000_000_000L) {
                    span[1] = now;
                    stop();
                    done.countDown();
                    return;
                }
                frames[0]++;
                view.look(view.orbit().dragged(3, 0));
            }
        };
        Platform.runLater(timer::start);
        assertTrue(done.await(120, TimeUnit.SECONDS));
        Platform.runLater(() -> view.look(SolidOrbit.START));
        return frames[0] / ((span[1] - span[0]) / 1e9);
    }

    /** A race of {@code steps} on the surface, with log colours as given, or as the surface opens if {@code null}. */
    private void race(String surfaceId, Boolean log, Set<String> racing, int steps) throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find(surfaceId).orElseThrow());
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            if (log != null) {
                model.logColourScaleProperty().set(log);
            }
            model.slots().forEach(s -> s.enabledProperty().set(racing.contains(s.type().id())));
            model.reset();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                model.singleStep();
            }
        });
        TestApp.waitFrames(4);
        robot.interact(tab::redrawRace);
    }

    private void save(String name) throws InterruptedException {
        TestApp.waitFrames(3);
        ScreenshotWindow.save(robot, stage, DIR.resolve(name + ".png"));
    }
}
