package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The seed script end to end: 1000 points in 10 clusters, 2-128-10 sigmoid network, Adam (lr 0.001), batch 32,
 * shuffled, 1000 epochs. numpy/TensorFlow reach about 90.5 % on their own data; on this generator's seed-0 data the
 * fast path reaches 92.4 % in the last epoch (91.9 % when the final parameters are evaluated), measured when this
 * test was written. The bar is set at 85 % so that the test checks learning, not one exact trajectory.
 */
class SeedProtocolTrainingTest {

    // Expected numbers re-derived independently by tools/expected/seed_protocol.py (see tools/README.md).

    @Test
    void seedSettingsReachHighAccuracyAndTrainBitIdenticallyTwice() {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings settings = TrainingSettings.seedDefaults();

        var first = new Trainer(settings, data);
        EpochMetrics last = first.runToEnd().get(999);
        var second = new Trainer(settings, data);
        second.runToEnd();

        assertTrue(last.accuracy() >= 85, "last epoch accuracy " + last.accuracy());
        Evaluation end = Evaluation.of(first.parameters(), settings.activation(), data);
        assertTrue(end.accuracy() >= 85, "final accuracy " + end.accuracy());
        assertTrue(last.loss() < 0.35, "last epoch loss " + last.loss());
        assertArrayEquals(first.parameters().values(), second.parameters().values());
    }
}
