package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * The hidden-to-hidden layers of a deeper network over a batch, in {@link BatchKernel}'s style: batch-major rows
 * ({@code h[b][j]}), every product a sum of scaled rows of length H (see {@link RowOps}), no sum reduction in a hot
 * loop. A layer's weights W (H × H, row j the weights into unit j) are used as rows by back-propagation and
 * transposed (row i the weights out of unit i) by the forward pass, both kept by {@link FloatParameters}.
 *
 * <p>Each function costs count·H² multiply-adds: for the seed's batch of 32 and H = 128, about 0.5 million. A whole
 * step of the one-layer seed network is about 130,000 (its output layer's 10 rows three times over), so each
 * hidden-to-hidden layer, three functions, costs some twelve such steps: an epoch at depth 4 measured about 25 times
 * one at depth 1 (bench: 20 epochs in about 0.5 s of CPU time, against 1000 epochs in 1.1 s, on the loaded 2-core
 * development machine).
 */
final class HiddenToHidden {

    private HiddenToHidden() {
    }

    /** Pre-activations a[b] = bias + Σ_i in[b][i]·wT[i] (that is, W·in[b] + bias) for b &lt; count, into out. */
    static void forward(float[][] in, float[][] wT, float[] bias, float[][] out, int count, int hidden) {
        for (int b = 0; b < count; b++) {
            float[] a = out[b];
            float[] x = in[b];
            System.arraycopy(bias, 0, a, 0, hidden);
            int i = 0;
            for (; i + 3 < hidden; i += 4) {
                RowOps.addScaled4(a, x[i], wT[i], x[i + 1], wT[i + 1], x[i + 2], wT[i + 2], x[i + 3], wT[i + 3],
                        hidden);
            }
            for (; i < hidden; i++) {
                RowOps.addScaled(a, x[i], wT[i], hidden);
            }
        }
    }

    /**
     * ∂L/∂W[j] = Σ_b δ[b][j]·in[b] and ∂L/∂b = Σ_b δ[b], δ = ∂L/∂a the error at the layer's pre-activations and in
     * the layer's inputs (the previous hidden layer's outputs).
     */
    static void weightGradient(float[][] delta, float[][] in, float[][] gradW, float[] gradB, int count, int hidden) {
        for (int j = 0; j < hidden; j++) {
            float[] g = gradW[j];
            int b = 0;
            if (count >= 4) {
                RowOps.setScaled4(g, delta[0][j], in[0], delta[1][j], in[1], delta[2][j], in[2], delta[3][j], in[3],
                        hidden);
                b = 4;
            } else {
                Arrays.fill(g, 0f);
            }
            for (; b + 3 < count; b += 4) {
                RowOps.addScaled4(g, delta[b][j], in[b], delta[b + 1][j], in[b + 1], delta[b + 2][j], in[b + 2],
                        delta[b + 3][j], in[b + 3], hidden);
            }
            for (; b < count; b++) {
                RowOps.addScaled(g, delta[b][j], in[b], hidden);
            }
        }
        Arrays.fill(gradB, 0f);
        int b = 0;
        for (; b + 3 < count; b += 4) {
            RowOps.add4(gradB, delta[b], delta[b + 1], delta[b + 2], delta[b + 3], hidden);
        }
        for (; b < count; b++) {
            RowOps.addScaled(gradB, 1f, delta[b], hidden);
        }
    }

    /** ∂L/∂in[b] = Σ_j δ[b][j]·W[j] into back, for b &lt; count: the error handed to the previous hidden layer. */
    static void backward(float[][] delta, float[][] w, float[][] back, int count, int hidden) {
        for (int b = 0; b < count; b++) {
            float[] out = back[b];
            float[] d = delta[b];
            int j = 0;
            if (hidden >= 4) {
                RowOps.setScaled4(out, d[0], w[0], d[1], w[1], d[2], w[2], d[3], w[3], hidden);
                j = 4;
            } else {
                Arrays.fill(out, 0f);
            }
            for (; j + 3 < hidden; j += 4) {
                RowOps.addScaled4(out, d[j], w[j], d[j + 1], w[j + 1], d[j + 2], w[j + 2], d[j + 3], w[j + 3],
                        hidden);
            }
            for (; j < hidden; j++) {
                RowOps.addScaled(out, d[j], w[j], hidden);
            }
        }
    }
}
