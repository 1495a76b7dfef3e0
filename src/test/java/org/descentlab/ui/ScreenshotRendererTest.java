package org.descentlab.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.descentlab.ui.widgets.PngSnapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the README's pictures headless into {@code screenshots/}: {@code mvn -Pscreenshots test}. Not part of the
 * normal test run (tag {@code screenshots}).
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotRendererTest {

    private static final Path DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DescentLabApp().start(stage);
    }

    @Test
    void mainWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                PngSnapshot.write(stage.getScene(), DIR.resolve("main-window.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
