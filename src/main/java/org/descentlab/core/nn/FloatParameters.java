package org.descentlab.core.nn;

/**
 * The network's parameters in float32, laid out for {@link BatchKernel}, with a gradient of the same layout: the two
 * columns of W_h as rows (so that a hidden pre-activation is a loop over the hidden units), b_h, the rows of W_o as
 * separate arrays (see {@link RowOps} for why), b_o. The optimizers keep the double vector; this mirror is refreshed
 * from it before every forward pass and the gradient is written back into a double vector.
 *
 * <p>A deeper network's hidden-to-hidden layers W_l (1 ≤ l &lt; depth), H × H, are kept twice: as rows (row j holds
 * the weights into unit j, which back-propagation scales and sums) and transposed (row i holds the weights out of unit
 * i, which the forward pass scales and sums), so that both passes are sums of rows; index m = l − 1 in
 * {@link #wm}, {@link #wmT}, {@link #bm}.
 */
final class FloatParameters {

    private static final float[][][] NO_LAYERS = new float[0][][];
    private static final float[][] NO_BIASES = new float[0][];

    private final NetworkShape shape;

    final float[] wh0;
    final float[] wh1;
    final float[] bh;
    final float[][] wo;
    final float[] bo;

    final float[] gradWh0;
    final float[] gradWh1;
    final float[] gradBh;
    final float[][] gradWo;
    final float[] gradBo;

    final float[][][] wm;
    final float[][][] wmT;
    final float[][] bm;
    final float[][][] gradWm;
    final float[][] gradBm;

    FloatParameters(NetworkShape shape) {
        this.shape = shape;
        int hidden = shape.hidden();
        int classes = shape.classes();
        wh0 = new float[hidden];
        wh1 = new float[hidden];
        bh = new float[hidden];
        wo = new float[classes][hidden];
        bo = new float[classes];
        gradWh0 = new float[hidden];
        gradWh1 = new float[hidden];
        gradBh = new float[hidden];
        gradWo = new float[classes][hidden];
        gradBo = new float[classes];
        // Nothing more for one hidden layer, so that the kernel's buffers, allocated next, fall where they did before
        // networks had depth (see BatchKernel's constructor).
        int middle = shape.depth() - 1;
        wm = middle == 0 ? NO_LAYERS : new float[middle][hidden][hidden];
        wmT = middle == 0 ? NO_LAYERS : new float[middle][hidden][hidden];
        bm = middle == 0 ? NO_BIASES : new float[middle][hidden];
        gradWm = middle == 0 ? NO_LAYERS : new float[middle][hidden][hidden];
        gradBm = middle == 0 ? NO_BIASES : new float[middle][hidden];
    }

    /**
     * Rounds the flat double vector (laid out by {@link NetworkShape}) into the float arrays. Every loop is a call of
     * a small method of its own ({@link #narrow}, {@link #narrowPairs}): the JIT compiles those within the first
     * epoch, where a loop written here would run slowly until this whole method is compiled (see {@link RowOps}).
     */
    void load(double[] params) {
        int hidden = shape.hidden();
        narrowPairs(params, wh0, wh1, hidden);
        narrow(params, shape.hiddenBiasOffset(), bh, hidden);
        int woOffset = shape.outputWeightsOffset();
        for (int c = 0; c < wo.length; c++) {
            narrow(params, woOffset + c * hidden, wo[c], hidden);
        }
        narrow(params, shape.outputBiasOffset(), bo, bo.length);
        for (int m = 0; m < wm.length; m++) {
            loadMiddle(params, m);
        }
    }

    /** to[i] = (float) from[offset + i] for i &lt; n. */
    private static void narrow(double[] from, int offset, float[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[i] = (float) from[offset + i];
        }
    }

    /** even[i] = (float) from[2i], odd[i] = (float) from[2i + 1] for i &lt; n: the two columns of W_h. */
    private static void narrowPairs(double[] from, float[] even, float[] odd, int n) {
        for (int i = 0; i < n; i++) {
            even[i] = (float) from[2 * i];
            odd[i] = (float) from[2 * i + 1];
        }
    }

    /** W_{m+1} as rows and transposed, and b_{m+1}. */
    private void loadMiddle(double[] params, int m) {
        int hidden = shape.hidden();
        int offset = shape.weightsOffset(m + 1);
        float[][] w = wm[m];
        float[][] wT = wmT[m];
        for (int j = 0; j < hidden; j++) {
            float[] row = w[j];
            int rowOffset = offset + j * hidden;
            for (int i = 0; i < hidden; i++) {
                row[i] = (float) params[rowOffset + i];
                wT[i][j] = row[i];
            }
        }
        int biasOffset = shape.biasOffset(m + 1);
        for (int j = 0; j < hidden; j++) {
            bm[m][j] = (float) params[biasOffset + j];
        }
    }

    /** Writes the gradient into {@code out} in the flat {@link NetworkShape} layout (each loop a call, as in load). */
    void writeGradient(double[] out) {
        int hidden = shape.hidden();
        widenPairs(gradWh0, gradWh1, out, hidden);
        widen(gradBh, out, shape.hiddenBiasOffset(), hidden);
        int woOffset = shape.outputWeightsOffset();
        for (int c = 0; c < gradWo.length; c++) {
            widen(gradWo[c], out, woOffset + c * hidden, hidden);
        }
        widen(gradBo, out, shape.outputBiasOffset(), gradBo.length);
        for (int m = 0; m < gradWm.length; m++) {
            int offset = shape.weightsOffset(m + 1);
            for (int j = 0; j < hidden; j++) {
                widen(gradWm[m][j], out, offset + j * hidden, hidden);
            }
            widen(gradBm[m], out, shape.biasOffset(m + 1), hidden);
        }
    }

    /** to[offset + i] = from[i] for i &lt; n. */
    private static void widen(float[] from, double[] to, int offset, int n) {
        for (int i = 0; i < n; i++) {
            to[offset + i] = from[i];
        }
    }

    /** to[2i] = even[i], to[2i + 1] = odd[i] for i &lt; n. */
    private static void widenPairs(float[] even, float[] odd, double[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[2 * i] = even[i];
            to[2 * i + 1] = odd[i];
        }
    }

    /**
     * Adds λ·w, the gradient of the L2 penalty (λ/2)·Σw², to the weights' part of {@code out} (a gradient in the flat
     * layout), w the loaded weights; the biases are not penalised. Sums in double. Does nothing for λ = 0, so that
     * training without a penalty computes exactly what it did before there was one.
     */
    void addWeightDecay(double l2, double[] out) {
        if (l2 == 0) {
            return;
        }
        int hidden = shape.hidden();
        for (int j = 0; j < hidden; j++) {
            out[2 * j] += l2 * wh0[j];
            out[2 * j + 1] += l2 * wh1[j];
        }
        int woOffset = shape.outputWeightsOffset();
        for (int c = 0; c < wo.length; c++) {
            float[] row = wo[c];
            int offset = woOffset + c * hidden;
            for (int j = 0; j < hidden; j++) {
                out[offset + j] += l2 * row[j];
            }
        }
        for (int m = 0; m < wm.length; m++) {
            int offset = shape.weightsOffset(m + 1);
            for (int j = 0; j < hidden; j++) {
                float[] row = wm[m][j];
                for (int i = 0; i < hidden; i++) {
                    out[offset + j * hidden + i] += l2 * row[i];
                }
            }
        }
    }
}
