package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.Evaluation;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.session.TrainingSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network tab's logic, without the JavaFX toolkit. */
class NetworkTabModelTest {

    @TempDir
    Path dir;

    private final NetworkTabModel model = new NetworkTabModel();

    @AfterEach
    void stopWorkers() {
        model.close();
    }

    static Path fixture(Path dir, String name) throws IOException {
        try (InputStream in = NetworkTabModelTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    @Test
    void opensWithTheSeedScriptsSettings() {
        var c = model.clustersProperty().get();
        assertEquals(List.of(10, 100, 1.0, 0L), List.of(c.clusters(), c.pointsPerCluster(), c.spread(), c.seed()));
        var s = model.settings();
        assertEquals(128, s.hidden());
        assertEquals(Activation.SIGMOID, s.activation());
        assertEquals("adam", s.optimizer().id());
        assertEquals(0.001, s.hyperparameters().get("lr"), 0);
        assertEquals(32, s.batchSize());
        assertEquals(1000, s.epochs());
        assertEquals(1000, model.dataset().size());
    }

    @Test
    void theSeedsParametersOnTheSeedsDataScoreEightyNinePointSixPercent() throws IOException {
        assertTrue(model.loadDataset(fixture(dir, "ch2_dataset.npz")).isEmpty());
        assertTrue(model.loadParameters(fixture(dir, "ch2_parameters.npz")).isEmpty());
        var e = Evaluation.of(model.parameters(), model.settings().activation(), model.dataset());
        assertEquals(89.6, e.accuracy(), 1e-9);
        assertEquals(0.255548, e.loss(), 5e-7);
    }

    @Test
    void aCorruptFileIsRefusedAndNothingChanges() throws IOException {
        var data = model.dataset();
        var parameters = model.parameters();
        Path corrupt = dir.resolve("broken.npz");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0, 0, 7});
        String problem = model.loadParameters(corrupt).orElseThrow().message();
        assertNotNull(problem);
        assertTrue(problem.startsWith("broken.npz: "), problem);
        assertTrue(model.loadDataset(corrupt).isPresent());
        assertSame(data, model.dataset());
        assertArrayEquals(parameters.values(), model.parameters().values());
    }

    @Test
    void parametersOfAnotherClassCountAreRefused() throws IOException {
        assertTrue(model.regenerate(4, 50, 1, 0, 0).isEmpty());
        String problem = model.loadParameters(fixture(dir, "ch2_parameters.npz")).orElseThrow().message();
        assertTrue(problem.contains("10 outputs but the data has 4 classes"), problem);
    }

    @Test
    void aValidationSplitNeverTakesAClassesLastTrainingPoint() {
        // Three classes of one point each with half held out: every point must stay in training.
        assertTrue(model.regenerate(3, 1, 1, 0, 0.5).isEmpty());
        assertEquals(3, model.split().train().size());
        assertEquals(0, model.split().validation().size());
        assertEquals(0, model.poll(0), "runs exist and can be polled");
    }

    @Test
    void aDatasetWithANonNumberIsRefusedAndNothingChanges() throws IOException {
        Path bad = dir.resolve("nan.npz");
        // Written array by array: the dataset writer itself refuses NaN now.
        var arrays = new java.util.LinkedHashMap<String, org.descentlab.core.io.NpyArray>();
        arrays.put("inputs", org.descentlab.core.io.NpyArray.float32(new double[] {0, 0, 1, Double.NaN, 2, 2}, 3, 2));
        arrays.put("labels", org.descentlab.core.io.NpyArray.int64(new long[] {0, 1, 1}, 3));
        org.descentlab.core.io.NpzFile.write(bad, arrays, org.descentlab.core.io.NpzCompression.DEFLATED);
        var data = model.dataset();
        String problem = model.loadDataset(bad).orElseThrow().message();
        assertNotNull(problem);
        assertTrue(problem.startsWith("nan.npz: 'inputs' holds NaN"), problem);
        assertSame(data, model.dataset());
    }

    /** Trains every run to its epoch count and waits for their workers to end. */
    private void trainToTheEnd() {
        model.train();
        for (var run : model.runs()) {
            assertTrue(run.session().awaitEnd(60_000), "the worker ended");
        }
        model.poll(System.nanoTime());
    }

