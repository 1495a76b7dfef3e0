package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.Momentum;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare section's batch vs mini-batch vs stochastic preset, headless: three runs of the optimizer chosen, at
 * its hyperparameters, with batch sizes full / 32 / 1, each trained to the same epoch with as many steps as its batch
 * size makes; and every word of the confusion view, the readout and the runs' names from the bundles, in Korean.
 */
@Tag("ui")
class BatchPresetUiTest extends NetworkTabFixture {

    /** Three clusters of 30 points, a fifth held out: 72 training points (a stratified split keeps 24 of each). */
    private static final int TRAINING_POINTS = 72;

    @BeforeEach
    void momentumOnSmallData() {
        robot.interact(() -> freshRun(m -> {
            var c = ClusterSettings.defaults();
            m.regenerate(3, 30, c.spread(), c.seed(), 0.2);
            m.setNetwork(16, Activation.SIGMOID, 0, 1);
            m.setOptimizer(Momentum.TYPE);
            m.setHyperparameter("lr", 0.02);
            m.setEpochs(1000);
        }));
    }

    @Test
    void thePresetTrainsTheChosenOptimizerAtBatchSizesFullThirtyTwoAndOneToTheSameEpoch() throws Exception {
        robot.interact(() -> robot.lookup("#batchPresetButton").queryButton().fire());
        assertTrue(model.comparingProperty().get());
        var runs = model.runs();
        assertEquals(3, runs.size());
        assertEquals(List.of(TrainingSettings.FULL_BATCH, 32, 1),
                runs.stream().map(r -> r.settings().batchSize()).toList());
        for (var run : runs) {
            assertEquals(Momentum.TYPE, run.settings().optimizer(), "the optimizer chosen above");
            assertEquals(0.02, run.settings().hyperparameters().get("lr"), 0, "at its learning rate now");
        }
        assertEquals(List.of("Momentum · batch (all points)", "Momentum · mini-batch of 32",
                "Momentum · stochastic (1 point)"), runs.stream().map(RunNames::shown).toList());
        assertEquals(TRAINING_POINTS, model.split().train().size());

        robot.interact(() -> {
            model.setEpochs(3);
            model.train();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.playingProperty().get() && model.idle());
        robot.interact(tab::refreshNow);
        // Steps per epoch: one full batch; ⌈72 / 32⌉ = 3 mini-batches; 72 single points.
        long[] steps = {3, 9, 3 * TRAINING_POINTS};
        var losses = (XYSeriesCollection) tab.charts().lossChart().getXYPlot().getDataset();
        for (int r = 0; r < 3; r++) {
            var run = runs.get(r);
            assertEquals(3, run.epoch(), "run " + r + " reports 3 epochs");
            assertEquals(List.of(1, 2, 3), run.history().stream().map(m -> m.epoch()).toList());
            assertEquals(steps[r], run.steps(), "run " + r + "'s steps");
            var series = losses.getSeries(2 * r);
            var epochs = new ArrayList<Number>();
            for (int i = 0; i < series.getItemCount(); i++) {
                epochs.add(series.getX(i));
            }
            assertEquals(List.of(1, 2, 3), epochs.stream().map(Number::intValue).toList(),
                    "run " + r + " charted at matched epochs");
        }
    }

    @Test
    void everyWordOfTheConfusionViewAndThePresetComesFromTheBundlesInKorean() throws Exception {
        try {
            robot.interact(() -> {
                Words.markForTesting(true);
                Words.setLanguage(Language.KOREAN);
                robot.lookup("#batchPresetButton").queryButton().fire();
            });
            oneEpoch();
            robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.CONFUSION));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                robot.interact(tab::refreshNow);
                return tab.views().confusion().views().stream().allMatch(v -> v.train() != null);
            });
            var view = tab.views().confusion().views().get(2);
            robot.moveTo(view.localToScreen(view.cellCentre(1, 0, 0)));
            WaitForAsyncUtils.waitForFxEvents();
            var shown = new ArrayList<NetworkTabWordsUiTest.Shown>();
            robot.interact(() -> {
                tab.refreshNow();
                NetworkTabWordsUiTest.walk(tab, shown);
                for (var v : tab.views().confusion().views()) {
                    v.words().forEach(w -> shown.add(new NetworkTabWordsUiTest.Shown("confusion canvas", w)));
                }
            });
            var unmarked = new ArrayList<String>();
            shown.forEach(s -> NetworkTabWordsUiTest.check(s.text(), s.where(), unmarked));
            assertEquals(List.of(), unmarked, "words typed in code, not taken from a bundle");
            var texts = shown.stream().map(NetworkTabWordsUiTest.Shown::text).filter(t -> t != null).toList();
            for (String key : List.of("confusion.view", "confusion.axis.actual", "confusion.axis.predicted",
                    "confusion.preset.batch")) {
                assertTrue(texts.contains(Words.get(key)), "the walk did not reach " + Words.get(key));
            }
            assertTrue(texts.stream().anyMatch(t -> t.contains("확률적")), "the stochastic run named in Korean");
            assertTrue(texts.stream().anyMatch(t -> t.contains("개를 클래스")), "the readout in Korean: " + texts);
        } finally {
            robot.interact(() -> {
                Words.markForTesting(false);
                Words.setLanguage(Language.ENGLISH);
            });
        }
    }

    private void oneEpoch() throws Exception {
        int before = model.epoch();
        robot.interact(model::oneEpoch);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.epoch() == before + 1 && model.idle());
    }
}
