package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Adam's form in a window of its own, headless: its tooltips come when the pointer first comes over it. */
@Tag("ui")
class HyperparameterFormUiTest {

    private static Stage stage;
    private static HyperparameterForm form;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The pointer in a corner of the screen, away from where the window comes.
        new FxRobot().moveTo(5, 5);
        stage = FxToolkit.registerStage(Stage::new);
        var values = new SimpleObjectProperty<HyperparameterValues>(Adam.TYPE.defaults());
        FxToolkit.setupStage(s -> {
            form = new HyperparameterForm(Adam.TYPE, values, (key, value) -> null);
            // A margin above the form: the pointer starts outside it.
            var root = new VBox(form);
            root.setStyle("-fx-padding: 60 10 10 10");
            s.setScene(new Scene(root, 320, 400));
            s.setX(300);
            s.setY(300);
            s.show();
        });
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void tooltipsArePutOnTheControlsWhenThePointerFirstComesOverTheForm() {
        // Looked up in this form only: a window of an earlier test class (the app's, with its own Adam form) may still
        // be on the screen, and a lookup of the whole screen could find its controls instead.
        var slider = robot.from(form).lookup("#adam-lr-slider").queryAs(Slider.class);
        var field = robot.from(form).lookup("#adam-lr-field").queryAs(TextField.class);
        var check = robot.from(form).lookup("#adam-bias_correction-check").queryAs(CheckBox.class);
        robot.moveTo(stage.getX() + 5, stage.getY() + 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(slider.getTooltip(), "not made while the pointer has only come over the window");
        robot.moveTo(field);
        WaitForAsyncUtils.waitForFxEvents();
        String help = Adam.TYPE.hyperparameters().get(0).help();
        assertEquals(help, slider.getTooltip().getText());
        assertEquals(help + "\nType an exact value such as 3e-4 and press Enter.", field.getTooltip().getText());
        assertEquals(Adam.TYPE.hyperparameters().stream().filter(h -> h.key().equals("bias_correction")).findFirst()
                .orElseThrow().help(), check.getTooltip().getText());
    }

    @Test
    void aMarkStandsWhereTheThumbWouldAtItsValueAndIsAbsentOffTheScale() throws Exception {
        var slider = robot.from(form).lookup("#adam-lr-slider").queryAs(Slider.class);
        var at = new javafx.beans.property.SimpleDoubleProperty(0.01);
        robot.interact(() -> form.mark("lr", at, new javafx.beans.property.SimpleStringProperty("tip")));
        WaitForAsyncUtils.waitForFxEvents();
        var mark = robot.from(form).lookup("#adam-lr-mark").query();
        double before = slider.getValue();
        try {
            for (double value : new double[] {0.01, 1e-4, 3}) {
                robot.interact(() -> {
                    at.set(value);
                    slider.setValue(Math.log10(value)); // the thumb where the mark should be
                });
                WaitForAsyncUtils.waitForFxEvents();
                var thumb = slider.lookup(".thumb");
                var box = thumb.localToScene(thumb.getBoundsInLocal());
                assertEquals((box.getMinX() + box.getMaxX()) / 2, mark.localToScene(0, 0).getX(), 0.5, "at " + value);
                org.junit.jupiter.api.Assertions.assertTrue(mark.isVisible());
            }
            for (double value : new double[] {Double.NaN, 0, -1, 1e3}) {
                robot.interact(() -> at.set(value));
                WaitForAsyncUtils.waitForFxEvents();
                org.junit.jupiter.api.Assertions.assertFalse(mark.isVisible(), "no mark at " + value);
            }
        } finally {
            robot.interact(() -> slider.setValue(before));
        }
    }

    @Test
    void labelsAndMessagesFollowTheLanguageWithoutRebuildingTheForm() {
        var label = robot.from(form).lookup(".hyperparameter-label").queryAs(Label.class);
        var field = robot.from(form).lookup("#adam-lr-field").queryAs(TextField.class);
        var error = robot.from(form).lookup("#adam-lr-error").queryAs(Label.class);
        robot.interact(() -> {
            field.setText("abc");
            field.fireEvent(new ActionEvent());
        });
        assertEquals("Learning rate", label.getText());
        assertEquals("Learning rate: 'abc' is not a number (examples: 0.01, 3e-4)", error.getText());
        try {
            robot.interact(() -> Words.setLanguage(Language.KOREAN));
            assertEquals("학습률 γ", label.getText());
            assertEquals("학습률 γ: 'abc'은(는) 숫자가 아닙니다 (예: 0.01, 3e-4)", error.getText());
            assertEquals("β1", robot.from(form).lookup(".hyperparameter-label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList().get(1));
        } finally {
            robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        }
        assertEquals("Learning rate", label.getText());
        assertEquals("Learning rate: 'abc' is not a number (examples: 0.01, 3e-4)", error.getText());
    }
}
