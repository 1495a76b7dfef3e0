package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.descentlab.core.surface.Surface;
import org.descentlab.ui.DescentLabApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The surface tab's wiring, clicked and typed through headless (Monocle). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SurfaceTabUiTest {

    private DescentLabApp app;
    private SurfaceTab tab;
    private SurfaceTabModel model;

    @Start
    void start(Stage stage) {
        app = new DescentLabApp();
        app.start(stage);
        tab = app.window().surfaceTab();
        model = tab.model();
    }

    @BeforeEach
    void waitForTheHeatMap() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
    }

    @Test
    void choosingASurfaceChangesTheHeatMap(FxRobot robot) throws Exception {
        var before = tab.heatMap();
        ComboBox<Surface> choice = robot.lookup("#surfaceChoice").queryComboBox();
        robot.clickOn(choice);
        robot.clickOn("Himmelblau");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != before && tab.heatMap() != null);
        assertEquals("himmelblau", tab.heatMap().surface().id());
        assertEquals("himmelblau", model.surface().id());
        assertNotEquals(before.linearPixels()[0], tab.heatMap().linearPixels()[0]);
        assertEquals(model.surface().info().description(),
                robot.lookup("#surfaceDescription").queryAs(Label.class).getText());
    }

    @Test
    void playAdvancesTheStepCounterAndPauseStopsIt(FxRobot robot) {
        robot.clickOn("#playButton");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        int paused = model.clockProperty().get();
        assertTrue(paused > 0, "the counter moved while playing");
        assertEquals("Step " + paused + " of 1000", robot.lookup("#stepCounter").queryAs(Label.class).getText());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, model.clockProperty().get(), "nothing moves after Pause");
    }

    @Test
    void aSingleStepAdvancesEveryEnabledWalkerByExactlyOne(FxRobot robot) {
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitForFxEvents();
        model.enabledSlots().forEach(s -> assertEquals(1, s.walker().currentStep(), s.type().id()));
    }

    @Test
    void theLearningRateFieldAcceptsThreeEMinusFourAndRefusesAbcAndMinusOne(FxRobot robot) {
        var gd = model.slot("gd");
        robot.doubleClickOn(org.descentlab.ui.Reveal.reveal(robot, "#gd-lr-field")).eraseText(12).write("3e-4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3e-4, gd.valuesProperty().get().get("lr"), 0);
        assertEquals(3e-4, gd.walker().optimizer().hyperparameters().get("lr"), 0);
        Label error = robot.lookup("#gd-lr-error").queryAs(Label.class);
        assertFalse(error.isVisible());

        for (String bad : new String[] {"abc", "-1"}) {
            robot.doubleClickOn(org.descentlab.ui.Reveal.reveal(robot, "#gd-lr-field")).eraseText(12).write(bad).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(error.isVisible(), "a message is shown for " + bad);
            assertTrue(error.getText().startsWith("Learning rate"), error.getText());
            assertEquals(3e-4, gd.valuesProperty().get().get("lr"), 0, "the old value stays");
            assertEquals("3e-04", robot.lookup("#gd-lr-field").queryAs(TextField.class).getText());
        }
    }

    @Test
    void clickingTheSurfaceMovesTheStartPointThere(FxRobot robot) {
        var plot = tab.overlayPlot();
        var pixel = plot.toPixel(0.5, -0.25);
        robot.clickOn(plot.localToScreen(pixel));
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = model.surface().info().bounds();
        double pixelWidth = bounds.width() / (plot.toPixel(bounds.xMax(), 0).getX() - plot.toPixel(bounds.xMin(), 0)
                .getX());
        assertEquals(0.5, model.startProperty().get().x(), pixelWidth);
        assertEquals(-0.25, model.startProperty().get().y(), pixelWidth);
        model.enabledSlots().forEach(s -> assertEquals(model.startProperty().get(), s.walker().position()));
    }

    @Test
    void learningRateTenOnRosenbrockShowsGradientDescentDivergedInRed(FxRobot robot) {
        assertEquals("rosenbrock", model.surface().id());
        robot.doubleClickOn(org.descentlab.ui.Reveal.reveal(robot, "#gd-lr-field")).eraseText(12).write("10").type(KeyCode.ENTER);
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#stepButton");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.slot("gd").walker().status().diverged());
        assertTrue(tab.statusTable().statusOf("gd").startsWith("diverged at step"));
        var redCell = robot.lookup(".status-diverged").queryLabeled();
        assertTrue(redCell.getText().startsWith("diverged at step"), redCell.getText());
    }

    @Test
    void aRestartedPathIsChartedFromItsStartEvenWhenItGrewPastTheOldOne(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                model.singleStep();
            }
            tab.refreshFigures();
            model.setStart(new org.descentlab.core.surface.Point(0.5, 0.5));
            for (int i = 0; i < 30; i++) {
                model.singleStep();
            }
            tab.refreshFigures();
        });
        assertEquals(31, tab.charts().pointCount(0), "steps 0 to 30 of the new path, nothing of the old one");
    }

    @Test
    void theSideBySideLayoutShowsOnePanelPerEnabledOptimizer(FxRobot robot) {
        robot.clickOn("#sideBySideToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, tab.panelPlots().size());
        assertEquals(6, robot.lookup(node -> node.getId() != null && node.getId().startsWith("panel-")).queryAll()
                .size());
        robot.interact(() -> model.slot("adamw").enabledProperty().set(true));
        assertEquals(7, tab.panelPlots().size());
        robot.clickOn("#overlayToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tab.overlayPlot().getScene() != null);
    }

    @Test
    void keyboardShortcutsPlayStepAndReset(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.clockProperty().get());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.playingProperty().get());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.playingProperty().get());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.clockProperty().get());
    }
}
