package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.descentlab.core.nn.Activation;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.Reveal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network tab's wiring, headless (Monocle). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NetworkTabUiTest {

    @TempDir
    Path dir;

    private NetworkTab tab;
    private NetworkTabModel model;
    private DescentLabApp app;

    @Start
    void start(Stage stage) {
        app = new DescentLabApp();
        app.start(stage);
        tab = app.window().networkTab();
        model = tab.model();
    }

    private void open(FxRobot robot) {
        robot.clickOn("#networkTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of a field of this tab (the surface tab has fields with the same ids). */
    private String text(FxRobot robot, String id) {
        return robot.from(tab).lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void theTabOpensWithTheSeedsDefaults(FxRobot robot) {
        open(robot);
        assertEquals("10", text(robot, "#clustersField"));
        assertEquals("100", text(robot, "#pointsField"));
        assertEquals("1.0", text(robot, "#spreadField"));
        assertEquals("0", text(robot, "#dataSeedField"));
        assertEquals("128", text(robot, "#hiddenField"));
        assertEquals(Activation.SIGMOID, robot.lookup("#activationChoice").queryAs(ChoiceBox.class).getValue());
        assertEquals(org.descentlab.core.optim.Adam.TYPE,
                robot.lookup("#optimizerChoice").queryAs(ChoiceBox.class).getValue());
        assertEquals("0.001", text(robot, "#adam-lr-field"));
        assertEquals("32", robot.lookup("#batchChoice").queryAs(ComboBox.class).getValue());
        assertEquals("1000", text(robot, "#epochsField"));
    }

    @Test
    void trainAdvancesTheEpochsAndTheLossChartAndPauseStopsThem(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= 3 && tab.charts().lossPoints() >= 3);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = model.epoch();
        assertFalse(model.playingProperty().get());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, model.epoch(), "no epoch finishes after Pause");
        assertEquals(paused, tab.charts().lossPoints());
        assertTrue(robot.lookup("#epochFigure").queryAs(Label.class).getText().startsWith("Epoch " + paused + " /"));
    }

    @Test
    void theSeedsFilesShowEightyNinePointSixPercent(FxRobot robot) throws Exception {
        open(robot);
        Path data = NetworkTabModelTest.fixture(dir, "ch2_dataset.npz");
        Path params = NetworkTabModelTest.fixture(dir, "ch2_parameters.npz");
        robot.interact(() -> {
            tab.loadDataset(data);
            tab.loadParameters(params);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String now = robot.lookup("#nowFigure").queryAs(Label.class).getText();
        assertTrue(now.contains("89.6 % right (104 wrong)"), now);
        assertTrue(now.contains("loss 0.2555"), now);
        assertEquals("ch2_dataset.npz", robot.lookup("#dataSource").queryAs(Label.class).getText());
    }

    @Test
    void aCorruptFileShowsAnErrorAndKeepsTheOldState(FxRobot robot) throws Exception {
        open(robot);
        Path corrupt = dir.resolve("corrupt.npz");
        Files.writeString(corrupt, "not numpy at all");
        var data = model.dataset();
        var parameters = model.parameters().values().clone();
        robot.interact(() -> tab.loadParameters(corrupt));
        Label message = robot.lookup("#networkMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("corrupt.npz: "), message.getText());
        assertSame(data, model.dataset());
        assertArrayEquals(parameters, model.parameters().values());
        robot.interact(() -> tab.loadDataset(corrupt));
        assertSame(data, model.dataset());
    }

    @Test
    void aBlownUpRunIsReportedAndTheReportGoesWithTheNextRun(FxRobot robot) throws Exception {
        open(robot);
        var momentum = org.descentlab.core.optim.Momentum.TYPE;
        robot.interact(() -> {
            model.setNetwork(32, Activation.RELU, 0);
            model.setOptimizer(momentum);
            model.setHyperparameter("momentum", 0.99);
            model.setHyperparameter("lr", 10);
            model.train();
        });
        Label message = robot.lookup("#networkMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, message::isVisible);
        assertTrue(message.getText().startsWith("Training stopped: the loss is no longer a finite number"),
                message.getText());
        robot.interact(() -> {
            model.setHyperparameter("lr", 0.01);
            model.train();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !message.isVisible());
        robot.interact(model::pause);
    }

    @Test
    void spaceTrainsAndPausesOnThisTabOnly(FxRobot robot) {
        open(robot);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.playingProperty().get());
        assertFalse(app.window().surfaceTab().model().playingProperty().get(), "the hidden tab ignores the key");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.playingProperty().get());
    }

    @Test
    void choosingAnotherOptimizerShowsItsHyperparameters(FxRobot robot) {
        open(robot);
        assertTrue(robot.from(tab).lookup("#adam-beta2-field").tryQuery().isPresent());
        assertTrue(robot.from(tab).lookup("#rmsprop-rho-field").tryQuery().isEmpty());
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> choice = robot.lookup("#optimizerChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(org.descentlab.core.optim.RmsProp.TYPE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rmsprop", model.settings().optimizer().id());
        assertTrue(robot.from(tab).lookup("#rmsprop-rho-field").tryQuery().isPresent());
        assertEquals("0.01", text(robot, "#rmsprop-lr-field"));
        assertTrue(robot.from(tab).lookup("#adam-beta2-field").tryQuery().isEmpty());
    }

    @Test
    void comparingShowsOnePanelPerChosenRun(FxRobot robot) {
        open(robot);
        Reveal.reveal(robot, "#compareButton");
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, model.runs().size(), "GD, Momentum, RMSProp and Adam are ticked at first");
        assertEquals(4, tab.comparisonPanels().size());
        assertEquals(4, robot.lookup(n -> n.getId() != null && n.getId().startsWith("comparison-")).queryAll().size());
        Reveal.reveal(robot, "#singleButton");
        robot.clickOn("#singleButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.runs().size());
    }
}
