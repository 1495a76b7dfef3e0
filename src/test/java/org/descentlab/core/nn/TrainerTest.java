package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Nesterov;
import org.descentlab.core.optim.Optimizer;
import org.junit.jupiter.api.Test;

/**
 * The trainer's bookkeeping, checked against straightforward double-precision re-computations written here: plain
 * gradient descent and the registry's NAG driven by {@link ReferenceNetwork}, batch by batch.
 */
class TrainerTest {

    /** Five points of three classes: batches of 3 and 2 when B = 3. */
    private static final Dataset FIVE = new Dataset(
            new double[] {1.5, 2.0, -2.5, 0.5, 0.3, -3.1, 2.2, -1.4, -1.7, 2.6}, new int[] {0, 1, 2, 0, 1}, 3);

    private static TrainingSettings gd(double lr, int batch) {
        return new TrainingSettings(8, Activation.SIGMOID, GradientDescent.TYPE,
                GradientDescent.TYPE.defaults().with("lr", lr), batch, false, 10, 4L, 0L);
    }

    @Test
    void epochLossIsThePerPointMeanOfEachBatchsLossBeforeItsUpdate() {
        TrainingSettings settings = gd(2.0, 3);
        var trainer = new Trainer(settings, FIVE);
        NetworkShape shape = settings.shape(3);
        var reference = new ReferenceNetwork(shape, Activation.SIGMOID);
        double[] p0 = GlorotUniform.initialize(shape, 4).values();
        int[] first = {0, 1, 2};
        int[] second = {3, 4};

        // Plain gradient descent by hand: p1 = p0 − η∇L₁(p0), p2 = p1 − η∇L₂(p1).
        double[] g = new double[p0.length];
        double loss1 = reference.lossAndGradient(p0, FIVE, first, g);
        double[] p1 = minus(p0, 2.0, g);
        double loss2 = reference.lossAndGradient(p1, FIVE, second, g);
        double[] p2 = minus(p1, 2.0, g);
        double expected = (3 * loss1 + 2 * loss2) / 5;

        EpochMetrics metrics = trainer.stepEpoch();

        assertEquals(expected, metrics.loss(), 1e-5);
        assertArrayEquals(p2, trainer.parameters().values(), 1e-5);
        // The check can tell the right answer from the plausible wrong ones.
        assertTrue(Math.abs((loss1 + loss2) / 2 - expected) > 1e-3, "batch-mean weighting indistinguishable");
        double after = reference.lossAndGradient(p2, FIVE, null);
        assertTrue(Math.abs(after - expected) > 1e-3, "end-of-epoch loss indistinguishable");
    }

    @Test
    void epochAccuracyCountsEachPointWithTheParametersBeforeItsBatchsUpdate() {
        TrainingSettings settings = gd(2.0, 3);
        NetworkShape shape = settings.shape(3);
        var reference = new ReferenceNetwork(shape, Activation.SIGMOID);
        double[] p0 = GlorotUniform.initialize(shape, 4).values();
        double[] g = new double[p0.length];
        reference.lossAndGradient(p0, FIVE, new int[] {0, 1, 2}, g);
        double[] p1 = minus(p0, 2.0, g);
        int hits = 0;
        for (int i = 0; i < 5; i++) {
            double[] probabilities = new double[3];
            reference.probabilities(i < 3 ? p0 : p1, FIVE.x(i), FIVE.y(i), probabilities);
            hits += ReferenceNetwork.argMax(probabilities) == FIVE.labels()[i] ? 1 : 0;
        }

        EpochMetrics metrics = new Trainer(settings, FIVE).stepEpoch();

        assertEquals(100.0 * hits / 5, metrics.accuracy(), 1e-12);
    }

