package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.optim.Adam;
import org.junit.jupiter.api.Test;

/**
 * Early stopping with restored parameters (Keras' {@code restore_best_weights=True}): the watch alone on loss
 * sequences worked out by hand, and whole runs against an independent run of the same settings without early stopping,
 * epoch by epoch.
 */
class EarlyStoppingTest {

    /** A small noisy problem that a wide network overfits: 10 classes × 15 points, σ 2.5, 30 % held out. */
    private static final DatasetSplit NOISY = DatasetSplit.stratified(
            GaussianClusters.generate(new ClusterSettings(10, 15, 2.5, 8.0, 0L, 0.0)), 0.3, 0L);

    private static TrainingSettings overfitting(int patience, int epochs) {
        return new TrainingSettings(128, Activation.SIGMOID, Adam.TYPE, Adam.TYPE.defaults().with("lr", 0.01), 32,
                true, epochs, 0L, 1L).withPatience(patience);
    }

    @Test
    void theWatchStopsAfterPatienceEpochsWithoutAStrictlyLowerLossAndKeepsTheBest() {
        var watch = new EarlyStopping(3, 1);
        double[] losses = {1.0, 0.8, 0.8, 0.9, 0.7, 0.75, 0.7, 0.72};
        boolean[] stops = new boolean[losses.length];
        for (int e = 0; e < losses.length; e++) {
            stops[e] = watch.observe(e + 1, losses[e], new double[] {e + 1});
        }
        // 0.8 again at epoch 3 is no improvement, nor is 0.7 again at epoch 7: the best is epoch 5, the stop 5 + 3.
        assertArrayEquals(new boolean[] {false, false, false, false, false, false, false, true}, stops);
        assertEquals(5, watch.bestEpoch());
        double[] params = {0};
        assertEquals(5, watch.restore(params));
        assertEquals(5, params[0], "the parameters copied at epoch 5");
    }

    @Test
    void aNanNeverImprovesButTheFirstEpochIsKeptAndNeverStops() {
        var watch = new EarlyStopping(1, 1);
        assertFalse(watch.observe(1, Double.NaN, new double[] {1}), "Keras never stops on the first epoch");
        assertEquals(1, watch.bestEpoch(), "the first epoch is kept when nothing is better");
        assertTrue(watch.observe(2, Double.NaN, new double[] {2}));
        double[] params = {0};
        assertEquals(1, watch.restore(params));
        assertEquals(1, params[0]);
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(0, 1));
    }

    /**
     * The parameters a run that stopped early holds are bit for bit those an independent run of the same settings
     * without early stopping had after its epoch of lowest validation loss, and the stop came k epochs after it.
     */
    @Test
    void aStoppedRunHoldsTheParametersOfItsBestEpochAsARunWithoutEarlyStoppingHadThem() {
        int patience = 10;
        var stopping = new Trainer(overfitting(patience, 2000), NOISY);
        var metrics = stopping.runToEnd();
        int stop = metrics.size();
        assertTrue(stopping.stoppedEarly() && stop < 2000, "the run did not stop early: " + stop);

        var plain = new Trainer(overfitting(0, 2000), NOISY);
        List<double[]> after = new ArrayList<>();
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int e = 1; e <= stop; e++) {
            EpochMetrics m = plain.stepEpoch();
            after.add(plain.parameters().values());
            assertEquals(m.validationLoss(), metrics.get(e - 1).validationLoss(), 0, "the runs are the same");
            if (m.validationLoss() < bestLoss) {
                bestLoss = m.validationLoss();
                best = e;
            }
            assertNull(m.kept());
        }
        assertEquals(best + patience, stop, "stopped k epochs after the best");
        assertEquals(best, stopping.bestEpoch());
        assertEquals(new EpochMetrics.Kept(best, true), metrics.get(stop - 1).kept());
        assertArrayEquals(after.get(best - 1), stopping.parameters().values(), 0);
        assertFalse(plain.isFinished());
        assertTrue(stopping.isFinished());
        // The validation loss rose again after the best epoch: overfitting.
        assertTrue(metrics.get(stop - 1).validationLoss() > bestLoss);
    }

    @Test
    void aRunThatReachesItsEpochCountFirstEndsWithItsBestEpochsParameters() {
        var watched = new Trainer(overfitting(1000, 60), NOISY);
        var metrics = watched.runToEnd();
        var plain = new Trainer(overfitting(0, 60), NOISY);
        var plainMetrics = new ArrayList<EpochMetrics>();
        var after = new ArrayList<double[]>();
        while (!plain.isFinished()) {
            plainMetrics.add(plain.stepEpoch());
            after.add(plain.parameters().values());
        }
        int best = 1;
        for (int e = 1; e <= 60; e++) {
            if (plainMetrics.get(e - 1).validationLoss() < plainMetrics.get(best - 1).validationLoss()) {
                best = e;
            }
        }
        assertEquals(60, metrics.size());
        assertFalse(watched.stoppedEarly());
        assertEquals(new EpochMetrics.Kept(best, false), metrics.get(59).kept());
        assertArrayEquals(after.get(best - 1), watched.parameters().values(), 0);
        assertTrue(best < 60, "pick a run whose last epoch is not its best: " + best);
    }

    @Test
    void withoutValidationPointsThePatienceChangesNothing() {
        var train = NOISY.train();
        var watched = new Trainer(overfitting(2, 40), train);
        var plain = new Trainer(overfitting(0, 40), train);
        var metrics = watched.runToEnd();
        plain.runToEnd();
        assertFalse(watched.watchesValidation());
        assertEquals(40, metrics.size());
        assertEquals(0, watched.bestEpoch());
        assertArrayEquals(plain.parameters().values(), watched.parameters().values(), 0);
        assertTrue(metrics.stream().allMatch(m -> m.kept() == null));
    }

    @Test
    void steppingOnAfterAStopTrainsFromTheKeptParametersAndWatchesAfresh() {
        var trainer = new Trainer(overfitting(5, 2000), NOISY);
        trainer.runToEnd();
        int stoppedAt = trainer.epoch();
        double[] kept = trainer.parameters().values();
        var next = trainer.stepEpoch();
        assertFalse(trainer.stoppedEarly());
        assertEquals(stoppedAt + 1, next.epoch());
        assertEquals(stoppedAt + 1, trainer.bestEpoch(), "the first epoch after the stop is the first watched");
        assertFalse(java.util.Arrays.equals(kept, trainer.parameters().values()));
    }
}
