package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.ScreenshotWindow;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.export.Pictures;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of a typed surface, to look at: {@code mvn -Pscreenshots test -Dtest=CustomSurfaceScreenshotsTest}, into
 * {@code -Dcustom.screenshots.dir} (default {@code target/custom-shots}); the README's one also into
 * {@code screenshots/}. The surface {@code sin(x)*cos(y) + 0.1*(x^2+y^2)} chosen through the dialog's example, with
 * its minima found, and the dialog telling a wrong formula at its column (drawn over the window, as a desktop shows
 * it), at the screen sizes of a classroom, in English and Korean, and in classroom mode. Not part of the normal test
 * run (tag {@code screenshots}).
 */
@Tag("screenshots")
class CustomSurfaceScreenshotsTest {

    private static final Path DIR = Path.of(System.getProperty("custom.screenshots.dir", "target/custom-shots"));
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private static final Map<String, String> README = Map.of("surface-en-1280x720", "custom-surface.png");
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768},
            new int[] {1600, 1000});

    private static DescentLabApp app;
    private static Stage stage;
    private static SurfaceTabModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launchForPictures();
        stage = TestApp.stage(app);
        model = app.window().surfaceTab().model();
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
    void aTypedSurfaceAndTheDialogTellingAWrongFormula() throws Exception {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            String lang = language == Language.ENGLISH ? "en" : "ko";
            for (int[] size : SIZES) {
                ScreenshotWindow.resize(robot, stage, size);
                assertEquals(size[0], stage.getScene().getWidth(), 0.5);
                pictures(lang + "-" + ScreenshotWindow.name(size));
            }
        }
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        for (int[] size : SIZES.subList(0, 2)) {
            ScreenshotWindow.resize(robot, stage, size);
            pictures("classroom-en-" + ScreenshotWindow.name(size));
        }
    }

    /** The surface made through the dialog's third example and raced a little, then the dialog with an error. */
    private void pictures(String name) throws Exception {
        robot.interact(() -> model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow()));
        openDialog();
        robot.clickOn("#customExample2");
        robot.clickOn("#customOk");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.surface() instanceof FormulaSurface
                && app.window().surfaceTab().heatMap() != null
                && app.window().surfaceTab().heatMap().surface().equals(model.surface()));
        robot.interact(() -> {
            for (int i = 0; i < 150; i++) {
                model.singleStep();
            }
        });
        TestApp.waitFrames(4);
        save("surface-" + name, null);

        openDialog();
        robot.interact(() -> robot.lookup("#customFormula").queryAs(TextField.class).clear());
        robot.clickOn("#customFormula").write("x^2 + * y");
        TestApp.waitFrames(3);
        save("dialog-error-" + name, robot.lookup("#customSurfaceDialog").queryAs(DialogPane.class));
        robot.interact(() -> robot.lookup("#customFormula").queryAs(TextField.class).setText("(x-1)^2 + (y+0.5)^2"));
        TestApp.waitFrames(3);
        save("dialog-ok-" + name, robot.lookup("#customSurfaceDialog").queryAs(DialogPane.class));
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
    }

    private void openDialog() throws Exception {
        // In classroom mode the controls fold away by themselves on a small screen; the teacher opens them.
        var controls = robot.lookup("#controlsToggle").queryAs(javafx.scene.control.ToggleButton.class);
        if (!controls.isSelected()) {
            robot.clickOn(controls);
            TestApp.waitFrames(2);
        }
        CustomSurfaceUiTest.openCustom(robot);
        TestApp.waitFrames(2);
    }

    /** The window, with {@code dialog} (if any) drawn over its middle with a title strip and a shadow. */
    private void save(String name, DialogPane dialog) throws Exception {
        TestApp.waitFrames(2);
        Files.createDirectories(DIR);
        BufferedImage window = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            BufferedImage shown = Pictures.of(stage.getScene(), 1);
            if (dialog != null) {
                over(shown, Pictures.of(dialog.getScene(), 1), ((Stage) dialog.getScene().getWindow()).getTitle());
            }
            return shown;
        }));
        Pictures.writePng(window, DIR.resolve(name + ".png"));
        if (README.containsKey(name)) {
            Pictures.writePng(window, README_DIR.resolve(README.get(name)));
        }
    }

    private static void over(BufferedImage window, BufferedImage dialog, String title) {
        UiFont.registerWithAwt();
        Graphics2D g = window.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int bar = 30;
        int x = Math.max(0, (window.getWidth() - dialog.getWidth()) / 2);
        int y = Math.max(0, (window.getHeight() - dialog.getHeight() - bar) / 2);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, window.getWidth(), window.getHeight());
        for (int k = 12; k > 0; k -= 3) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.08f));
            g.fillRoundRect(x - k + 4, y - k + 6, dialog.getWidth() + 2 * k, dialog.getHeight() + bar + 2 * k, 16, 16);
        }
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new java.awt.Color(0xe4, 0xe7, 0xec));
        g.fillRect(x, y, dialog.getWidth(), bar);
        g.setColor(new java.awt.Color(0x1d, 0x25, 0x33));
        g.setFont(new java.awt.Font(UiFont.FAMILY, java.awt.Font.BOLD, 14));
        g.drawString(title, x + 12, y + 20);
        g.drawImage(dialog, x, y + bar, null);
        g.setColor(new java.awt.Color(0x9a, 0xa1, 0xad));
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, dialog.getWidth() - 1, dialog.getHeight() + bar - 1);
        g.dispose();
    }
}
