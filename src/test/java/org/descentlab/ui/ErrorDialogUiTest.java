package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Errors nobody caught, with the app's handler installed as the real app installs it, and the app's folder in a
 * temporary directory. Started once for the class.
 */
@Tag("ui")
class ErrorDialogUiTest {

    @TempDir
    static Path home;

    private static DescentLabApp app;
    private static UnexpectedErrors handler;
    private static String homeBefore;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        homeBefore = System.getProperty(ErrorLog.HOME_PROPERTY);
        System.setProperty(ErrorLog.HOME_PROPERTY, home.toString());
        app = TestApp.launch();
        WaitForAsyncUtils.waitForFxEvents();
        handler = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> UnexpectedErrors.install(ErrorLog.standard(), () -> TestApp.stage(app))));
    }

    @AfterAll
    static void stop() throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(handler::uninstall));
        TestApp.close(app);
        if (homeBefore == null) {
            System.clearProperty(ErrorLog.HOME_PROPERTY);
        } else {
            System.setProperty(ErrorLog.HOME_PROPERTY, homeBefore);
        }
    }

    @AfterEach
    void closeTheDialogs() {
        robot.interact(() -> errorDialogs().forEach(pane -> ((Stage) pane.getScene().getWindow()).close()));
    }

    private static List<DialogPane> errorDialogs() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "errorDialog".equals(pane.getId()))
                .map(DialogPane.class::cast).toList();
    }

    private static String log() throws Exception {
        Path file = home.resolve("log.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aBurstOfErrorsOnTheFxThreadIsLoggedInFullAndShownInOneDialog() throws Exception {
        for (int i = 0; i < 3; i++) {
            Platform.runLater(() -> {
                throw new IllegalStateException("test failure on the JavaFX thread");
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count(log(), "test failure on the JavaFX thread") == 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errorDialogs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, errorDialogs().size(), "one dialog for the burst");
        String log = log();
        assertTrue(Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d").matcher(log).find(), log);
        assertTrue(log.contains("Unexpected error on thread \"JavaFX Application Thread\""), log);
        assertTrue(log.contains("at org.descentlab.ui.ErrorDialogUiTest"), "the whole stack trace: " + log);

        DialogPane dialog = errorDialogs().get(0);
        assertTrue(dialog.getContentText() == null || dialog.getContentText().isEmpty());
        String explanation = robot.from(dialog).lookup("#errorExplanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains(home.resolve("log.txt").toString()), explanation);
        Label more = robot.from(dialog).lookup("#errorMore").queryAs(Label.class);
        assertTrue(more.isVisible());
        assertTrue(more.getText().startsWith("2 more errors"), more.getText());
    }

    @Test
    void copyDetailsPutsTheStackTraceOnTheClipboardAndKeepsTheDialogOpen() throws Exception {
        var worker = new Thread(() -> {
            throw new UnsupportedOperationException("test failure on a worker");
        }, "test-worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errorDialogs().isEmpty());
        assertTrue(log().contains("Unexpected error on thread \"test-worker\""));
        // The dialog's window shows before its buttons are laid out: wait for the button, as a person would.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#copyErrorDetails")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#copyErrorDetails");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.contains("java.lang.UnsupportedOperationException: test failure on a worker"), copied);
        assertEquals(1, errorDialogs().size(), "copying does not close the dialog");
    }

    @Test
    void anErrorTheWindowHasExplainedIsOnlyLogged() throws Exception {
        robot.interact(() -> UnexpectedErrors.record(new OutOfMemoryError("test: explained in place")));
        assertTrue(log().contains("java.lang.OutOfMemoryError: test: explained in place"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(errorDialogs().isEmpty());
    }
}
