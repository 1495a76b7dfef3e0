package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A 2-2-2 sigmoid network small enough to work out on paper, and logits large enough to overflow a naive softmax.
 *
 * <p>The example: W_h = I, b_h = 0, W_o = [[1, −1], [−1, 1]], b_o = 0, the point x = (1, 2) with label 0. Then
 * h = (σ(1), σ(2)), z = (d, −d) with d = h₀ − h₁, p₁ = σ(−2d), loss = ln(1 + e^(−2d)); ∂L/∂z = (−p₁, p₁),
 * ∂L/∂W_o[c][j] = ∂L/∂z_c·h_j, ∂L/∂h = (−2p₁, 2p₁), ∂L/∂a_j = ∂L/∂h_j·h_j(1 − h_j), ∂L/∂W_h[j] = ∂L/∂a_j·x.
 * The literals below are those formulas evaluated with numpy (loss 0.854054843717…).
 */
class HandComputedNetworkTest {

    // Expected numbers re-derived independently by tools/expected/network_2_2_2.py (see tools/README.md).

    private static final NetworkShape SHAPE = new NetworkShape(2, 2, 2);
    private static final double[] PARAMS = {1, 0, 0, 1, 0, 0, 1, -1, -1, 1, 0, 0};
    private static final Dataset POINT = new Dataset(new double[] {1, 2}, new int[] {0}, 2);

    private static final double LOSS = 0.8540548437172737;
    private static final double P1 = 0.5743146598208011;
    private static final double H0 = 1 / (1 + Math.exp(-1));
    private static final double H1 = 1 / (1 + Math.exp(-2));
    private static final double DA0 = -0.22583423111258338;
    private static final double DA1 = 0.12059871056876224;
    private static final double[] GRADIENT = {
        DA0, 2 * DA0, DA1, 2 * DA1, // W_h, row-major (hidden × inputs)
        DA0, DA1, // b_h
        -P1 * H0, -P1 * H1, P1 * H0, P1 * H1, // W_o, row-major (classes × hidden)
        -P1, P1 // b_o
    };

    @Test
    void literalsAgreeWithTheClosedForms() {
        double d = H0 - H1;
        assertEquals(Math.log(1 + Math.exp(-2 * d)), LOSS, 1e-15);
        assertEquals(1 / (1 + Math.exp(2 * d)), P1, 1e-15);
        assertEquals(-2 * P1 * H0 * (1 - H0), DA0, 1e-15);
        assertEquals(2 * P1 * H1 * (1 - H1), DA1, 1e-15);
    }

    @Test
    void referenceNetworkReproducesTheHandComputedLossAndGradient() {
        var network = new ReferenceNetwork(SHAPE, Activation.SIGMOID);
        double[] gradient = new double[SHAPE.parameterCount()];

        double loss = network.lossAndGradient(PARAMS, POINT, gradient);

        assertEquals(LOSS, loss, 1e-14);
        assertArrayEquals(GRADIENT, gradient, 1e-14);
    }

    @Test
    void fastPathReproducesTheHandComputedLossAndGradientToFloatPrecision() {
        var kernel = new BatchKernel(SHAPE, Activation.SIGMOID, 1);
        kernel.load(PARAMS);
        kernel.setBatch(POINT, 0, 1);
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy();
        kernel.backward();
        double[] gradient = new double[SHAPE.parameterCount()];
        kernel.writeGradient(gradient);

        assertEquals(LOSS, loss, 1e-6);
        assertArrayEquals(GRADIENT, gradient, 1e-6);
        assertEquals(0, kernel.correct(), "p₀ ≈ 0.426 < p₁: the point is misclassified");
    }

    /** W_o = 0 and b_o = (1000, 0, −1000): the logits are b_o whatever the input, and e^1000 overflows a double. */
    @Test
    void hugeLogitsGiveTheExactLossesWithoutOverflow() {
        var shape = new NetworkShape(2, 3, 3);
        double[] p = new double[shape.parameterCount()];
        p[shape.outputBiasOffset()] = 1000;
        p[shape.outputBiasOffset() + 2] = -1000;
        // log Σ e^z = 1000 (the other terms vanish), so the loss of label c is 1000 − z_c.
        double[] expected = {0, 1000, 2000};
        var network = new ReferenceNetwork(shape, Activation.SIGMOID);
        var kernel = new BatchKernel(shape, Activation.SIGMOID, 1);
        kernel.load(p);
        for (int label = 0; label < 3; label++) {
            var point = new Dataset(new double[] {0.5, -0.5}, new int[] {label}, 3);
            double[] gradient = new double[shape.parameterCount()];
            double loss = network.lossAndGradient(p, point, gradient);
            kernel.setBatch(point, 0, 1);
            kernel.forward();
            double fastLoss = kernel.softmaxCrossEntropy();
            kernel.backward();
            double[] fastGradient = new double[shape.parameterCount()];
            kernel.writeGradient(fastGradient);

            int c = label;
            assertAll(() -> assertEquals(expected[c], loss, 1e-12), () -> assertEquals(expected[c], fastLoss, 1e-12),
                    () -> assertAllFinite(gradient), () -> assertAllFinite(fastGradient),
                    // ∂L/∂b_o = p − onehot with p = (1, 0, 0).
                    () -> assertEquals(c == 0 ? 0 : 1, gradient[shape.outputBiasOffset()], 1e-12),
                    () -> assertEquals(c == 1 ? -1 : 0, gradient[shape.outputBiasOffset() + 1], 1e-12),
                    () -> assertEquals(c == 2 ? -1 : 0, gradient[shape.outputBiasOffset() + 2], 1e-12),
                    () -> assertEquals(gradient[shape.outputBiasOffset()], fastGradient[shape.outputBiasOffset()],
                            1e-7));
        }
    }

    @Test
    void logitsNearTheFloatLimitStayFinite() {
        var shape = new NetworkShape(2, 3, 3);
        double[] p = new double[shape.parameterCount()];
        p[shape.outputBiasOffset()] = 1e30;
        p[shape.outputBiasOffset() + 1] = -1e30;
        var point = new Dataset(new double[] {0.5, -0.5}, new int[] {1}, 3);
        var kernel = new BatchKernel(shape, Activation.TANH, 1);
        kernel.load(p);
        kernel.setBatch(point, 0, 1);
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy();
        kernel.backward();
        double[] gradient = new double[shape.parameterCount()];
        kernel.writeGradient(gradient);
        double referenceLoss = new ReferenceNetwork(shape, Activation.TANH).lossAndGradient(p, point, null);

        assertEquals(2e30, loss, 2e30 * 1e-7);
        assertEquals(2e30, referenceLoss, 2e30 * 1e-12);
        assertAllFinite(gradient);
    }

    @Test
    void probabilitiesOfHugeLogitsAreOneHot() {
        var shape = new NetworkShape(2, 3, 3);
        double[] p = new double[shape.parameterCount()];
        p[shape.outputBiasOffset() + 1] = 800;
        double[] probabilities = new double[3];
        new ReferenceNetwork(shape, Activation.SIGMOID).probabilities(p, 1, 1, probabilities);

        assertArrayEquals(new double[] {0, 1, 0}, probabilities, 0);
    }

    private static void assertAllFinite(double[] values) {
        for (double v : values) {
            assertTrue(Double.isFinite(v), "non-finite value " + v);
        }
    }
}
