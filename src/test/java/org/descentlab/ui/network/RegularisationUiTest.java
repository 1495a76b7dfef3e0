package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.core.scene.SceneFile;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network tab's dropout and early-stopping controls, headless: they set the scene's values, which scene files
 * keep; a run that stops early holds what an independent trainer of the same settings holds, and the charts mark the
 * kept epoch. The data are the small noisy problem a wide network overfits within some 100 epochs.
 */
@Tag("ui")
class RegularisationUiTest extends NetworkTabFixture {

    @TempDir
    Path dir;

    @BeforeEach
    void noisyDataAWideNetworkNoRegularisation() {
        robot.interact(() -> freshRun(m -> {
            m.regenerate(10, 15, 2.5, 0, 0.3);
            m.setOptimizer(Adam.TYPE);
            m.setHyperparameter("lr", 0.01);
            m.setNetwork(128, Activation.SIGMOID, 0, 1);
            m.setBatchSize(32);
            m.setEpochs(2000);
            m.setRegularisation(0, 0);
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theControlsSetDropoutAndPatienceForTheRunsAndASavedSceneKeepsThem() throws Exception {
        Spinner<Double> dropout = robot.lookup("#dropoutSpinner").queryAs(Spinner.class);
        ChoiceBox<Integer> patience = robot.lookup("#patienceChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            dropout.increment(6);
            patience.setValue(20);
        });
        assertEquals(0.3, model.scene().training().dropout(), 1e-12);
        assertEquals(20, model.scene().training().earlyStopping());
        assertEquals(0.3, model.run().settings().dropout(), 1e-12, "the run trains with it");
        assertEquals(20, model.run().settings().patience());
        assertEquals(Words.format("train.earlyStopping.patience", 20), patience.getConverter().toString(20));

        Path file = dir.resolve("regularised" + SceneFile.EXTENSION);
        SceneFile.write(file, tab.saveInto(org.descentlab.core.scene.Scene.EMPTY));
        robot.interact(() -> model.setRegularisation(0, 0));
        assertEquals(0.0, dropout.getValue(), "the spinner follows the model");
        assertEquals(0, patience.getValue());
        var read = SceneFile.read(file).scene();
        robot.interact(() -> tab.prepare(read, dir).run());
        assertEquals(0.3, dropout.getValue(), 1e-12, "the scene file brought them back");
        assertEquals(20, patience.getValue());
    }

    @Test
    void withoutAValidationSplitANoteSaysEarlyStoppingHasNoEffect() {
        Label note = robot.lookup("#earlyStoppingNote").queryAs(Label.class);
        robot.interact(() -> model.setRegularisation(0, 10));
        assertFalse(note.isVisible(), "there is a validation split");
        robot.interact(() -> model.regenerate(10, 15, 2.5, 0, 0));
        assertTrue(note.isVisible());
        assertEquals(Words.get("train.noValidation"), note.getText());
        robot.interact(() -> model.setRegularisation(0, 0));
        assertFalse(note.isVisible(), "no patience, nothing to say");
    }

    @Test
    void aRunThatStopsEarlyHoldsTheBestEpochsWeightsAndTheChartsMarkIt() throws Exception {
        robot.interact(() -> model.setRegularisation(0.1, 10));
        trainToTheEnd();
        var own = new Trainer(model.settings(), model.split());
        own.runToEnd();
        assertTrue(own.stoppedEarly(), "the independent run stopped early too");
        int best = own.bestEpoch();
        assertEquals(own.epoch(), model.epoch(), "stopped at the same epoch");
        assertArrayEquals(own.parameters().values(), model.parameters().values(), 0, "the kept weights");
        assertEquals(List.of(best), tab.charts().keptMarkers().epochs());
        assertEquals(Words.format("train.chart.kept", best), tab.charts().keptMarkers().label(0));
        var epoch = robot.lookup("#epochFigure").queryAs(Label.class).getText();
        assertTrue(epoch.endsWith(Words.format("train.status.stopped", best)), epoch);
        assertEquals(Words.get("network.button.trainFurther"), robot.lookup("#trainButton").queryButton().getText());

        // One epoch more trains on from the kept weights, watching afresh as a new Keras fit() does: the run ends at
        // its new epoch count with the one epoch it watched as the best.
        robot.interact(model::oneEpoch);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() == own.epoch() + 1 && model.idle());
        robot.interact(tab::refreshNow);
        assertEquals(List.of(own.epoch() + 1), tab.charts().keptMarkers().epochs());
        epoch = robot.lookup("#epochFigure").queryAs(Label.class).getText();
        assertTrue(epoch.endsWith(Words.format("train.status.ended", own.epoch() + 1)), epoch);
        own.stepEpoch();
        assertArrayEquals(own.parameters().values(), model.parameters().values(), 0, "as the trainer stepped on");
    }

    @Test
    void comparedRunsEachStopOnTheirOwn() throws Exception {
        robot.interact(() -> {
            model.setRegularisation(0, 10);
            model.compare(List.of(new ComparisonRun("Adam", Adam.TYPE, Adam.TYPE.defaults().with("lr", 0.01)),
                    new ComparisonRun("GD", GradientDescent.TYPE, GradientDescent.TYPE.defaults().with("lr", 0.5))));
        });
        trainToTheEnd();
        var kept = new ArrayList<Integer>();
        for (int i = 0; i < 2; i++) {
            var run = model.runs().get(i);
            var own = new Trainer(run.settings(), model.split());
            own.runToEnd();
            assertEquals(own.epoch(), run.epoch(), "run " + i + " stopped where its own trainer does");
            assertArrayEquals(own.parameters().values(), run.parameters().values(), 0, "run " + i);
            kept.add(own.bestEpoch()); // stopped early, or reached the epoch count: the best epoch is kept either way
        }
        assertEquals(kept, tab.charts().keptMarkers().epochs());
        assertTrue(model.runs().get(0).epoch() != model.runs().get(1).epoch(), "the runs stopped at different epochs");
    }

    @Test
    void theNewWordsComeFromTheBundlesInKorean() throws Exception {
        try {
            robot.interact(() -> {
                Words.markForTesting(true);
                Words.setLanguage(Language.KOREAN);
                model.setRegularisation(0.2, 10);
            });
            trainToTheEnd();
            var shown = new ArrayList<NetworkTabWordsUiTest.Shown>();
            robot.interact(() -> {
                NetworkTabWordsUiTest.walk(tab, shown);
                shown.add(new NetworkTabWordsUiTest.Shown("kept marker", tab.charts().keptMarkers().label(0)));
            });
            var unmarked = new ArrayList<String>();
            shown.forEach(s -> NetworkTabWordsUiTest.check(s.text(), s.where(), unmarked));
            assertEquals(List.of(), unmarked, "words typed in code, not taken from a bundle");
            var texts = shown.stream().map(NetworkTabWordsUiTest.Shown::text).toList();
            for (String key : List.of("train.dropout", "train.earlyStopping")) {
                assertTrue(texts.contains(Words.get(key)), "the walk did not reach " + key);
            }
        } finally {
            robot.interact(() -> {
                Words.markForTesting(false);
                Words.setLanguage(Language.ENGLISH);
            });
        }
    }

    private void trainToTheEnd() throws Exception {
        robot.interact(model::train);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.finishedProperty().get() && model.idle());
        robot.interact(tab::refreshNow);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
