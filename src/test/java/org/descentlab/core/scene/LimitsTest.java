package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void aLimitAcceptsItsBoundsAndRefusesJustOutside() {
        var clusters = NetworkLimits.CLUSTERS;
        assertTrue(clusters.accepts(2) && clusters.accepts(50));
        assertEquals("Clusters (data.x) must be a whole number from 2 to 50, got 51",
                clusters.problemWith(51, "data.x").message());
        assertNotNull(clusters.problemWith(1, "x"));
        assertNotNull(clusters.problemWith(2.5, "x"));
        assertNotNull(clusters.problemWith(Double.NaN, "x"));
        assertNull(NetworkLimits.SPREAD.problemWith(0.25, "x"));
    }

    @Test
    void typedTextIsParsedOrRefusedWithTheSettingsName() {
        assertEquals(300, NetworkLimits.HIDDEN.parse(" 300 ", "--hidden"));
        var e = assertThrows(SettingException.class, () -> NetworkLimits.HIDDEN.parse("NaN", "--hidden"));
        assertEquals("Hidden units (--hidden): 'NaN' is not a number", e.getMessage());
        assertEquals("--hidden", e.problem().field());
    }

    @Test
    void everyDefaultIsInsideItsOwnRange() {
        for (Limit limit : List.copyOf(NetworkLimits.all())) {
            assertTrue(limit.accepts(limit.defaultValue()), limit.key());
        }
        for (Limit limit : SurfaceLimits.all()) {
            assertTrue(limit.accepts(limit.defaultValue()), limit.key());
        }
    }

    @Test
    void theSeedRunNeedsAFewMegabytes() {
        // 1000 points, batch 32, H 128, k 10: kernels (32 + 256) × (16·128 + 16·10 + 32) = 288 × 2240 = 645,120 bytes, data
        // 24,000, parameters 48 × (384 + 1290) = 80,352: 749,472 bytes in all, worked out by hand.
        assertEquals(749_472, NetworkLimits.trainingBytes(1000, 128, 10, 32));
    }

    @Test
    void aFullBatchOfTheLargestDataThroughTheWidestNetworkIsRefusedBeforeAnyAllocation() {
        long gigabytes4 = 4L << 30;
        var problem = NetworkLimits.memoryProblem(500_000, 1024, 50, NetworkLimits.FULL_BATCH, 1, gigabytes4);
        assertNotNull(problem);
        assertTrue(problem.message().contains("full batches of 500000 points"), problem.message());
        assertNull(NetworkLimits.memoryProblem(500_000, 1024, 50, 32, 1, gigabytes4));
    }

    @Test
    void preparingAnOversizedSceneThrowsInsteadOfAllocating() {
        var scene = NetworkScene.defaults().withData(new DataSetup(null, 50, 10_000, 1, 0, 0))
                .withNetwork(new NetworkSetup(1024, org.descentlab.core.nn.Activation.RELU, 0, null));
        var t = scene.training();
        var full = scene.withTraining(new TrainingSetup(t.optimizer(), t.hyperparameters(), NetworkLimits.FULL_BATCH,
                1, true, 1, 0));
        var e = assertThrows(SettingException.class, () -> PreparedNetwork.prepare(full, Path.of("."), 1L << 30));
        assertTrue(e.getMessage().startsWith("Not enough memory"), e.getMessage());
    }

    @Test
    void theLargestDeclaredDatasetFitsTheClassLimit() {
        assertEquals(50, NetworkLimits.MAX_CLASSES);
        assertEquals(500_000, NetworkLimits.MAX_POINTS);
    }
}
