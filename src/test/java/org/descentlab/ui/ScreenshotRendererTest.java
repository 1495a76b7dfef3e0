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
