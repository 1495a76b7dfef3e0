package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The flat layout of the parameter vector, counted by hand. */
class NetworkShapeTest {

    @Test
    void theSeedsShapeKeepsItsLayout() {
        var seed = new NetworkShape(2, 128, 10);
        assertEquals(1, seed.depth());
        // W_h 128×2 = 256, b_h 128, W_o 10×128 = 1280, b_o 10.
        assertEquals(0, seed.hiddenWeightsOffset());
        assertEquals(256, seed.hiddenBiasOffset());
        assertEquals(384, seed.outputWeightsOffset());
        assertEquals(1664, seed.outputBiasOffset());
        assertEquals(1674, seed.parameterCount());
        assertEquals("2-128-10", seed.describe());
    }

    @Test
    void aDeeperNetworkStacksItsLayers() {
        var deep = new NetworkShape(2, 8, 2, 2);
        // W0 8×2 at 0, b0 8 at 16, W1 8×8 at 24, b1 8 at 88, W2 2×8 at 96, b2 2 at 112: 114 in all.
        assertEquals(3, deep.layers());
        assertEquals(24, deep.weightsOffset(1));
        assertEquals(88, deep.biasOffset(1));
        assertEquals(96, deep.outputWeightsOffset());
        assertEquals(112, deep.outputBiasOffset());
        assertEquals(114, deep.parameterCount());
        assertEquals(2, deep.fanIn(0));
        assertEquals(8, deep.fanOut(1));
        assertEquals(2, deep.fanOut(2));
        assertEquals("2-8-8-2", deep.describe());
    }

    @Test
    void depthIsOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkShape(2, 8, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new NetworkShape(2, 8, 2, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> new NetworkShape(2, 8, 2, 2).fanIn(3));
    }
}
