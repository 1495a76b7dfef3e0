package org.descentlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.descentlab.core.landscape.Directions;
import org.descentlab.core.landscape.Landscape;
import org.descentlab.core.landscape.LandscapePlan;
import org.descentlab.core.landscape.LandscapeRequest;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.NetworkShape;
import org.junit.jupiter.api.Test;

class LandscapeComputationTest {

    /** A 2-16-3 network on 300 generated points, 9 × 9 samples: quick, and more rows than threads. */
    private static LandscapeRequest request() {
        var data = GaussianClusters.generate(new ClusterSettings(3, 100, 1.0, 4, 5, 0));
        var theta = GlorotUniform.initialize(new NetworkShape(2, 16, 3), 1);
        return new LandscapeRequest(data, theta, Activation.RELU, null, Directions.RANDOM, 9, 0.75, 2);
    }

    private static boolean helpersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("landscape-") && t.isAlive());
    }

    @Test
    void rowsSharedBetweenThreadsGiveTheSameValuesAsOneThread() {
        Landscape alone = LandscapePlan.of(request()).compute(rows -> { }, () -> false);
        for (int threads : new int[] {1, 2, 3}) {
            Landscape shared = LandscapeComputation.compute(request(), threads, f -> { }, () -> false).orElseThrow();
            for (int j = 0; j < 9; j++) {
                for (int i = 0; i < 9; i++) {
                    assertEquals(alone.value(i, j), shared.value(i, j), 0.0,
                            threads + " threads, sample (" + i + ", " + j + ")");
                }
            }
        }
        assertFalse(helpersAlive(), "every helper has ended when the result is returned");
    }

    @Test
    void progressRisesToOne() {
        List<Double> reported = new ArrayList<>();

        LandscapeComputation.compute(request(), 2, reported::add, () -> false).orElseThrow();

        assertFalse(reported.isEmpty());
        for (int k = 1; k < reported.size(); k++) {
            assertTrue(reported.get(k) >= reported.get(k - 1), "progress went back: " + reported);
        }
        assertEquals(1.0, reported.get(reported.size() - 1));
    }

    @Test
    void aCancelledComputationStopsEveryThreadAndGivesNothing() {
        var asked = new AtomicInteger();

        var result = LandscapeComputation.compute(request(), 2, f -> { }, () -> asked.incrementAndGet() > 1);

        assertTrue(result.isEmpty());
        assertEquals(2, asked.get(), "asked before the first row and stopped at the second question");
        assertFalse(helpersAlive());
    }

    @Test
    void noThreadIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LandscapeComputation.compute(request(), 0, f -> { }, () -> false));
    }
}
