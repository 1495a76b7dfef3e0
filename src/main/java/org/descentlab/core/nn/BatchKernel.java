package org.descentlab.core.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The fast path: forward and backward passes of a whole batch in float32, with every buffer allocated once.
 *
 * <p>The layout follows what HotSpot C2 (JDK 17) vectorises (see {@link RowOps}): every matrix is an array of row
 * arrays, every hot loop runs over one row from index 0, and no hot loop is a sum reduction (C2 keeps float sums
 * sequential). Hence:
 * <ul>
 *   <li>the hidden layer is computed batch-major ({@code h[b][j]}, loops over the hidden units) and copied
 *       hidden-major ({@code hT[j][b]}), so that the logits z[c] = b_o[c] + Σ_j W_o[c][j]·hT[j] are sums of scaled
 *       rows (loops over the batch) instead of dot products: 110 ms against 400 ms over the seed run;</li>
 *   <li>back-propagation works batch-major: ∂L/∂h[b] = Σ_c dz[c][b]·W_o[c] and ∂L/∂W_o[c] = Σ_b dz[c][b]·h[b] are
 *       sums of scaled rows of length H;</li>
 *   <li>the activation runs once over the whole batch in one flat array: C2 peels scalar iterations off both ends of
 *       each vectorised loop, cheap for a multiply-add but ~40 % extra for the 20-operation activation row by row.</li>
 *   <li>a deeper network's hidden-to-hidden layers stay batch-major ({@link HiddenToHidden}): their products are sums
 *       of scaled rows of length H, through a transposed copy of W_l forward and W_l itself backward; only the last
 *       hidden layer is copied hidden-major for the output layer.</li>
 * </ul>
 *
 * <p>Usage: {@link #load} the parameters (double → float), {@link #setBatch} the points, {@link #forward}, then
 * {@link #softmaxCrossEntropy()} and {@link #backward()} (training) or {@link #classify} (maps). Not thread-safe.
 *
 * <p>Dropout (training only): a kernel made ready by {@link #enableDropout} keeps one mask per hidden layer; after
 * {@link #setBatch}, {@link #drawMask} draws it for the batch, and until the next batch every {@link #forward}
 * multiplies each hidden layer's outputs by it (0 for a dropped unit, 1/(1 − p) for a kept one: inverted dropout) and
 * {@link #backward} sends the error back through the same mask. Setting a batch or a row clears the mask, so maps,
 * validation and probes never see one; a kernel without dropout runs exactly the code it ran before dropout existed.
 */
final class BatchKernel {

    private final Activation activation;
    private final int depth;
    private final int hidden;
    private final int classes;
    private final int capacity;
    private final FloatParameters p;
    private final SoftmaxColumns softmax;

    private int count;
    private final float[] xs0;
    private final float[] xs1;
    private final int[] labels;
    /** Every hidden layer's outputs, batch-major: hs[k][b][j]. */
    private final float[][][] hs;
    /** The first hidden layer's outputs, hs[0]. */
    private final float[][] h;
    /** The last hidden layer's outputs, hs[depth − 1]: h itself for one hidden layer. */
    private final float[][] last;
    /** The last hidden layer's outputs, hidden-major. */
    private final float[][] hT;
    private final float[] flat;
    /** ∂L/∂h, then ∂L/∂a in place, of the last hidden layer, then of every second layer below it. */
    private final float[][] dh;
    /** The same for the layers between (a deeper network's back-propagation alternates the two); null for depth 1. */
    private final float[][] dhOther;
    /** The dropout masks and the outputs before them; null until {@link #enableDropout}. */
    private DropoutMasks dropout;
    /** Whether the current batch's forward and backward passes go through the mask. */
    private boolean masked;

    /** A kernel for batches of up to {@code capacity} points. */
    BatchKernel(NetworkShape shape, Activation activation, int capacity) {
        if (shape.inputs() != 2) {
            throw new IllegalArgumentException("the network classifies points in the plane: 2 inputs, not "
                    + shape.inputs());
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be positive: " + capacity);
        }
        this.activation = activation;
        this.capacity = capacity;
        depth = shape.depth();
        hidden = shape.hidden();
        classes = shape.classes();
        p = new FloatParameters(shape);
        softmax = new SoftmaxColumns(classes, capacity);
        xs0 = new float[capacity];
        xs1 = new float[capacity];
        labels = new int[capacity];
        // A one-layer kernel allocates exactly what it did before networks had depth, in the same order: where the
        // rows fall against cache lines changed the seed run's time by some 10 % when an extra object came first.
        h = new float[capacity][hidden];
        hT = new float[hidden][capacity];
        flat = new float[hidden * capacity];
        dh = new float[capacity][hidden];
        hs = new float[depth][][];
        hs[0] = h;
        for (int k = 1; k < depth; k++) {
            hs[k] = new float[capacity][hidden];
        }
        last = hs[depth - 1];
        dhOther = depth > 1 ? new float[capacity][hidden] : null;
    }

    int capacity() {
        return capacity;
    }

    /** Points classified right by the last {@link #softmaxCrossEntropy()}. */
    int correct() {
        return softmax.correct();
    }

    /** Rounds the flat double parameter vector into the float mirror. */
    void load(double[] params) {
        p.load(params);
    }

    /** Writes the gradient of the last {@link #backward()} into {@code out} in the flat layout. */
    void writeGradient(double[] out) {
        p.writeGradient(out);
    }

    /**
     * Writes the gradient of the last {@link #backward()} plus that of the L2 penalty (λ/2)·Σw² over the loaded
     * weights (not the biases): λ·w added to each weight's component, in double. λ = 0 writes exactly what
     * {@link #writeGradient(double[])} writes.
     */
    void writeGradient(double[] out, double l2) {
        p.writeGradient(out);
        p.addWeightDecay(l2, out);
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
        masked = false;
        return n;
    }

    /**
     * Makes this kernel ready to drop the share {@code p} of hidden units in training steps (0 &lt; p &lt; 1). The masks
     * are allocated after every other buffer, so that a kernel without dropout is laid out in memory as before.
     */
    void enableDropout(double p) {
        if (dropout == null) {
            dropout = new DropoutMasks(depth, capacity, hidden);
        }
        dropout.share(p);
    }

    /** Draws a fresh mask for the current batch from {@code random} ({@link DropoutMasks}); until the next batch. */
    void drawMask(SplittableRandom random) {
        if (dropout == null) {
            throw new IllegalStateException("dropout was not enabled on this kernel");
        }
        dropout.draw(random, count);
        masked = true;
    }

    /** Puts {@code values} ([layer][point][unit]: 0, or the kept units' scale) as the current batch's mask. */
    void setMask(float[][][] values) {
        if (dropout == null) {
            dropout = new DropoutMasks(depth, capacity, hidden);
        }
        dropout.set(values, count);
        masked = true;
    }

    /** The current batch's mask of hidden layer {@code layer}, mask[b][j], or null when no mask applies. */
    float[][] mask(int layer) {
        return masked ? dropout.layer(layer) : null;
    }

    /** Hidden activations and logits of the batch at the loaded parameters. */
    void forward() {
        hiddenLayer();
        outputLayer();
    }

    /**
     * The same logits as {@link #forward} when no backward pass follows (maps, validation): builds hT directly, with
     * loops over the batch, and skips the batch-major h and the transpose. Worth it for long batches (a map row of
     * 200 points: 8.3 → 6.9 ms per 200 × 200 map); for the training batch of 32 the short loops would cost more.
     * A deeper network takes the training path, whose hidden-to-hidden layers need the batch-major rows.
     */
    void forwardOnly() {
        if (depth > 1) {
            boolean wasMasked = masked;
            masked = false; // never dropout outside a training step
            forward();
            masked = wasMasked;
            return;
        }
        for (int j = 0; j < hidden; j++) {
            float[] row = hT[j];
            float w0 = p.wh0[j];
            float w1 = p.wh1[j];
            float bias = p.bh[j];
            for (int b = 0; b < count; b++) {
                row[b] = bias + xs0[b] * w0 + xs1[b] * w1;
            }
            System.arraycopy(row, 0, flat, j * count, count);
        }
        FloatActivations.apply(activation, flat, 0, count * hidden);
        for (int j = 0; j < hidden; j++) {
            System.arraycopy(flat, j * count, hT[j], 0, count);
        }
        outputLayer();
    }

    /**
     * Every hidden layer: h_0[b] = act(b_h + x[b]·W_h[:,0] + y[b]·W_h[:,1]), then for a deeper network
     * h_l[b] = act(b_l + W_l·h_(l−1)[b]), and the last one's transpose hT.
     */
    void hiddenLayer() {
        firstHiddenLayer();
        if (masked) {
            dropout.drop(h, 0, count);
        }
        for (int m = 0; m < depth - 1; m++) {
            HiddenToHidden.forward(hs[m], p.wmT[m], p.bm[m], hs[m + 1], count, hidden);
            activate(hs[m + 1]);
            if (masked) {
                dropout.drop(hs[m + 1], m + 1, count);
            }
        }
        RowOps.transpose(last, hT, count, hidden);
    }

    /** h[b] = act(b_h + x[b]·W_h[:,0] + y[b]·W_h[:,1]). */
    private void firstHiddenLayer() {
        for (int b = 0; b < count; b++) {
            RowOps.affine2(h[b], p.bh, xs0[b], p.wh0, xs1[b], p.wh1, hidden);
            System.arraycopy(h[b], 0, flat, b * hidden, hidden);
        }
        FloatActivations.apply(activation, flat, 0, count * hidden);
        for (int b = 0; b < count; b++) {
            System.arraycopy(flat, b * hidden, h[b], 0, hidden);
        }
    }

    /** Replaces the pre-activations rows[b] by their activations, in one flat pass (see the class comment). */
    private void activate(float[][] rows) {
        for (int b = 0; b < count; b++) {
            System.arraycopy(rows[b], 0, flat, b * hidden, hidden);
        }
        FloatActivations.apply(activation, flat, 0, count * hidden);
        for (int b = 0; b < count; b++) {
            System.arraycopy(flat, b * hidden, rows[b], 0, hidden);
        }
    }

    /** z[c] = b_o[c] + Σ_j W_o[c][j]·hT[j], four hidden units per pass. */
    void outputLayer() {
        for (int c = 0; c < classes; c++) {
            float[] z = softmax.logits[c];
            float[] w = p.wo[c];
            Arrays.fill(z, 0, count, p.bo[c]);
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
     * After {@link #forward}: the summed cross-entropy of the batch, the hits ({@link #correct()}) and ∂(mean
     * loss)/∂z for {@link #backward}.
     *
     * @return the sum (not the mean) of the per-point losses
     */
    double softmaxCrossEntropy() {
        return softmax.crossEntropy(labels, count);
    }

    /** After {@link #forward}: the outputs h[b][j] of hidden layer {@code layer} (0 is the first), batch-major. */
    float[][] hiddenOutputs(int layer) {
        return hs[layer];
    }

    /** Points in the current batch. */
    int count() {
        return count;
    }

    /** After {@link #forward}: arg-max classes and their probabilities, see {@link SoftmaxColumns#classify}. */
    void classify(int[] classOut, float[] confidenceOut, int offset) {
        softmax.classify(count, classOut, confidenceOut, offset);
    }

    /** After {@link #softmaxCrossEntropy()}: back-propagates the batch into the gradient of {@link #writeGradient}. */
    void backward() {
        backwardOutput();
        backwardHidden();
    }

    /** ∂L/∂h of the last hidden layer into dh, ∂L/∂W_o and ∂L/∂b_o. */
    void backwardOutput() {
        float[][] dz = softmax.gradient;
        float[][] wo = p.wo;
        // ∂L/∂h[b] = Σ_c dz[c][b]·W_o[c]: four, four, then two classes per pass for the seed's ten.
        for (int b = 0; b < count; b++) {
            float[] d = dh[b];
            int c = 0;
            if (classes >= 4) {
                RowOps.setScaled4(d, dz[0][b], wo[0], dz[1][b], wo[1], dz[2][b], wo[2], dz[3][b], wo[3], hidden);
                c = 4;
            } else {
                Arrays.fill(d, 0f);
            }
            for (; c + 3 < classes; c += 4) {
                RowOps.addScaled4(d, dz[c][b], wo[c], dz[c + 1][b], wo[c + 1], dz[c + 2][b], wo[c + 2], dz[c + 3][b],
                        wo[c + 3], hidden);
            }
            if (c + 1 < classes) {
                RowOps.addScaled2(d, dz[c][b], wo[c], dz[c + 1][b], wo[c + 1], hidden);
                c += 2;
            }
            if (c < classes) {
                RowOps.addScaled(d, dz[c][b], wo[c], hidden);
            }
        }
        // ∂L/∂W_o[c] = Σ_b dz[c][b]·h[b], h the last hidden layer; ∂L/∂b_o[c] = Σ_b dz[c][b].
        for (int c = 0; c < classes; c++) {
            float[] g = p.gradWo[c];
            float[] dzc = dz[c];
            int b = 0;
            if (count >= 4) {
                RowOps.setScaled4(g, dzc[0], last[0], dzc[1], last[1], dzc[2], last[2], dzc[3], last[3], hidden);
                b = 4;
            } else {
                Arrays.fill(g, 0f);
            }
            for (; b + 3 < count; b += 4) {
                RowOps.addScaled4(g, dzc[b], last[b], dzc[b + 1], last[b + 1], dzc[b + 2], last[b + 2], dzc[b + 3],
                        last[b + 3], hidden);
            }
            for (; b < count; b++) {
                RowOps.addScaled(g, dzc[b], last[b], hidden);
            }
            p.gradBo[c] = RowOps.sum(dzc, count);
        }
    }

    /**
     * From the last hidden layer down: ∂L/∂a = ∂L/∂h ⊙ act'(a) (in place), a hidden-to-hidden layer's gradient and
     * the ∂L/∂h it hands down, and last ∂L/∂W_h and ∂L/∂b_h.
     */
    void backwardHidden() {
        for (int k = depth - 1; k > 0; k--) {
            float[][] delta = delta(k);
            multiplyByDerivative(delta, k);
            HiddenToHidden.weightGradient(delta, hs[k - 1], p.gradWm[k - 1], p.gradBm[k - 1], count, hidden);
            HiddenToHidden.backward(delta, p.wm[k - 1], delta(k - 1), count, hidden);
        }
        backwardFirstHidden(delta(0));
    }

    /** The buffer holding hidden layer k's error: dh for the last layer, alternating downwards. */
    private float[][] delta(int k) {
        return (depth - 1 - k) % 2 == 0 ? dh : dhOther;
    }

    /** ∂L/∂a = ∂L/∂h ⊙ act'(a) of hidden layer k, in place; through the mask first when there is one. */
    private void multiplyByDerivative(float[][] delta, int k) {
        float[][] outputs = hs[k];
        if (masked) {
            dropout.dropError(delta, k, count);
            outputs = dropout.unmasked(k);
        }
        for (int b = 0; b < count; b++) {
            FloatActivations.multiplyByDerivative(activation, delta[b], outputs[b], 0, hidden);
        }
    }

    /** ∂L/∂a = ∂L/∂h ⊙ act'(a) (in place in dh) of the first hidden layer, then ∂L/∂W_h and ∂L/∂b_h. */
    private void backwardFirstHidden(float[][] dh) {
        multiplyByDerivative(dh, 0);
        // ∂L/∂W_h[:,0] = Σ_b x[b]·∂L/∂a[b], likewise for y; ∂L/∂b_h = Σ_b ∂L/∂a[b].
        Arrays.fill(p.gradWh0, 0f);
        Arrays.fill(p.gradWh1, 0f);
        Arrays.fill(p.gradBh, 0f);
        int b = 0;
        for (; b + 3 < count; b += 4) {
            RowOps.addScaled4(p.gradWh0, xs0[b], dh[b], xs0[b + 1], dh[b + 1], xs0[b + 2], dh[b + 2], xs0[b + 3],
                    dh[b + 3], hidden);
            RowOps.addScaled4(p.gradWh1, xs1[b], dh[b], xs1[b + 1], dh[b + 1], xs1[b + 2], dh[b + 2], xs1[b + 3],
                    dh[b + 3], hidden);
            RowOps.add4(p.gradBh, dh[b], dh[b + 1], dh[b + 2], dh[b + 3], hidden);
        }
        for (; b < count; b++) {
            RowOps.addScaled(p.gradWh0, xs0[b], dh[b], hidden);
            RowOps.addScaled(p.gradWh1, xs1[b], dh[b], hidden);
            RowOps.addScaled(p.gradBh, 1f, dh[b], hidden);
        }
    }
}
