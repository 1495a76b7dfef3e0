package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Custom… dialog and the typed surface's name speak Korean, every word from the bundles: with the words marked
 * ⟦ ⟧, no letter may stand outside the marks but in the student's own formula (and the examples, which are maths).
 */
@Tag("ui")
class CustomSurfaceWordsUiTest {

    private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");
    private static final Pattern NUMBER = Pattern.compile("[-+−]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private static DescentLabApp app;
    private static SurfaceTabModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Words.markForTesting(true);
        app = TestApp.launch();
        model = app.window().surfaceTab().model();
        new FxRobot().interact(() -> {
            app.window().selectTab(0);
            Words.setLanguage(Language.KOREAN);
        });
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            new FxRobot().interact(() -> {
                Words.markForTesting(false);
                Words.setLanguage(Language.ENGLISH);
            });
            TestApp.close(app);
        } finally {
            Words.markForTesting(false);
        }
    }

    @Test
    void theDialogAndTheTypedSurfaceSpeakKoreanFromTheBundles() throws Exception {
        CustomSurfaceUiTest.openCustom(robot);
        robot.interact(() -> robot.lookup("#customFormula").queryAs(TextField.class).clear());
        robot.clickOn("#customFormula").write("x^2 + * y");
        WaitForAsyncUtils.waitForFxEvents();

        String problem = robot.lookup("#customFormulaProblem").queryAs(Label.class).getText();
        assertTrue(problem.contains("7번째 글자") && problem.contains("숫자, x, y 또는 '('가 와야 합니다"), problem);
        var pane = robot.lookup("#customSurfaceDialog").queryAs(DialogPane.class);
        var seen = new ArrayList<String>();
        robot.interact(() -> {
            walk(pane, seen);
            seen.add("title: " + ((Stage) pane.getScene().getWindow()).getTitle());
        });
        assertTrue(seen.size() > 15, seen.toString());
        assertEquals(List.of(), typedInCode(seen), "strings typed in code");
        assertTrue(seen.stream().anyMatch(s -> s.contains("나만의 곡면")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.contains("그리는 범위")), seen.toString());

        robot.interact(() -> robot.lookup("#customFormula").queryAs(TextField.class).setText("x^2 + 3*y^2"));
        robot.clickOn("#customOk");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surface() instanceof FormulaSurface);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<SurfaceChooser.Entry> chooser = robot.lookup("#surfaceChoice").queryAs(ComboBox.class);
        String name = chooser.getButtonCell().getText();
        String description = robot.lookup("#surfaceDescription").queryAs(Label.class).getText();
        assertEquals("⟦직접 입력: x^2 + 3*y^2⟧", name);
        assertTrue(description.startsWith("⟦직접 입력한 곡면 f(x, y) = x^2 + 3*y^2, x는 -3부터 3까지"), description);
        assertEquals(List.of(), typedInCode(List.of("name: " + name, "description: " + description)));
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != TestApp.stage(app)).forEach(Window::hide);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
        });
    }

    /** Every string a person sees under {@code node}, but the formula's own text (the student's, the examples). */
    private static void walk(Node node, List<String> seen) {
        if (node.getStyleClass().contains(FormulaEcho.FORMULA_TEXT) || node instanceof FormulaEcho) {
            return;
        }
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + ": ";
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            seen.add(where + labeled.getText());
        } else if (node instanceof Text text && !text.getClass().getName().endsWith("LabeledText")
                && !text.getText().isBlank()) {
            seen.add(where + text.getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null
                && !input.getPromptText().isBlank()) {
            seen.add(where.replace(": ", " prompt: ") + input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            seen.add(where.replace(": ", " tooltip: ") + control.getTooltip().getText());
        }
        if (node instanceof ButtonBar bar) {
            bar.getButtons().forEach(b -> walk(b, seen));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> walk(n, seen));
        }
    }

    /** The strings with a letter outside the marks, numbers and the variables x and y aside. */
    private static List<String> typedInCode(List<String> seen) {
        var offenders = new ArrayList<String>();
        for (String s : seen) {
            String text = s.substring(s.indexOf(": ") + 2);
            String rest = text;
            for (String before = null; !rest.equals(before); ) {
                before = rest;
                rest = MARKED.matcher(rest).replaceAll(" ");
            }
            rest = NUMBER.matcher(rest).replaceAll(" ");
            if (rest.codePoints().anyMatch(Character::isLetter)) {
                offenders.add(s);
            }
        }
        return offenders;
    }
}
