package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.ReferenceNetwork;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.core.scene.SceneFile;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network tab's depth setting, its Gradients chart and its loss landscape, headless: each checked against an
 * independent computation (a trainer of its own, the double-precision reference network). Small data (three
 * clusters of 30 points) keep the runs and landscapes quick.
 */
@Tag("ui")
class DepthViewsUiTest extends NetworkTabFixture {

    @TempDir
    Path dir;

    @BeforeEach
    void smallDataOneLayerTheBoundaryOnShow() {
        robot.interact(() -> freshRun(m -> {
            var c = ClusterSettings.defaults();
            m.regenerate(3, 30, c.spread(), c.seed(), 0);
            m.setOptimizer(Adam.TYPE);
            m.setNetwork(16, Activation.SIGMOID, 0, 1);
            m.setBatchSize(32);
            m.setEpochs(1000);
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLayersChoiceMakesADeeperNetworkThatASavedSceneKeeps() throws Exception {
        ChoiceBox<Integer> layers = robot.from(tab).lookup("#layersChoice").queryAs(ChoiceBox.class);
        assertEquals(List.of(1, 2, 3, 4), layers.getItems());
        robot.interact(() -> layers.setValue(3));
        assertEquals(3, model.scene().network().layers());
        assertEquals(3, model.parameters().shape().depth(), "a new network of three hidden layers");
        assertEquals("2-16-16-16-3", model.parameters().shape().describe());

        Path file = dir.resolve("deep" + SceneFile.EXTENSION);
        SceneFile.write(file, tab.saveInto(org.descentlab.core.scene.Scene.EMPTY));
        robot.interact(() -> model.setNetwork(16, Activation.SIGMOID, 0, 1));
        assertEquals(1, layers.getValue(), "the choice follows the network");
        var read = SceneFile.read(file).scene();
        robot.interact(() -> tab.prepare(read, dir).run());
        assertEquals(3, model.parameters().shape().depth(), "the scene file brought three layers back");
        assertEquals(3, layers.getValue());
    }

    @Test
    void theGradientsChartShowsWhatATrainerOfItsOwnMeasuresForTheSameSettings() throws Exception {
        robot.interact(() -> model.setNetwork(16, Activation.SIGMOID, 0, 3));
        robot.clickOn("#gradientsToggle");
        assertSame(tab.views().gradients(), tab.views().centre());
        for (int e = 1; e <= 3; e++) {
            oneEpoch();
        }
        robot.interact(tab::refreshNow);
        var chart = tab.views().gradients().charts().get(0);
        assertArrayEquals(new int[] {1, 2, 3}, chart.epochs());

        var trainer = new Trainer(model.settings(), model.split());
        trainer.logGradients(true);
        List<EpochMetrics> own = trainer.run(3);
        double[][] norms = chart.normSeries();
        double[][] saturated = chart.saturationSeries();
        assertEquals(4, norms.length, "three hidden layers and the output layer");
        assertEquals(3, saturated.length, "one share per hidden layer");
        for (int e = 0; e < 3; e++) {
            var g = own.get(e).gradients();
            for (int l = 0; l < 4; l++) {
                assertEquals(g.weightNorm(l), norms[l][e], 0, "layer " + (l + 1) + ", epoch " + (e + 1));
            }
            for (int l = 0; l < 3; l++) {
                assertEquals(100 * g.saturation(l), saturated[l][e], 0, "layer " + (l + 1) + ", epoch " + (e + 1));
            }
        }
        assertEquals(GradientsChart.layerName(3, 3), chart.chart().getXYPlot().getLegendItems().get(3).getLabel());
    }

    @Test
    void theLandscapeIsTheLossAroundTheCurrentWeightsWithThePathEndingAtItsCentre() throws Exception {
        for (int e = 1; e <= 4; e++) {
            oneEpoch();
        }
        robot.clickOn("#landscapeToggle");
        var view = landscapes(1).get(0);
        var picture = view.picture();
        var weights = model.parameters();
        assertEquals(4, picture.epoch());
        var grid = picture.map().grid();
        assertEquals(1, grid.columns() % 2, "an odd grid has a sample at the centre");
        int middle = grid.columns() / 2;
        assertEquals(0, grid.x(middle), 1e-12);
        assertEquals(0, grid.y(grid.rows() / 2), 1e-12);
        var reference = new ReferenceNetwork(weights.shape(), Activation.SIGMOID);
        double loss = reference.evaluate(weights.values(), model.split().train()).loss();
        // The landscape's loss is taken on the fast float path, the reference's in double.
        assertEquals(loss, grid.value(middle, grid.rows() / 2), 1e-5 * loss, "the loss of the weights now");
        double[] a = picture.pathA();
        double[] b = picture.pathB();
        assertEquals(5, a.length, "the start and four epochs");
        assertEquals(0, a[a.length - 1], 1e-6, "the path ends at the centre");
        assertEquals(0, b[b.length - 1], 1e-6);
        assertTrue(Math.hypot(a[0], b[0]) > 1e-3, "it starts elsewhere");
        assertTrue(picture.principal(), "the path's principal directions");
        double[] shares = picture.explained();
        assertTrue(shares[0] >= shares[1] && shares[0] + shares[1] <= 1 + 1e-9, java.util.Arrays.toString(shares));
        assertTrue(view.words().get(0).startsWith("PC1 ("), view.words().toString());
    }

    @Test
    void theLandscapeWaitsWhileTrainingAndIsDrawnAgainWhenTrainingStopsOrWhenAskedFor() throws Exception {
        oneEpoch();
        oneEpoch();
        robot.clickOn("#landscapeToggle");
        var first = landscapes(1).get(0).picture();
        assertEquals(2, first.epoch());
        robot.interact(() -> {
            model.setSpeedLimit(20); // slow enough not to reach the end of the run before the checks
            model.train();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() >= 6);
        TestApp.waitFrames(5);
        assertSame(first, tab.views().landscape().views().get(0).picture(), "no new landscape while training");
        assertFalse(tab.views().landscape().computing());
        robot.interact(model::pause);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.idle());
        int paused = model.run().snapshot().epoch();
        assertTrue(paused >= 6);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tab.views().landscape().computing()
                && tab.views().landscape().views().get(0).picture() != null
                && tab.views().landscape().views().get(0).picture().epoch() == paused);
        var second = tab.views().landscape().views().get(0).picture();
        robot.clickOn("#landscapeRecomputeButton");
        var third = landscapes(1).get(0).picture();
        assertNotSame(second, third);
        assertEquals(second.map().grid().value(0, 0), third.map().grid().value(0, 0), "the same weights, the same loss");
    }

    @Test
    void comparedRunsGetALandscapeEachAroundTheirOwnWeights() throws Exception {
        robot.interact(() -> model.compare(List.of(
                new ComparisonRun("Sigmoid", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.SIGMOID, null),
                new ComparisonRun("ReLU", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.RELU, null))));
        oneEpoch();
        oneEpoch();
        robot.clickOn("#landscapeToggle");
        var views = landscapes(2);
        assertEquals(2, tab.views().landscape().panels().size(), "one panel per run, with its header");
        for (int i = 0; i < 2; i++) {
            var run = model.runs().get(i);
            var grid = views.get(i).picture().map().grid();
            var reference = new ReferenceNetwork(run.parameters().shape(), run.settings().activation());
            double loss = reference.evaluate(run.parameters().values(), model.split().train()).loss();
            assertEquals(loss, grid.value(grid.columns() / 2, grid.rows() / 2), 1e-5 * loss, "run " + i);
        }
        assertNotEquals(views.get(0).picture().map().grid().value(0, 0),
                views.get(1).picture().map().grid().value(0, 0), "two runs, two landscapes");
    }

    @Test
    void everyWordOfTheNewViewsComesFromTheBundlesInKorean() throws Exception {
        try {
            robot.interact(() -> {
                Words.markForTesting(true);
                Words.setLanguage(Language.KOREAN);
            });
            robot.clickOn("#gradientsToggle");
            oneEpoch();
            oneEpoch();
            assertMarked("gradients, one run");
            robot.clickOn("#landscapeToggle");
            landscapes(1);
            assertMarked("landscape, one run");
            robot.interact(() -> tab.views().landscape().planeChoice().setValue(LandscapePlane.Kind.RANDOM));
            landscapes(1);
            assertMarked("landscape on random directions, one run");
            // The compare button names its runs by their optimizers, in the words of the bundles.
            robot.interact(() -> robot.lookup("#compareButton").queryButton().fire());
            oneEpoch();
            landscapes(model.runs().size());
            assertMarked("landscapes compared");
            robot.clickOn("#gradientsToggle");
            oneEpoch();
            assertMarked("gradients compared");
        } finally {
            robot.interact(() -> {
                Words.markForTesting(false);
                Words.setLanguage(Language.ENGLISH);
                tab.views().landscape().planeChoice().setValue(LandscapePlane.Kind.PCA);
            });
        }
    }

    /** Every string on the tab and on the landscapes' canvases from the bundles. */
    private void assertMarked(String when) throws Exception {
        robot.interact(tab::refreshNow);
        WaitForAsyncUtils.waitForFxEvents();
        var shown = new java.util.ArrayList<NetworkTabWordsUiTest.Shown>();
        robot.interact(() -> {
            NetworkTabWordsUiTest.walk(tab, shown);
            for (var view : tab.views().landscape().views()) {
                view.words().forEach(w -> shown.add(new NetworkTabWordsUiTest.Shown("landscape canvas", w)));
            }
        });
        var unmarked = new java.util.ArrayList<String>();
        shown.forEach(s -> NetworkTabWordsUiTest.check(s.text(), s.where(), unmarked));
        assertEquals(List.of(), unmarked, when + ": words typed in code, not taken from a bundle");
        var texts = shown.stream().map(NetworkTabWordsUiTest.Shown::text).toList();
        var keys = new java.util.ArrayList<>(List.of("depth.view.landscape", "depth.view.gradients",
                "depth.network.layers"));
        boolean gradients = tab.views().choiceProperty().get() == NetworkViews.Choice.GRADIENTS;
        keys.add(gradients ? "depth.chart.saturated" : "depth.landscape.recompute");
        for (String key : keys) {
            String word = Words.get(key);
            assertTrue(texts.contains(word), when + ": the walk did not reach " + word);
        }
    }

    /** Waits until the landscape view shows a landscape for each of {@code runs} runs, and returns the views. */
    private List<LandscapeView> landscapes(int runs) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            var views = tab.views().landscape().views();
            return !tab.views().landscape().computing() && views.size() == runs
                    && views.stream().allMatch(v -> v.picture() != null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return tab.views().landscape().views();
    }

    private void oneEpoch() throws Exception {
        int before = model.epoch();
        robot.interact(model::oneEpoch);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() == before + 1 && model.idle());
    }
}