    @Test
    void nesterovsEpochLossIsMeasuredAtTheCurrentPointNotTheLookAhead() {
        var values = Nesterov.TYPE.defaults().with("lr", 0.5).with("momentum", 0.9);
        var settings = new TrainingSettings(8, Activation.TANH, Nesterov.TYPE, values, 2, false, 2, 4L, 0L);
        Dataset six = new Dataset(Arrays.copyOf(new double[] {1.5, 2.0, -2.5, 0.5, 0.3, -3.1, 2.2, -1.4, -1.7, 2.6,
            0.4, 0.9}, 12), new int[] {0, 1, 2, 0, 1, 2}, 3);
        NetworkShape shape = settings.shape(3);
        var reference = new ReferenceNetwork(shape, Activation.TANH);
        double[] p = GlorotUniform.initialize(shape, 4).values();
        Optimizer nag = Nesterov.TYPE.create(values);
        double[] atCurrent = new double[2];
        double[] atLookAhead = new double[2];
        for (int epoch = 0; epoch < 2; epoch++) {
            for (int from = 0; from < 6; from += 2) {
                int[] batch = {from, from + 1};
                atCurrent[epoch] += 2 * reference.lossAndGradient(p, six, batch, null) / 6;
                int e = epoch;
                nag.step(p, (point, out) -> atLookAhead[e] += 2 * reference.lossAndGradient(point, six, batch, out)
                        / 6);
            }
        }

        var trainer = new Trainer(settings, six);
        List<EpochMetrics> metrics = trainer.run(2);

        assertEquals(atCurrent[1], metrics.get(1).loss(), 1e-4);
        assertTrue(Math.abs(atLookAhead[1] - atCurrent[1]) > 1e-2, "look-ahead loss indistinguishable");
        assertArrayEquals(p, trainer.parameters().values(), 1e-4);
    }

    @Test
    void fullBatchWithoutShufflingIsOneGradientDescentStepOnAllPointsPerEpoch() {
        TrainingSettings settings = gd(0.7, TrainingSettings.FULL_BATCH);
        NetworkShape shape = settings.shape(3);
        double[] p = GlorotUniform.initialize(shape, 4).values();
        double[] g = new double[p.length];
        new ReferenceNetwork(shape, Activation.SIGMOID).lossAndGradient(p, FIVE, g);

        var trainer = new Trainer(settings, FIVE);
        trainer.stepEpoch();

        assertEquals(1, trainer.batchesPerEpoch());
        assertArrayEquals(minus(p, 0.7, g), trainer.parameters().values(), 1e-6);
    }

    @Test
    void batchesPerEpochRoundUpLikeKeras() {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings settings = TrainingSettings.seedDefaults();
        assertEquals(32, new Trainer(settings, data).batchesPerEpoch());
        assertEquals(1000, new Trainer(settings.withBatchSize(1), data).batchesPerEpoch());
        assertEquals(1, new Trainer(settings.withBatchSize(TrainingSettings.FULL_BATCH), data).batchesPerEpoch());
        assertEquals(1, new Trainer(settings.withBatchSize(1000), data).batchesPerEpoch());
    }

    @Test
    void stepBatchReportsMetricsOnlyWhenItCompletesAnEpoch() {
        var trainer = new Trainer(gd(0.1, 2), FIVE);
        assertNull(trainer.stepBatch());
        assertNull(trainer.stepBatch());
        EpochMetrics finished = trainer.stepBatch();
        assertNotNull(finished);
        assertEquals(1, finished.epoch());
        assertEquals(1, trainer.epoch());
        assertEquals(0, trainer.batch());
        assertEquals(3, trainer.steps());
    }

    @Test
    void stepEpochFromTheMiddleFinishesTheCurrentEpoch() {
        var trainer = new Trainer(gd(0.1, 2), FIVE);
        trainer.stepBatch();
        EpochMetrics metrics = trainer.stepEpoch();
        assertEquals(1, metrics.epoch());
        assertEquals(3, trainer.steps());
        List<EpochMetrics> more = trainer.run(3);
        assertEquals(List.of(2, 3, 4), more.stream().map(EpochMetrics::epoch).toList());
    }

    @Test
    void runToEndStopsAtTheSettingsEpochCount() {
        var trainer = new Trainer(gd(0.1, 2).withEpochs(4), FIVE);
        trainer.stepBatch();
        assertEquals(4, trainer.runToEnd().size());
        assertTrue(trainer.isFinished());
        assertEquals(4, trainer.history().size());
    }