    /** Trains {@code epochs} epochs from the weights on show, as a separate trainer with {@code settings}. */
    private double[] trainedApart(TrainingSettings settings, Parameters start, int epochs) {
        var trainer = new Trainer(settings, model.split(), start);
        trainer.run(epochs);
        return trainer.parameters().values();
    }

    @Test
    void resetStartsAgainFromTheSameInitialWeights() {
        var initial = model.parameters().values().clone();
        assertTrue(model.setEpochs(1).isEmpty());
        trainToTheEnd();
        assertEquals(1, model.epoch());
        model.reset();
        assertArrayEquals(initial, model.parameters().values());
    }

    @Test
    void aNewBatchSizeKeepsTheEpochsAndTheWeightsAndTrainsOnFromThem() {
        assertTrue(model.setEpochs(3).isEmpty());
        trainToTheEnd();
        var run = model.run();
        var afterThree = model.parameters();
        assertTrue(model.setBatchSize(8).isEmpty());
        assertSame(run, model.run());
        assertEquals(3, model.epoch());
        assertArrayEquals(afterThree.values(), model.parameters().values());

        assertTrue(model.setEpochs(4).isEmpty());
        trainToTheEnd();
        assertEquals(4, model.epoch());
        assertEquals(List.of(1, 2, 3, 4), run.history().stream().map(EpochMetrics::epoch).toList());
        assertArrayEquals(trainedApart(model.settings(), afterThree, 1), model.parameters().values(),
                "the fourth epoch is one epoch in batches of 8 from the weights after three");
    }

    @Test
    void anotherOptimizerKeepsTheWeightsAndStartsWithAFreshState() {
        assertTrue(model.setEpochs(3).isEmpty());
        trainToTheEnd();
        var run = model.run();
        var afterThree = model.parameters();
        assertTrue(model.setOptimizer(OptimizerRegistry.find("gd").orElseThrow()).isEmpty());
        assertSame(run, model.run());
        assertEquals(3, model.epoch());
        assertArrayEquals(afterThree.values(), model.parameters().values());

        var momentum = OptimizerRegistry.find("momentum").orElseThrow();
        assertTrue(model.setOptimizer(momentum).isEmpty());
        assertTrue(model.setEpochs(5).isEmpty());
        trainToTheEnd();
        assertEquals(5, model.epoch());
        assertArrayEquals(trainedApart(model.settings(), afterThree, 2), model.parameters().values(),
                "two epochs of Momentum from the weights after three, its velocity starting at zero");
    }

    @Test
    void aRaisedEpochCountTrainsOnExactlyAsOneUninterruptedRun() {
        var start = model.parameters();
        assertTrue(model.setEpochs(2).isEmpty());
        trainToTheEnd();
        assertTrue(model.finishedProperty().get());
        assertTrue(model.setEpochs(4).isEmpty());
        assertFalse(model.finishedProperty().get(), "a higher count is more to train");
        assertEquals(2, model.epoch());
        trainToTheEnd();
        assertEquals(4, model.epoch());
        // Adam's moments and step count went on: the same bits as four epochs in one go.
        assertArrayEquals(trainedApart(model.settings(), start, 4), model.parameters().values());
    }

    @Test
    void trainAfterTheLastEpochTrainsFurtherFromTheCurrentWeights() {
        assertTrue(model.setEpochs(2).isEmpty());
        trainToTheEnd();
        var run = model.run();
        var afterTwo = model.parameters().values();
        model.train();
        assertEquals(4, model.scene().training().epochs(), "the count chosen, again");
        assertSame(run, model.run());
        assertArrayEquals(afterTwo, model.parameters().values());
        for (var r : model.runs()) {
            assertTrue(r.session().awaitEnd(60_000));
        }
        model.poll(System.nanoTime());
        assertEquals(4, model.epoch());
        model.train();
        assertEquals(6, model.scene().training().epochs(), "the count chosen again, not doubled");
        for (var r : model.runs()) {
            assertTrue(r.session().awaitEnd(60_000));
        }
    }

    @Test
    void oneEpochAfterTheLastTrainsExactlyOneMore() {
        assertTrue(model.setEpochs(1).isEmpty());
        trainToTheEnd();
        model.oneEpoch();
        assertEquals(2, model.scene().training().epochs());
        assertTrue(model.run().session().awaitEnd(60_000));
        model.poll(System.nanoTime());
        assertEquals(2, model.epoch());
    }

