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
import javafx.scene.input.KeyCode;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.TrainingSnapshot;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.Reveal;
import org.descentlab.ui.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network tab's wiring, headless (Monocle). The window is started once for the class; each test begins from the
 * tab as it opens (the seed's data, 2-128-10 sigmoid, Adam, batch 32, 1000 epochs, one run, paused).
 */
@Tag("ui")
class NetworkTabUiTest {

    @TempDir
    Path dir;

    private static DescentLabApp app;
    private static NetworkTab tab;
    private static NetworkTabModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
        tab = app.window().networkTab();
        model = tab.model();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void asTheTabOpens() {
        ChoiceBox<Object> optimizer = robot.lookup("#optimizerChoice").queryAs(ChoiceBox.class);
        ChoiceBox<Object> activation = robot.lookup("#activationChoice").queryAs(ChoiceBox.class);
        ComboBox<String> batch = robot.lookup("#batchChoice").queryAs(ComboBox.class);
        robot.interact(() -> {
            app.window().selectTab(0);
            model.useSessions(TrainingSession::new);
            model.pause();
            if (model.comparingProperty().get()) {
                model.stopComparing();
            }
            var c = ClusterSettings.defaults();
            model.regenerate(c.clusters(), c.pointsPerCluster(), c.spread(), c.seed(), c.validationFraction());
            optimizer.setValue(org.descentlab.core.optim.Adam.TYPE);
            model.setOptimizer(org.descentlab.core.optim.Adam.TYPE);
            activation.setValue(Activation.SIGMOID);
            model.setNetwork(128, Activation.SIGMOID, 0);
            model.setBatchSize(32);
            batch.setValue("32");
            model.setEpochs(1000);
            model.reset();
            tab.report((String) null);
            tab.requestFocus(); // out of any field a test typed in, so the tab's keys reach it
        });
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
    void theTabOpensWithTheSeedsDefaults() {
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
    void trainAdvancesTheEpochsAndTheLossChartAndPauseStopsThem() throws Exception {
        open(robot);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= 3 && tab.charts().lossPoints() >= 3);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.run().session().state() == TrainingSession.State.PAUSED);
        TestApp.waitFrames(5);
        int paused = model.epoch();
        assertFalse(model.playingProperty().get());
        TestApp.waitFrames(20);
        assertEquals(paused, model.epoch(), "no epoch finishes after Pause");
        assertEquals(paused, tab.charts().lossPoints());
        assertTrue(robot.lookup("#epochFigure").queryAs(Label.class).getText().startsWith("Epoch " + paused + " /"));
    }

    @Test
    void theSeedsFilesShowEightyNinePointSixPercent() throws Exception {
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
    void aCorruptFileShowsAnErrorAndKeepsTheOldState() throws Exception {
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
    void aBlownUpRunIsReportedAndTheReportGoesWithTheNextRun() throws Exception {
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
    void spaceTrainsAndPausesOnThisTabOnly() {
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
    void choosingAnotherOptimizerShowsItsHyperparameters() {
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
    void comparingShowsOnePanelPerChosenRun() {
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

    /** Types {@code text} into the batch-size box and presses Enter, as a student would. */
    private void typeBatchSize(String text) {
        Reveal.reveal(robot, "#batchChoice");
        ComboBox<?> batch = robot.from(tab).lookup("#batchChoice").queryAs(ComboBox.class);
        robot.clickOn(batch.getEditor());
        robot.interact(() -> batch.getEditor().selectAll());
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBatchSizeThatIsNotANumberIsRefusedWithAMessageAndTheRunIsKept() throws Exception {
        open(robot);
        robot.clickOn("#oneEpochButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() == 1);
        var run = model.run();
        ComboBox<?> batch = robot.from(tab).lookup("#batchChoice").queryAs(ComboBox.class);
        Label message = robot.lookup("#networkMessage").queryAs(Label.class);
        for (String bad : new String[] {"abc", "0"}) {
            typeBatchSize(bad);
            assertTrue(message.isVisible(), "a message for " + bad);
            assertEquals(bad.equals("abc") ? "Batch size: 'abc' is not a whole number (or 'full')"
                    : "Batch size must be a whole number from 1 to 500000, got 0", message.getText());
            assertSame(run, model.run(), "no reset for " + bad);
            assertEquals(1, model.epoch());
            assertEquals(32, model.settings().batchSize());
            assertEquals("32", batch.getValue());
            assertEquals("32", batch.getEditor().getText());
        }
        typeBatchSize("8");
        assertEquals(8, model.settings().batchSize());
        assertSame(run, model.run());
        assertEquals(1, model.epoch(), "a new batch size trains on from the weights trained so far");
        assertFalse(message.isVisible());
    }

    /** A trainer's steps that run out of memory at the {@code failAt}th batch (0 first). */
    private static TrainingSession.Steps outOfMemoryAt(TrainingSession.Steps real, int failAt) {
        var batches = new java.util.concurrent.atomic.AtomicInteger();
        return new TrainingSession.Steps() {
            @Override
            public boolean isFinished() {
                return real.isFinished();
            }

            @Override
            public int batch() {
                return real.batch();
            }

            @Override
            public void configure(HyperparameterValues values) {
                real.configure(values);
            }

            @Override
            public EpochMetrics stepBatch() {
                if (batches.getAndIncrement() == failAt) {
                    throw new OutOfMemoryError("test");
                }
                return real.stepBatch();
            }

            @Override
            public TrainingSnapshot parametersSnapshot() {
                return real.parametersSnapshot();
            }
        };
    }

    @Test
    void runningOutOfMemoryStopsTheRunWithAnExplanationAndTheWindowStaysUsable() throws Exception {
        open(robot);
        robot.interact(() -> {
            model.useSessions(steps -> new TrainingSession(outOfMemoryAt(steps, 40)));
            model.reset();
        });
        robot.clickOn("#trainButton");
        Label message = robot.lookup("#networkMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, message::isVisible);
        assertEquals("Not enough memory to train this network: try fewer points, a smaller batch or fewer hidden "
                + "units.", message.getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.playingProperty().get());
        assertEquals(TrainingSession.State.FAILED, model.run().session().state());
        assertEquals("▶ Train", robot.lookup("#trainButton").queryButton().getText());

        robot.interact(() -> model.useSessions(TrainingSession::new));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !message.isVisible());
        robot.clickOn("#trainButton");
    }
}