    @Test
    void snapshotIsACopyThatLaterTrainingDoesNotChange() {
        var trainer = new Trainer(gd(0.5, 2), FIVE);
        trainer.stepEpoch();
        TrainingSnapshot snapshot = trainer.snapshot();
        double[] before = snapshot.parameters().values().clone();
        trainer.run(2);

        assertArrayEquals(before, snapshot.parameters().values());
        assertEquals(1, snapshot.history().size());
        assertEquals(1, snapshot.epoch());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.history().clear());
        assertFalse(Arrays.equals(before, trainer.parameters().values()));
    }

    @Test
    void validationIsMeasuredAfterTheEpochAtItsFinalParameters() {
        DatasetSplit split = DatasetSplit.stratified(GaussianClusters.generate(new ClusterSettings(3, 30, 1.0, 8.0,
                2L, 0.0)), 0.3, 5);
        var trainer = new Trainer(gd(0.5, 8).withShuffle(true), split);
        EpochMetrics metrics = trainer.stepEpoch();
        Evaluation expected = Evaluation.of(trainer.parameters(), Activation.SIGMOID, split.validation());

        assertTrue(metrics.hasValidation());
        assertEquals(expected.loss(), metrics.validationLoss(), 1e-5);
        assertEquals(expected.accuracy(), metrics.validationAccuracy(), 1e-9);
    }

    @Test
    void withoutValidationTheValidationNumbersAreNaN() {
        EpochMetrics metrics = new Trainer(gd(0.1, 2), FIVE).stepEpoch();
        assertFalse(metrics.hasValidation());
        assertTrue(Double.isNaN(metrics.validationAccuracy()));
    }

    @Test
    void configureChangesTheLearningRateFromTheNextStep() {
        var slow = new Trainer(gd(0.5, TrainingSettings.FULL_BATCH), FIVE);
        var fast = new Trainer(gd(0.5, TrainingSettings.FULL_BATCH), FIVE);
        fast.configure(GradientDescent.TYPE.defaults().with("lr", 1.0));
        double[] start = GlorotUniform.initialize(gd(0.5, 5).shape(3), 4).values();
        slow.stepEpoch();
        fast.stepEpoch();
        // One full-batch step from the same start: the step with twice the rate is twice as long.
        for (int i = 0; i < start.length; i++) {
            assertEquals(2 * (slow.parameters().values()[i] - start[i]), fast.parameters().values()[i] - start[i],
                    1e-9);
        }
        assertEquals(1.0, fast.settings().hyperparameters().get("lr"));
    }

    @Test
    void startParametersOfAnotherShapeAreRejected() {
        var split = new DatasetSplit(FIVE, new Dataset(new double[0], new int[0], 3));
        Parameters wrong = GlorotUniform.initialize(new NetworkShape(2, 9, 3), 1);
        assertThrows(IllegalArgumentException.class, () -> new Trainer(gd(0.1, 2), split, wrong));
    }

    @Test
    void trainingFromGivenParametersStartsThere() {
        var split = new DatasetSplit(FIVE, new Dataset(new double[0], new int[0], 3));
        Parameters start = GlorotUniform.initialize(new NetworkShape(2, 8, 3), 99);
        var trainer = new Trainer(gd(0.1, 2), split, start);
        assertEquals(start, trainer.parameters());
    }

    @Test
    void sameSettingsGiveBitIdenticalParametersAndAnotherShuffleSeedDoesNot() {
        Dataset data = GaussianClusters.generate(new ClusterSettings(4, 25, 1.0, 8.0, 6L, 0.0));
        TrainingSettings settings = TrainingSettings.seedDefaults().withEpochs(15);
        double[] a = trainedValues(settings, data);
        double[] b = trainedValues(settings, data);
        double[] c = trainedValues(settings.withSeeds(settings.initSeed(), 77), data);

        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void withoutShufflingBatchesAreConsecutiveSlicesInDatasetOrder() {
        // Batches {0, 1} and {2, 3, 4} → B = 3 gives {0, 1, 2} then {3, 4}; compare with GD over those slices.
        TrainingSettings settings = gd(1.0, 3);
        NetworkShape shape = settings.shape(3);
        var reference = new ReferenceNetwork(shape, Activation.SIGMOID);
        double[] p = GlorotUniform.initialize(shape, 4).values();
        double[] g = new double[p.length];
        reference.lossAndGradient(p, FIVE, IntStream.range(0, 3).toArray(), g);
        p = minus(p, 1.0, g);

        var trainer = new Trainer(settings, FIVE);
        trainer.stepBatch();

        assertArrayEquals(p, trainer.parameters().values(), 1e-6);
    }

    private static double[] trainedValues(TrainingSettings settings, Dataset data) {
        var trainer = new Trainer(settings, data);
        trainer.runToEnd();
        return trainer.parameters().values();
    }

    private static double[] minus(double[] p, double lr, double[] g) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] - lr * g[i];
        }
        return out;
    }
}
