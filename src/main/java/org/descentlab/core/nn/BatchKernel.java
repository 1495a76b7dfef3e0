package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * The fast path: forward and backward passes of a whole batch in float32, with every buffer allocated once.
 *
 * <p>Why the layout looks like this: HotSpot C2 (JDK 17) vectorises a counted loop only if every array access in it
 * has the same offset expression (it cannot prove that two {@code float[]} with different offsets are different
 * arrays), and a float sum reduction stays sequential. So every matrix is an array of row arrays, every hot loop is
 * {@code out[i] op= … in[i] …} from index 0, and no hot loop reduces:
 * <ul>
 *   <li>the hidden layer is computed batch-major ({@code h[b][j]}, loops over the hidden units j) and then copied
 *       hidden-major ({@code hT[j][b]}), so that the logits z[c][b] = b_o[c] + Σ_j W_o[c][j]·h[b][j] are sums of
 *       scaled rows of hT (loops over the batch) instead of dot products;</li>
 *   <li>back-propagation works batch-major: ∂L/∂h[b] = Σ_c dz[b][c]·W_o[c] and ∂L/∂W_o[c] = Σ_b dz[b][c]·h[b] are
 *       sums of scaled rows of length H;</li>
 *   <li>those sums take four rows per pass, {@code out[i] += (a·u[i] + b·v[i]) + (c·w[i] + d·y[i])}: one load and
 *       one store of {@code out} per four multiply-adds.</li>
 * </ul>
 * The softmax and the cross-entropy, a handful of values per point, are computed in double.
 *
 * <p>Usage: {@link #load} the parameters (double → float), {@link #setBatch} the points, {@link #forward}, then
 * {@link #softmaxCrossEntropy()} and {@link #backward()} (training) or {@link #classify} (maps). Not thread-safe.
 */
final class BatchKernel {

    private final NetworkShape shape;
    private final Activation activation;
    private final int hidden;
    private final int classes;
    private final int capacity;

    // Float mirror of the parameters: the two columns of W_h, b_h, the rows of W_o, b_o.
    private final float[] wh0;
    private final float[] wh1;
    private final float[] bh;
    private final float[][] wo;
    private final float[] bo;

    // The batch and its activations.
    private int count;
    private final float[] xs0;
    private final float[] xs1;
    private final int[] labels;
    private final float[][] h;
    private final float[][] hT;
    private final float[][] zT;
    /** e^(z − max) per class and point. */
    private final double[][] ez;
    /** ∂(mean loss)/∂z per class and point. */
    private final float[][] dzT;
    private final double[] max;
    private final double[] sum;
    private final float[][] dh;
    private int correct;
    private final float[] flat;

    // Gradient accumulators in the mirror's layout.
    private final float[] gWh0;
    private final float[] gWh1;
    private final float[] gbh;
    private final float[][] gWo;
    private final float[] gbo;

    /** A kernel for batches of up to {@code capacity} points. */
    BatchKernel(NetworkShape shape, Activation activation, int capacity) {
        if (shape.inputs() != 2) {
            throw new IllegalArgumentException("the network classifies points in the plane: 2 inputs, not "
                    + shape.inputs());
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be positive: " + capacity);
        }
        this.shape = shape;
        this.activation = activation;
        this.capacity = capacity;
        hidden = shape.hidden();
        classes = shape.classes();
        wh0 = new float[hidden];
        wh1 = new float[hidden];
        bh = new float[hidden];
        wo = new float[classes][hidden];
        bo = new float[classes];
        xs0 = new float[capacity];
        xs1 = new float[capacity];
        labels = new int[capacity];
        h = new float[capacity][hidden];
        hT = new float[hidden][capacity];
        flat = new float[hidden * capacity];
        zT = new float[classes][capacity];
        ez = new double[classes][capacity];
        dzT = new float[classes][capacity];
        max = new double[capacity];
        sum = new double[capacity];
        dh = new float[capacity][hidden];
        gWh0 = new float[hidden];
        gWh1 = new float[hidden];
        gbh = new float[hidden];
        gWo = new float[classes][hidden];
        gbo = new float[classes];
    }

    int capacity() {
        return capacity;
    }

    int count() {
        return count;
    }

    /** Points classified right by the last {@link #softmaxCrossEntropy()}. */
    int correct() {
        return correct;
    }

    /** Mirrors the flat double parameter vector into the float arrays. */
    void load(double[] params) {
        int bhOffset = shape.hiddenBiasOffset();
        for (int j = 0; j < hidden; j++) {
            wh0[j] = (float) params[2 * j];
            wh1[j] = (float) params[2 * j + 1];
            bh[j] = (float) params[bhOffset + j];
        }
        int woOffset = shape.outputWeightsOffset();
        for (int c = 0; c < classes; c++) {
            float[] row = wo[c];
            int offset = woOffset + c * hidden;
            for (int j = 0; j < hidden; j++) {
                row[j] = (float) params[offset + j];
            }
        }
        int boOffset = shape.outputBiasOffset();
        for (int c = 0; c < classes; c++) {
            bo[c] = (float) params[boOffset + c];
        }
    }

    /** Takes the points {@code order[from..to)} of {@code data} as the batch. */
    void setBatch(Dataset data, int[] order, int from, int to) {
        count = checkedCount(to - from);
        double[] inputs = data.inputs();
        int[] dataLabels = data.labels();
        for (int b = 0; b < count; b++) {
            int i = order[from + b];
            xs0[b] = (float) inputs[2 * i];
            xs1[b] = (float) inputs[2 * i + 1];
            labels[b] = dataLabels[i];
        }
    }

    /** Takes the points {@code from..to} of {@code data}, in order, as the batch. */
    void setBatch(Dataset data, int from, int to) {
        count = checkedCount(to - from);
        double[] inputs = data.inputs();
        int[] dataLabels = data.labels();
        for (int b = 0; b < count; b++) {
            xs0[b] = (float) inputs[2 * (from + b)];
            xs1[b] = (float) inputs[2 * (from + b) + 1];
            labels[b] = dataLabels[from + b];
        }
    }

    /**
     * Takes {@code n} unlabelled points of the row y as the batch: the centres x = xMin + (i + ½)·dx of the cells
     * i = first, …, first + n − 1, computed as {@link DecisionBoundaryMap#centre} does.
     */
    void setRow(double xMin, double dx, int first, double y, int n) {
        count = checkedCount(n);
        for (int b = 0; b < count; b++) {
            xs0[b] = (float) (xMin + (first + b + 0.5) * dx);
            xs1[b] = (float) y;
            labels[b] = 0;
        }
    }

    private int checkedCount(int n) {
        if (n < 1 || n > capacity) {
            throw new IllegalArgumentException("batch of " + n + " points, capacity " + capacity);
        }
        return n;
    }

    /** Hidden activations and logits of the batch at the loaded parameters. */
    void forward() {
        hiddenLayer();
        outputLayer();
    }

    /**
     * h[b] = act(b_h + x[b]·W_h[:,0] + y[b]·W_h[:,1]), and its transpose hT. The activation runs once over the whole
     * batch in one flat array: C2 peels scalar iterations off both ends of each vectorised loop, which is cheap for
     * the multiply-adds but costs ~40% extra when the 20-operation activation runs row by row (measured).
     */
    void hiddenLayer() {
        for (int b = 0; b < count; b++) {
            float[] hb = h[b];
            float x = xs0[b];
            float y = xs1[b];
            for (int j = 0; j < hidden; j++) {
                hb[j] = bh[j] + x * wh0[j] + y * wh1[j];
            }
            System.arraycopy(hb, 0, flat, b * hidden, hidden);
        }
        FloatActivations.apply(activation, flat, 0, count * hidden);
        for (int b = 0; b < count; b++) {
            System.arraycopy(flat, b * hidden, h[b], 0, hidden);
        }
        // A scalar transpose (C2 does not vectorise strided stores), four points at a time so that each row of hT
        // is fetched once per four stores; it costs less than the dot products the logits would need without it.
        int b = 0;
        for (; b + 3 < count; b += 4) {
            float[] h0 = h[b];
            float[] h1 = h[b + 1];
            float[] h2 = h[b + 2];
            float[] h3 = h[b + 3];
            for (int j = 0; j < hidden; j++) {
                float[] row = hT[j];
                row[b] = h0[j];
                row[b + 1] = h1[j];
                row[b + 2] = h2[j];
                row[b + 3] = h3[j];
            }
        }
        for (; b < count; b++) {
            float[] hb = h[b];
            for (int j = 0; j < hidden; j++) {
                hT[j][b] = hb[j];
            }
        }
    }

    /** z[c] = b_o[c] + Σ_j W_o[c][j]·hT[j], four hidden units per pass. */
    void outputLayer() {
        for (int c = 0; c < classes; c++) {
            float[] z = zT[c];
            float[] w = wo[c];
            Arrays.fill(z, 0, count, bo[c]);
            int j = 0;
            for (; j + 3 < hidden; j += 4) {
                RowOps.addScaled4(z, w[j], hT[j], w[j + 1], hT[j + 1], w[j + 2], hT[j + 2], w[j + 3], hT[j + 3],
                        count);
            }
            for (; j < hidden; j++) {
                RowOps.addScaled(z, w[j], hT[j], count);
            }
        }
    }

    /**
     * After {@link #forward}: the summed cross-entropy of the batch's points, the count of hits ({@link #correct()}),
     * and ∂(mean loss)/∂z for {@link #backward}. The loss of a point is log Σ e^(z − max z) − (z[label] − max z):
     * no exponential overflows and the logarithm never sees 0.
     *
     * @return the sum (not the mean) of the per-point losses
     */
    double softmaxCrossEntropy() {
        exponentials();
        double total = 0;
        int hits = 0;
        double scale = 1.0 / count;
        for (int b = 0; b < count; b++) {
            int label = labels[b];
            total += Math.log(sum[b]) - (zT[label][b] - max[b]);
            hits += argMax(b) == label ? 1 : 0;
            sum[b] = scale / sum[b];
        }
        // Softmax followed by cross-entropy: ∂loss/∂z_c = p_c − [c = label]; the batch mean divides by B.
        for (int c = 0; c < classes; c++) {
            double[] e = ez[c];
            for (int b = 0; b < count; b++) {
                e[b] *= sum[b];
            }
        }
        for (int b = 0; b < count; b++) {
            ez[labels[b]][b] -= scale;
        }
        for (int c = 0; c < classes; c++) {
            double[] e = ez[c];
            float[] d = dzT[c];
            for (int b = 0; b < count; b++) {
                d[b] = (float) e[b];
            }
        }
        correct = hits;
        return total;
    }

    /** ez[c][b] = e^(z[c][b] − max[b]) and sum[b] = Σ_c ez[c][b], in double, vectorised over the batch. */
    private void exponentials() {
        Arrays.fill(max, 0, count, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < classes; c++) {
            float[] z = zT[c];
            double[] e = ez[c];
            for (int b = 0; b < count; b++) {
                e[b] = z[b];
                max[b] = Math.max(max[b], e[b]);
            }
        }
        Arrays.fill(sum, 0, count, 0.0);
        for (int c = 0; c < classes; c++) {
            double[] e = ez[c];
            for (int b = 0; b < count; b++) {
                double v = FloatActivations.expNonPositive(e[b] - max[b]);
                e[b] = v;
                sum[b] += v;
            }
        }
    }

    /** The first class with the largest logit for point b: Keras' arg-max. */
    private int argMax(int b) {
        int best = 0;
        float top = zT[0][b];
        for (int c = 1; c < classes; c++) {
            if (zT[c][b] > top) {
                top = zT[c][b];
                best = c;
            }
        }
        return best;
    }

    /** After {@link #softmaxCrossEntropy()}: back-propagates the batch into the gradient accumulators. */
    void backward() {
        backwardOutput();
        backwardHidden();
    }

    /** ∂L/∂h (into dh), ∂L/∂W_o and ∂L/∂b_o. */
    void backwardOutput() {
        // ∂L/∂h[b] = Σ_c dz[b][c]·W_o[c], then ∂L/∂a = ∂L/∂h ⊙ act'(a).
        for (int b = 0; b < count; b++) {
            float[] d = dh[b];
            Arrays.fill(d, 0f);
            int c = 0;
            for (; c + 3 < classes; c += 4) {
                RowOps.addScaled4(d, dz(c, b), wo[c], dz(c + 1, b), wo[c + 1], dz(c + 2, b), wo[c + 2], dz(c + 3, b),
                        wo[c + 3], hidden);
            }
            if (c + 1 < classes) {
                RowOps.addScaled2(d, dz(c, b), wo[c], dz(c + 1, b), wo[c + 1], hidden);
                c += 2;
            }
            if (c < classes) {
                RowOps.addScaled(d, dz(c, b), wo[c], hidden);
            }
        }
        // ∂L/∂W_o[c] = Σ_b dz[b][c]·h[b]; ∂L/∂b_o[c] = Σ_b dz[b][c]. Uses h before it is overwritten below.
        for (int c = 0; c < classes; c++) {
            float[] g = gWo[c];
            Arrays.fill(g, 0f);
            float bias = 0;
            int b = 0;
            for (; b + 3 < count; b += 4) {
                RowOps.addScaled4(g, dz(c, b), h[b], dz(c, b + 1), h[b + 1], dz(c, b + 2), h[b + 2], dz(c, b + 3),
                        h[b + 3], hidden);
            }
            for (; b < count; b++) {
                RowOps.addScaled(g, dz(c, b), h[b], hidden);
            }
            for (b = 0; b < count; b++) {
                bias += dz(c, b);
            }
            gbo[c] = bias;
        }
    }

    /** ∂L/∂a = ∂L/∂h ⊙ act'(a) (in place in dh), ∂L/∂W_h and ∂L/∂b_h. */
    void backwardHidden() {
        for (int b = 0; b < count; b++) {
            FloatActivations.multiplyByDerivative(activation, dh[b], h[b], 0, hidden);
        }
        // ∂L/∂W_h[:,0] = Σ_b x[b]·∂L/∂a[b], likewise for y; ∂L/∂b_h = Σ_b ∂L/∂a[b].
        Arrays.fill(gWh0, 0f);
        Arrays.fill(gWh1, 0f);
        Arrays.fill(gbh, 0f);
        int b = 0;
        for (; b + 3 < count; b += 4) {
            RowOps.addScaled4(gWh0, xs0[b], dh[b], xs0[b + 1], dh[b + 1], xs0[b + 2], dh[b + 2], xs0[b + 3],
                    dh[b + 3], hidden);
            RowOps.addScaled4(gWh1, xs1[b], dh[b], xs1[b + 1], dh[b + 1], xs1[b + 2], dh[b + 2], xs1[b + 3],
                    dh[b + 3], hidden);
            RowOps.add4(gbh, dh[b], dh[b + 1], dh[b + 2], dh[b + 3], hidden);
        }
        for (; b < count; b++) {
            RowOps.addScaled(gWh0, xs0[b], dh[b], hidden);
            RowOps.addScaled(gWh1, xs1[b], dh[b], hidden);
            RowOps.addScaled(gbh, 1f, dh[b], hidden);
        }
    }

    /** ∂(mean loss)/∂z[c] of point b, as left by {@link #softmaxCrossEntropy()}. */
    private float dz(int c, int b) {
        return dzT[c][b];
    }

    /** Writes the accumulated gradient into {@code out} in the flat {@link NetworkShape} layout. */
    void writeGradient(double[] out) {
        int bhOffset = shape.hiddenBiasOffset();
        for (int j = 0; j < hidden; j++) {
            out[2 * j] = gWh0[j];
            out[2 * j + 1] = gWh1[j];
            out[bhOffset + j] = gbh[j];
        }
        int woOffset = shape.outputWeightsOffset();
        for (int c = 0; c < classes; c++) {
            float[] row = gWo[c];
            int offset = woOffset + c * hidden;
            for (int j = 0; j < hidden; j++) {
                out[offset + j] = row[j];
            }
        }
        int boOffset = shape.outputBiasOffset();
        for (int c = 0; c < classes; c++) {
            out[boOffset + c] = gbo[c];
        }
    }

    /**
     * After {@link #forward}: the most probable class of each point into {@code classOut[offset + b]} and its
     * probability into {@code confidenceOut[offset + b]} (skipped when {@code confidenceOut} is null).
     */
    void classify(int[] classOut, float[] confidenceOut, int offset) {
        if (confidenceOut != null) {
            exponentials();
        }
        for (int b = 0; b < count; b++) {
            classOut[offset + b] = argMax(b);
            if (confidenceOut != null) {
                // The largest probability is e^0 / Σ e^(z − max).
                confidenceOut[offset + b] = (float) (1 / sum[b]);
            }
        }
    }

    /** After {@link #forward}: the softmax probabilities of point b into {@code out}. */
    void probabilities(int b, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, zT[c][b]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(zT[c][b] - max);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
        }
    }
}
