package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.ConfusionMatrix;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Evaluation;
import org.descentlab.core.nn.Predictions;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.scene.ComparisonRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Confusion view of the network tab, headless: its matrices against the double-precision reference network's
 * predictions, live while training, one per compared run, and its readout under the mouse. Small data (three
 * clusters of 30 points) keep the runs quick.
 */
@Tag("ui")
class ConfusionUiTest extends NetworkTabFixture {

    @BeforeEach
    void smallDataWithAValidationSplitTheBoundaryOnShow() {
        robot.interact(() -> freshRun(m -> {
            m.regenerate(3, 30, 2.5, ClusterSettings.defaults().seed(), 0.2);
            m.setOptimizer(Adam.TYPE);
            m.setNetwork(16, Activation.SIGMOID, 0, 1);
            m.setBatchSize(32);
            m.setEpochs(1000);
        }));
    }

    @Test
    void theMatricesAreWhatTheReferenceNetworkPredictsOnTrainingAndValidation() throws Exception {
        for (int e = 1; e <= 3; e++) {
            oneEpoch();
        }
        robot.clickOn("#confusionToggle");
        assertSame(tab.views().confusion(), tab.views().centre());
        var view = matrices(1).get(0);
        var p = model.parameters();
        var split = model.split();
        assertTrue(split.validation().size() > 0);
        assertEquals(expected(p, Activation.SIGMOID, split.train()), view.train());
        assertEquals(expected(p, Activation.SIGMOID, split.validation()), view.validation());
        assertEquals(Evaluation.of(p, Activation.SIGMOID, split.validation()).accuracy(),
                view.validation().accuracy(), 1e-9);
        assertEquals(split.train().size(), view.train().total());
    }

    @Test
    void withoutAValidationSplitThereIsOneMatrix() throws Exception {
        robot.interact(() -> model.regenerate(3, 30, 2.5, 0, 0));
        oneEpoch();
        showConfusion();
        var view = matrices(1).get(0);
        assertNull(view.validation());
        assertEquals(expected(model.parameters(), Activation.SIGMOID, model.split().train()), view.train());
    }

    @Test
    void whileTrainingTheMatricesFollowTheWeightsAtMostAFewTimesASecond() throws Exception {
        showConfusion();
        matrices(1);
        var pane = tab.views().confusion();
        int before = pane.countings();
        long start = System.nanoTime();
        robot.interact(() -> {
            model.setSpeedLimit(40);
            model.setEpochs(60);
            model.train();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.playingProperty().get() && model.idle());
        double seconds = (System.nanoTime() - start) / 1e9;
        var view = matrices(1).get(0);
        int countings = pane.countings() - before;
        assertTrue(countings >= 3, "counted again as training went: " + countings + " in " + seconds + " s");
        assertTrue(countings <= seconds * ConfusionPane.PER_SECOND + 3, countings + " countings in " + seconds + " s");
        assertEquals(60, model.epoch());
        assertEquals(expected(model.parameters(), Activation.SIGMOID, model.split().train()), view.train(),
                "the last epoch's weights once training stopped");
    }

    @Test
    void comparedRunsGetAMatrixEachOfTheirOwnWeights() throws Exception {
        robot.interact(() -> model.compare(List.of(
                new ComparisonRun("Sigmoid", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.SIGMOID, null),
                new ComparisonRun("ReLU", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.RELU, null))));
        oneEpoch();
        oneEpoch();
        showConfusion();
        var views = matrices(2);
        assertEquals(2, tab.views().confusion().panels().size(), "one panel per run, with its header");
        for (int i = 0; i < 2; i++) {
            var run = model.runs().get(i);
            assertEquals(expected(run.parameters(), run.settings().activation(), model.split().train()),
                    views.get(i).train(), "run " + i);
        }
        // Save picture… offers each run's matrices, with its header, named after the run.
        var sources = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> app.window().exports().pictureSources()));
        for (int i = 0; i < 2; i++) {
            String id = "confusion-" + (i + 1);
            var source = sources.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                    new AssertionError("no " + id + " among " + sources.stream().map(s -> s.id()).toList()));
            assertSame(tab.views().confusion().panels().get(i), source.node());
            assertEquals("Confusion matrices: " + model.runs().get(i).label(), source.name().get());
        }
    }

    @Test
    void savePictureOffersTheMatricesOnShow() throws Exception {
        oneEpoch();
        showConfusion();
        var view = matrices(1).get(0);
        var sources = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> app.window().exports().pictureSources()));
        var source = sources.stream().filter(s -> s.id().equals("confusion")).findFirst().orElseThrow();
        assertSame(view, source.node());
        assertEquals("network-confusion", source.fileName());
        assertEquals("The confusion matrices", source.name().get());
    }

    @Test
    void theMouseOverACellReadsItsCountAndShareOfItsRow() throws Exception {
        oneEpoch();
        showConfusion();
        var view = matrices(1).get(0);
        assertEquals(ConfusionPainter.Numbers.BOTH, view.numbers(0), "three classes: counts and percentages");
        var centre = view.cellCentre(0, 1, 2);
        robot.moveTo(view.localToScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        var readout = robot.lookup("#confusionReadout").queryLabeled();
        assertTrue(readout.isVisible());
        assertEquals(ConfusionView.readoutText(view.train(), "train", 1, 2), readout.getText());
        int count = view.train().count(1, 2);
        assertTrue(readout.getText().contains(count + " of the " + view.train().rowTotal(1) + " points of class 1"),
                readout.getText());
        robot.moveTo("#trainButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(readout.isVisible(), "gone when the mouse leaves");
    }

    @Test
    void fiftyClassesMakeAHeatGridWithoutNumbers() throws Exception {
        robot.interact(() -> model.regenerate(50, 4, 1, 0, 0));
        showConfusion();
        var view = matrices(1).get(0);
        assertEquals(50, view.train().classes());
        assertEquals(ConfusionPainter.Numbers.NONE, view.numbers(0));
        var centre = view.cellCentre(0, 49, 49);
        robot.moveTo(view.localToScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ConfusionView.readoutText(view.train(), "train", 49, 49),
                robot.lookup("#confusionReadout").queryLabeled().getText(), "the numbers under the mouse");
    }

    /** The Confusion view chosen (the first test clicks its toggle; the others need not depend on a click). */
    private void showConfusion() {
        robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.CONFUSION));
    }

    private static ConfusionMatrix expected(org.descentlab.core.nn.Parameters p, Activation activation, Dataset set) {
        return ConfusionMatrix.of(set, Predictions.of(p, activation, set));
    }

    /**
     * Waits until the Confusion view shows the matrices of the newest weights of {@code runs} runs: the view counts
     * them by itself once training has stopped.
     */
    private List<ConfusionView> matrices(int runs) throws Exception {
        var pane = tab.views().confusion();
        robot.interact(tab::refreshNow);
        var ready = new java.util.concurrent.atomic.AtomicBoolean();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            robot.interact(() -> ready.set(pane.views().size() == runs && pane.current()));
            return ready.get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        pane.views().forEach(v -> assertNotNull(v.train()));
        return pane.views();
    }

    private void oneEpoch() throws Exception {
        int before = model.epoch();
        robot.interact(model::oneEpoch);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() == before + 1 && model.idle());
    }
}
