package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GlorotUniformTest {

    private static final NetworkShape SEED_SHAPE = new NetworkShape(2, 128, 10);

    @Test
    void limitIsSqrtSixOverFanInPlusFanOut() {
        // √(6/130) and √(6/138) for the seed's two layers, by hand.
        assertEquals(0.21483446221182986, GlorotUniform.limit(2, 128), 1e-15);
        assertEquals(0.20851441405707477, GlorotUniform.limit(128, 10), 1e-15);
    }

    @Test
    void weightsStayWithinTheirLayersLimitAndFillIt() {
        Parameters p = GlorotUniform.initialize(SEED_SHAPE, 7);
        assertSpansLimit(p.hiddenWeights(), Math.sqrt(6.0 / 130));
        assertSpansLimit(p.outputWeights(), Math.sqrt(6.0 / 138));
    }

    @Test
    void weightsHaveTheUniformDistributionsMeanAndVariance() {
        double[] w = GlorotUniform.initialize(new NetworkShape(2, 4000, 10), 3).hiddenWeights();
        double limit = Math.sqrt(6.0 / 4002);
        double mean = Arrays.stream(w).average().orElseThrow();
        double variance = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        // Uniform on [−L, L]: mean 0, variance L²/3; 8000 draws put both within a few percent.
        assertEquals(0, mean, 0.05 * limit);
        assertEquals(limit * limit / 3, variance, 0.05 * limit * limit / 3);
    }

    @Test
    void biasesStartAtZero() {
        Parameters p = GlorotUniform.initialize(SEED_SHAPE, 7);
        assertTrue(Arrays.stream(p.hiddenBias()).allMatch(b -> b == 0));
        assertTrue(Arrays.stream(p.outputBias()).allMatch(b -> b == 0));
    }

    @Test
    void sameSeedGivesTheSameParametersAndAnotherSeedOthers() {
        assertEquals(GlorotUniform.initialize(SEED_SHAPE, 11), GlorotUniform.initialize(SEED_SHAPE, 11));
        assertFalse(GlorotUniform.initialize(SEED_SHAPE, 11).equals(GlorotUniform.initialize(SEED_SHAPE, 12)));
    }

    @Test
    void aDeeperNetworkStartsWithTheSameFirstLayerAndDrawsEachLayerWithinItsOwnLimit() {
        var deep = new NetworkShape(2, 128, 10, 3);
        Parameters p = GlorotUniform.initialize(deep, 7);
        // One Random, layer after layer: the first layer's draws are the one-layer network's W_h.
        assertTrue(Arrays.equals(GlorotUniform.initialize(SEED_SHAPE, 7).hiddenWeights(), p.weights(0)));
        assertSpansLimit(p.weights(1), Math.sqrt(6.0 / 256));
        assertSpansLimit(p.weights(2), Math.sqrt(6.0 / 256));
        assertSpansLimit(p.weights(3), Math.sqrt(6.0 / 138));
        for (int l = 0; l < deep.layers(); l++) {
            assertTrue(Arrays.stream(p.bias(l)).allMatch(b -> b == 0), "bias of layer " + l);
        }
        // The layers are not copies of one another: each continues the same stream.
        assertFalse(Arrays.equals(p.weights(1), p.weights(2)));
    }

    @Test
    void oneHiddenLayerDrawsWhThenWoFromOneStream() {
        // The order before networks had depth, written out: 256 draws for W_h, then 1280 for W_o.
        var random = new java.util.Random(5);
        Parameters p = GlorotUniform.initialize(SEED_SHAPE, 5);
        double[] wh = p.hiddenWeights();
        double[] wo = p.outputWeights();
        for (double w : wh) {
            assertEquals(Math.sqrt(6.0 / 130) * (2 * random.nextDouble() - 1), w, 0.0);
        }
        for (double w : wo) {
            assertEquals(Math.sqrt(6.0 / 138) * (2 * random.nextDouble() - 1), w, 0.0);
        }
    }

    private static void assertSpansLimit(double[] weights, double limit) {
        double largest = Arrays.stream(weights).map(Math::abs).max().orElseThrow();
        assertTrue(largest <= limit, "weight " + largest + " beyond " + limit);
        assertTrue(largest > 0.95 * limit, "weights only reach " + largest + " of " + limit);
        assertTrue(Arrays.stream(weights).anyMatch(w -> w < 0) && Arrays.stream(weights).anyMatch(w -> w > 0));
    }
}
