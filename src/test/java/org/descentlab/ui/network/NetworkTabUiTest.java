package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.Reveal;
import org.descentlab.ui.TestApp;
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
class NetworkTabUiTest extends NetworkTabFixture {

    @TempDir
    Path dir;

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
            tab.clearMessages();
            tab.useRestartQuestion((change, epochs) -> true);
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
        var train = robot.lookup("#trainButton").queryButton();
        var playIcon = train.getGraphic();
        assertNotNull(playIcon, "Train has a drawn icon, not a glyph the font may lack");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= 3 && tab.charts().lossPoints() >= 3);
        assertEquals("Pause", train.getText());
        assertNotNull(train.getGraphic());
        assertNotSame(playIcon, train.getGraphic(), "the icon turns into Pause's");
        assertNotNull(robot.lookup("#networkResetButton").queryButton().getGraphic(), "Reset has a drawn icon");
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
        assertEquals("File: ch2_dataset.npz", robot.lookup("#dataSource").queryAs(Label.class).getText());
    }

    @Test
    void aCorruptFileIsExplainedUnderItsSectionAndTheOldStateIsKept() throws Exception {
        open(robot);
        Path corrupt = dir.resolve("corrupt.npz");
        Files.writeString(corrupt, "not numpy at all");
        var data = model.dataset();
        var parameters = model.parameters().values().clone();
        robot.interact(() -> tab.loadParameters(corrupt));
        Label files = robot.lookup("#filesProblem").queryAs(Label.class);
        assertTrue(files.isVisible());
        assertTrue(files.getText().startsWith("corrupt.npz: "), files.getText());
        assertFalse(robot.lookup("#networkMessage").queryAs(Label.class).isVisible(), "not above the map");
        assertFalse(robot.lookup("#dataProblem").queryAs(Label.class).isVisible());
        assertSame(data, model.dataset());
        assertArrayEquals(parameters, model.parameters().values());
        robot.interact(() -> tab.loadDataset(corrupt));
        Label dataProblem = robot.lookup("#dataProblem").queryAs(Label.class);
        assertTrue(dataProblem.isVisible());
        assertTrue(dataProblem.getText().startsWith("corrupt.npz: "), dataProblem.getText());
        assertSame(data, model.dataset());
    }

    @Test
    void aDatasetOfTheWrongKindOfValuesIsExplainedWithoutNumpyCodes() throws Exception {
        open(robot);
        Path floats = dir.resolve("float-labels.npz");
        var arrays = new java.util.LinkedHashMap<String, org.descentlab.core.io.NpyArray>();
        arrays.put("inputs", org.descentlab.core.io.NpyArray.float32(new double[] {0, 0, 1, 1, 2, 2}, 3, 2));
        arrays.put("labels", org.descentlab.core.io.NpyArray.float32(new double[] {0, 1, 1}, 3));
        org.descentlab.core.io.NpzFile.write(floats, arrays, org.descentlab.core.io.NpzCompression.DEFLATED);
        robot.interact(() -> tab.loadDataset(floats));
        Label dataProblem = robot.lookup("#dataProblem").queryAs(Label.class);
        assertEquals("float-labels.npz: 'labels' holds 32-bit floats; expected integers (32-bit or 64-bit)",
                dataProblem.getText());
    }

    @Test
    void aRefusedSettingIsExplainedUnderItsOwnSection() {
        open(robot);
        Reveal.reveal(robot, "#hiddenField");
        robot.doubleClickOn("#hiddenField").write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label network = robot.lookup("#networkProblem").queryAs(Label.class);
        assertTrue(network.isVisible());
        assertTrue(network.getText().startsWith("Hidden units must be"), network.getText());
        for (String other : new String[] {"#dataProblem", "#trainingProblem", "#filesProblem", "#networkMessage"}) {
            assertFalse(robot.lookup(other).queryAs(Label.class).isVisible(), other);
        }
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
        Label message = robot.lookup("#trainingProblem").queryAs(Label.class);
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
        return org.descentlab.session.InterceptedSteps.failingAt(real, failAt, new OutOfMemoryError("test"));
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
        assertEquals("Train", robot.lookup("#trainButton").queryButton().getText());

        robot.interact(() -> model.useSessions(TrainingSession::new));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() >= 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !message.isVisible());
        robot.clickOn("#trainButton");
    }

    /** Trains one epoch and waits until the tab has drawn it. */
    private void trainOneEpoch() throws Exception {
        int before = model.epoch();
        robot.clickOn("#oneEpochButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() == before + 1);
    }

    @Test
    void changingTheNetworkAfterTrainingAsksFirstAndKeepingItKeepsTheTrainedRun() throws Exception {
        open(robot);
        robot.interact(() -> tab.useRestartQuestion(RestartQuestion.dialog(() -> TestApp.stage(app))));
        trainOneEpoch();
        var run = model.run();
        Reveal.reveal(robot, "#hiddenField");
        robot.doubleClickOn("#hiddenField").write("64").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startOverDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane question = robot.lookup("#startOverDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        assertEquals("Changing the network starts training over from the initial weights.",
                question.getHeaderText());
        assertTrue(question.getContentText().startsWith("The 1 epoch trained so far will be lost."),
                question.getContentText());
        robot.clickOn("Keep the trained network");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(run, model.run());
        assertEquals(1, model.epoch());
        assertEquals(128, model.settings().hidden());
        assertEquals("128", text(robot, "#hiddenField"), "the field shows the network kept");

        robot.doubleClickOn("#hiddenField").write("64").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startOverDialog").tryQuery().isPresent());
        robot.clickOn("Start over");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(64, model.settings().hidden());
        assertEquals(0, model.epoch());
    }

    @Test
    void nothingIsAskedBeforeTheFirstEpochNorForATrainingSetting() throws Exception {
        open(robot);
        var asked = new java.util.ArrayList<String>();
        robot.interact(() -> tab.useRestartQuestion((change, epochs) -> asked.add(change)));
        robot.interact(() -> {
            var regenerate = robot.lookup("#regenerateButton").queryButton();
            regenerate.fire();
        });
        assertEquals(List.of(), asked, "nothing trained, nothing to lose");
        trainOneEpoch();
        var run = model.run();
        typeBatchSize("8");
        robot.interact(() -> robot.lookup("#optimizerChoice").queryAs(ChoiceBox.class)
                .setValue(org.descentlab.core.optim.GradientDescent.TYPE));
        assertEquals(List.of(), asked);
        assertSame(run, model.run());
        assertEquals(1, model.epoch());
        robot.interact(() -> robot.lookup("#regenerateButton").queryButton().fire());
        assertEquals(List.of("New data"), asked);
    }

    @Test
    void trainAfterTheLastEpochSaysItTrainsFurtherAndDoes() throws Exception {
        open(robot);
        robot.interact(() -> model.setEpochs(2));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.finishedProperty().get());
        assertEquals("Train further", robot.lookup("#trainButton").queryButton().getText());
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.epoch() == 4 && model.finishedProperty().get());
        assertEquals("4", text(robot, "#epochsField"));
        assertEquals(List.of(1, 2, 3, 4), model.run().history().stream().map(EpochMetrics::epoch).toList());
    }

    @Test
    void theFrameLoopRunsWhileTrainingAndStopsWhenPausedAndDrawn() throws Exception {
        open(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tab.frameLoopRunning());
        TestApp.waitFrames(10);
        assertFalse(tab.frameLoopRunning(), "idle, it stays stopped");
        robot.clickOn("#trainButton");
        assertTrue(tab.frameLoopRunning());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.charts().lossPoints() >= 2);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tab.frameLoopRunning());
        assertEquals(model.epoch(), tab.charts().lossPoints(), "every epoch trained is drawn before it stops");
        assertTrue(robot.lookup("#speedFigure").queryAs(Label.class).getText().startsWith("0 "));

        trainOneEpoch();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tab.frameLoopRunning());
        assertEquals(model.epoch(), tab.charts().lossPoints());
        assertTrue(robot.lookup("#epochFigure").queryAs(Label.class).getText().startsWith("Epoch " + model.epoch()));
    }

    /**
     * While training, the map is computed off the JavaFX thread (BoundaryMapWorker), and what the view shows is the
     * map of the very weights it was computed for: the same pixels as computing that map here. After pausing, the
     * map of the last weights is drawn.
     */
    @Test
    void whileTrainingTheMapComesFromTheWorkerAndShowsTheWeightsItWasComputedFor() throws Exception {
        open(robot);
        var map = tab.boundary();
        int before = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(map::workerDrawings));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map.workerDrawings() >= before + 2);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tab.frameLoopRunning());
        var shown = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> List.of(map.workerParameters(), map.workerPixels(), map.resolution(), map.drawnParameters())));
        var weights = (org.descentlab.core.nn.Parameters) shown.get(0);
        int cells = (Integer) shown.get(2);
        int[] expected = new BoundaryPixels().compute(weights, model.activationOf(weights),
                BoundaryView.bounds(model.dataset()), cells, null);
        assertArrayEquals(expected, (int[]) shown.get(1));
        assertSame(model.run().parameters(), shown.get(3), "paused, the map shows the newest weights");
    }

    /** Resizes the window to {@code width} × {@code height} and waits for the tab to lay itself out. */
    private void windowSize(double width, double height) throws Exception {
        robot.interact(() -> {
            var stage = TestApp.stage(app);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TestApp.waitFrames(3);
    }

    private static javafx.geometry.Bounds onScreen(javafx.scene.Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /**
     * In classroom mode on a 1024 × 768 projector the settings, with their larger letters, would leave the map too
     * little room: they fold away by themselves, and come back in a normal window.
     */
    @Test
    void onAClassroomProjectorTheSettingsFoldAwayAndComeBackInANormalWindow() throws Exception {
        open(robot);
        var shown = tab.networkLayout().controlsShownProperty();
        try {
            robot.interact(() -> org.descentlab.ui.widgets.Presentation.classroomProperty().set(true));
            windowSize(1024, 768);
            assertFalse(shown.get(), "folded by itself");
            var map = onScreen(tab.boundary());
            assertTrue(Math.min(map.getWidth(), map.getHeight()) >= 380, "the map is " + map);
            robot.interact(() -> org.descentlab.ui.widgets.Presentation.classroomProperty().set(false));
            windowSize(1280, 720);
            assertTrue(shown.get(), "back in a normal window");
        } finally {
            robot.interact(() -> {
                org.descentlab.ui.widgets.Presentation.reset();
                shown.set(true);
            });
            windowSize(1280, 800);
        }
    }

    @Test
    void atTenTwentyFourBySevenSixtyEightTheChartsFitAndTheMapIsTheLargest() throws Exception {
        open(robot);
        try {
            windowSize(1024, 768);
            for (boolean settings : new boolean[] {true, false}) {
                robot.interact(() -> tab.networkLayout().controlsShownProperty().set(settings));
                TestApp.waitFrames(2);
                double right = onScreen(tab).getMaxX();
                double bottom = onScreen(tab).getMaxY();
                var map = onScreen(tab.boundary());
                double mapSide = Math.min(map.getWidth(), map.getHeight());
                for (String id : new String[] {"#networkLossChart", "#networkAccuracyChart"}) {
                    var chart = onScreen(robot.lookup(id).query());
                    assertTrue(chart.getMaxX() <= right + 0.5 && chart.getMaxY() <= bottom + 0.5,
                            id + " inside the tab: " + chart);
                    assertTrue(chart.getWidth() >= 250, id + " wide enough to read: " + chart);
                    assertTrue(mapSide * mapSide > 1.5 * chart.getWidth() * chart.getHeight(),
                            "the map (" + mapSide + " square) beats " + id + " " + chart);
                }
                assertTrue(mapSide >= (settings ? 420 : 540), "map side " + mapSide);
            }
        } finally {
            robot.interact(() -> tab.networkLayout().controlsShownProperty().set(true));
            windowSize(1280, 800);
        }
    }

    /** Every compared run's header and chart lines have its optimizer's colour; every header shows all of it. */
    private void assertHeadersWholeAndColouredByOptimizer() {
        var headers = tab.comparisonHeaders();
        assertEquals(model.runs().size(), headers.size());
        for (int i = 0; i < headers.size(); i++) {
            var run = model.runs().get(i);
            var expected = RunColours.of(run.settings().optimizer());
            assertEquals(org.descentlab.ui.widgets.Charts.awt(expected), tab.charts().colour(i), run.label());
            String css = org.descentlab.ui.widgets.OptimizerColours.css(expected);
            assertTrue(headers.get(i).getChildren().get(0).getStyle().contains(css), run.label());
            for (Label label : headers.get(i).headerLabels()) {
                var shown = (javafx.scene.text.Text) label.lookup(".text");
                assertEquals(label.getText(), shown.getText(), "shown whole in " + run.label());
            }
        }
    }

    @Test
    void comparedRunsHaveTheirOptimizersColoursAndHeadersThatShowEveryFigureWhole() throws Exception {
        open(robot);
        try {
            windowSize(1024, 768);
            Reveal.reveal(robot, "#compareButton");
            robot.clickOn("#compareButton");
            trainOneEpoch();
            robot.interact(tab::refreshNow);
            TestApp.waitFrames(2);
            assertEquals(4, tab.comparisonHeaders().size());
            assertTrue(tab.comparisonHeaders().get(0).headerLabels().get(3).getText().startsWith("accuracy "));
            assertHeadersWholeAndColouredByOptimizer();

            var others = java.util.stream.Stream.of("nag", "adagrad", "amsgrad", "nadam")
                    .map(id -> org.descentlab.core.optim.OptimizerRegistry.find(id).orElseThrow())
                    .map(t -> new ComparisonRun(t.name(), t, t.defaults())).toList();
            robot.interact(() -> model.compare(others));
            trainOneEpoch();
            robot.interact(tab::refreshNow);
            TestApp.waitFrames(2);
            assertEquals(org.descentlab.ui.words.Names.optimizer(org.descentlab.core.optim.Nesterov.TYPE),
                    tab.comparisonHeaders().get(0).headerLabels().get(0).getText());
            assertHeadersWholeAndColouredByOptimizer();
        } finally {
            windowSize(1280, 800);
        }
    }

    @Test
    void openingASceneOverATrainedNetworkAsksAndKeepingItOpensNothing() throws Exception {
        open(robot);
        var asked = new java.util.ArrayList<String>();
        robot.interact(() -> tab.useRestartQuestion((change, epochs) -> asked.add(change) && false));
        trainOneEpoch();
        var run = model.run();
        var sceneBefore = model.scene();
        var all = org.descentlab.core.scene.Scene.defaults();
        Path file = dir.resolve("other.dlab.json");
        org.descentlab.core.scene.SceneFile.write(file, all.with(all.network().withData(
                new org.descentlab.core.scene.DataSetup(null, 3, 20, 1, 5, 0))));
        var surfacesBefore = app.window().surfaceTab().model().scene();
        var problem = onFx(() -> app.window().openScene(file));
        assertEquals(List.of("Opening a scene"), asked);
        assertTrue(problem.orElseThrow().contains("not opened"), problem.toString());
        assertSame(run, model.run());
        assertEquals(sceneBefore, model.scene());
        assertEquals(surfacesBefore, app.window().surfaceTab().model().scene(), "neither tab changes");
        robot.interact(() -> tab.useRestartQuestion((change, epochs) -> true));
        assertTrue(onFx(() -> app.window().openScene(file)).isEmpty());
        assertEquals(3, model.dataset().classes());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        var task = new java.util.concurrent.FutureTask<>(action);
        javafx.application.Platform.runLater(task);
        return task.get(20, TimeUnit.SECONDS);
    }
}
