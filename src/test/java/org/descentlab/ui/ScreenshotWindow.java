package org.descentlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.descentlab.ui.widgets.PngSnapshot;
import org.testfx.api.FxRobot;

/**
 * What every screenshot test does with the window: size it as a classroom screen, name a picture by that size, and
 * save what it shows. Also what the window lets only its own package do.
 */
public final class ScreenshotWindow {

    private ScreenshotWindow() {
    }

    /** Classroom mode keeps the window's size (a picture at 1280 × 720, not the test's screen). */
    public static void keepTheSizeInClassroomMode(MainWindow window) {
        window.keepTheWindowSizeInClassroomMode();
    }

    /**
     * Makes the window {@code size} (width, height), as it would be maximised on a screen of that size, and waits for
     * its layout. The caller checks what it needs of the result.
     */
    public static void resize(FxRobot robot, Stage stage, int[] size) throws InterruptedException {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        TestApp.waitFrames(3);
    }

    /** {@code size} as it appears in a picture's name: {@code 1280x720}. */
    public static String name(int[] size) {
        return size[0] + "x" + size[1];
    }

    /** Writes what the window shows now to {@code file}, as PNG. */
    public static void save(FxRobot robot, Stage stage, Path file) {
        robot.interact(() -> {
            try {
                PngSnapshot.write(stage.getScene(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