    @Test
    void aNewHiddenLayerStartsOverFromTheInitialWeights() {
        var initial = model.parameters().values().clone();
        assertTrue(model.setEpochs(1).isEmpty());
        trainToTheEnd();
        var run = model.run();
        assertTrue(model.setNetwork(128, Activation.SIGMOID, 0).isEmpty(), "the same network again");
        assertSame(run, model.run(), "no change, no restart");
        assertTrue(model.setNetwork(64, Activation.SIGMOID, 0).isEmpty());
        assertTrue(run != model.run());
        assertEquals(0, model.epoch());
        assertEquals(0, model.trainedEpochs());
        assertTrue(initial.length != model.parameters().values().length);
    }

    /** {@code real}, whose every batch waits until {@code gate} opens. */
    static TrainingSession.Steps gated(TrainingSession.Steps real, CountDownLatch gate) {
        return new org.descentlab.session.InterceptedSteps(real, index -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void theModelIsIdleOnlyWhenNothingMoreIsToCome() {
        var gate = new CountDownLatch(1);
        model.useSessions(steps -> new TrainingSession(gated(steps, gate)));
        assertTrue(model.setEpochs(1).isEmpty());
        model.reset();
        model.poll(System.nanoTime());
        assertTrue(model.idle(), "a new, paused run");
        model.oneEpoch();
        model.poll(System.nanoTime());
        assertFalse(model.idle(), "an epoch was asked for and is not done");
        gate.countDown();
        assertTrue(model.run().session().awaitEnd(60_000));
        model.poll(System.nanoTime());
        assertTrue(model.idle(), "the epoch is done and taken");
        assertEquals(1, model.epoch());
    }

    @Test
    void theModelIsNotIdleWhileTraining() {
        var gate = new CountDownLatch(1);
        model.useSessions(steps -> new TrainingSession(gated(steps, gate)));
        model.reset();
        model.train();
        model.poll(System.nanoTime());
        assertFalse(model.idle());
        gate.countDown();
    }

    @Test
    void badDataSettingsAreRefusedAndTheDataStay() {
        var data = model.dataset();
        assertTrue(model.regenerate(1, 100, 1, 0, 0).isPresent());
        assertTrue(model.regenerate(10, 100, -1, 0, 0).isPresent());
        assertTrue(model.regenerate(10, 100, 1, 0, 0.95).isPresent());
        assertSame(data, model.dataset());
        assertTrue(model.setNetwork(0, Activation.TANH, 0).isPresent());
        assertTrue(model.setHyperparameter("lr", 1e3).isPresent());
        assertEquals(0.001, model.settings().hyperparameters().get("lr"), 0);
    }

    @Test
    void aComparisonStartsEveryRunFromTheSameWeights() {
        var entries = OptimizerRegistry.all().stream().limit(3)
                .map(t -> new ComparisonRun(t.name(), t, t.defaults())).toList();
        assertTrue(model.compare(entries).isEmpty());
        assertEquals(3, model.runs().size());
        var first = model.runs().get(0).parameters().values();
        model.runs().forEach(r -> assertArrayEquals(first, r.parameters().values()));
        assertTrue(model.compare(entries.subList(0, 1)).isPresent());
        model.stopComparing();
        assertEquals(1, model.runs().size());
    }

    @Test
    void comparedRunsTrainWithTheirOwnBatchSizeActivationAndPenaltyFromTheSameWeights() {
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        var adam = OptimizerRegistry.find("adam").orElseThrow();
        var full = org.descentlab.core.scene.NetworkLimits.FULL_BATCH;
        var base = model.scene().withData(new org.descentlab.core.scene.DataSetup(null, 3, 20, 1, 2, 0));
        var scene = base.withTraining(base.training().withEpochs(2)).withComparison(List.of(
                new ComparisonRun("SGD", gd, gd.defaults().with("lr", 0.1)).withBatchSize(1),
                new ComparisonRun("full, ReLU", gd, gd.defaults().with("lr", 0.1)).withBatchSize(full)
                        .withActivation(Activation.RELU),
                new ComparisonRun("Adam + L2", adam, adam.defaults()).withL2(0.05)));
        assertTrue(model.apply(scene, null).isEmpty());
        var runs = model.runs();
        assertEquals(List.of(1, full, 32), runs.stream().map(r -> r.settings().batchSize()).toList());
        assertEquals(List.of(Activation.SIGMOID, Activation.RELU, Activation.SIGMOID),
                runs.stream().map(r -> r.settings().activation()).toList());
        assertEquals(List.of(0.0, 0.0, 0.05), runs.stream().map(r -> r.settings().l2()).toList());
        var start = model.parameters();
        runs.forEach(r -> assertArrayEquals(start.values(), r.parameters().values()));

        trainToTheEnd();
        for (var run : runs) {
            assertEquals(2, run.epoch(), run.label());
            assertArrayEquals(trainedApart(run.settings(), start, 2), run.parameters().values(), run.label());
        }
        var relu = runs.get(1).parameters();
        assertEquals(Activation.RELU, model.activationOf(relu));
        assertEquals(org.descentlab.core.nn.Predictions.of(relu, Activation.RELU, model.split().train()).loss(),
                model.predictions(relu).loss(), 0);
    }

    @Test
    void anL2PenaltyAppliesToTheRunsWithoutTheirOwn() {
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        assertTrue(model.compare(List.of(new ComparisonRun("GD", gd, gd.defaults()),
                new ComparisonRun("GD, no L2", gd, gd.defaults()).withL2(0.0))).isEmpty());
        var runs = List.copyOf(model.runs());
        assertTrue(model.setL2(0.2).isEmpty());
        assertEquals(runs, model.runs(), "the runs train on");
        assertEquals(0.2, model.scene().training().l2());
        assertEquals(List.of(0.2, 0.0), model.runs().stream().map(r -> r.settings().l2()).toList());
        assertTrue(model.setL2(3).isPresent());
        assertEquals(0.2, model.scene().training().l2());
    }

    @Test
    void theSceneOnShowIsTheSceneApplied() {
        var rms = OptimizerRegistry.find("rmsprop").orElseThrow();
        var scene = org.descentlab.core.scene.NetworkScene.defaults()
                .withData(new org.descentlab.core.scene.DataSetup(null, 4, 30, 0.5, 3, 0.2))
                .withNetwork(new org.descentlab.core.scene.NetworkSetup(20, Activation.TANH, 9, null))
                .withTraining(new org.descentlab.core.scene.TrainingSetup(rms, rms.defaults().with("lr", 0.02), 8, 40,
                        false, 4, 5));
        assertTrue(model.apply(scene, null).isEmpty());
        assertEquals(scene, model.scene());
        assertEquals(20, model.settings().hidden());
        assertEquals(96, model.split().train().size()); // 30 − 6 per class
        assertEquals(24, model.split().validation().size());
    }

    @Test
    void aSceneWhoseFileIsMissingIsRefusedAndNothingChanges() {
        var before = model.scene();
        var run = model.runs().get(0);
        var scene = before.withData(before.data().withFile(dir.resolve("gone.npz").toString()));
        var problem = model.apply(scene, null);
        assertTrue(problem.isPresent());
        assertTrue(problem.get().message().contains("gone.npz"), problem.get().message());
        assertEquals(before, model.scene());
        assertSame(run, model.runs().get(0));
    }

    @Test
    void aLoadedDatasetIsPartOfTheScene() throws IOException {
        Path file = fixture(dir, "ch2_dataset.npz");
        assertTrue(model.loadDataset(file).isEmpty());
        assertEquals(file.toAbsolutePath().toString(), model.scene().data().file());
    }

    @Test
    void theWindowTakesExactlyTheDeclaredLimits() {
        var clusters = org.descentlab.core.scene.NetworkLimits.CLUSTERS;
        assertTrue(model.regenerate((int) clusters.max(), 2, 1, 0, 0).isEmpty());
        assertTrue(model.regenerate((int) clusters.max() + 1, 2, 1, 0, 0).isPresent());
        var hidden = org.descentlab.core.scene.NetworkLimits.HIDDEN;
        assertTrue(model.setNetwork((int) hidden.max() + 1, Activation.RELU, 0).isPresent());
    }

    @Test
    void aHyperparameterChangeKeepsTheRunningSessions() {
        var run = model.runs().get(0);
        assertTrue(model.setHyperparameter("lr", 0.01).isEmpty());
        assertSame(run, model.runs().get(0));
        assertEquals(0.01, model.scene().training().hyperparameters().get("lr"), 0);
        assertTrue(model.setEpochs(50).isEmpty());
        assertSame(run, model.runs().get(0), "a new epoch count trains on");
    }
}
