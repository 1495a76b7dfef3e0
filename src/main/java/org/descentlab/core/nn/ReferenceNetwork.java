package org.descentlab.core.nn;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SpecializedOps_DDRM;

/**
 * The network in double precision, written as the seed notes' matrix formulas over a batch of points X (one point per
 * row): H = act(X·W_hᵀ + 1·b_hᵀ), Z = H·W_oᵀ + 1·b_oᵀ, P = softmax(Z) row by row, loss = mean over the rows of
 * −log P[n, label n]. A deeper network repeats the hidden step, H_l = act(H_(l−1)·W_lᵀ + 1·b_lᵀ) for l = 1 … depth − 1,
 * and its output layer reads the last H. This is the readable definition that the fast float path
 * ({@link BatchKernel}) is checked against; it is built on EJML's matrix products so that it shares no loops with the
 * kernel. It is also the path used to evaluate loaded parameters, so that numbers can be compared with numpy's. The
 * trainer does not use it.
 *
 * <p>With an L2 penalty λ (PyTorch's {@code weight_decay}) the objective is the mean cross-entropy plus
 * (λ/2)·Σ_l ‖W_l‖², the biases not penalised: its gradient adds λ·W_l to each layer's weights' gradient.
 * {@link #penalty} gives the added term; the losses returned here are the cross-entropy alone, as the trainer reports
 * them.
 *
 * <p>Dropout is given, not drawn: {@link #lossAndGradient(double[], Dataset, int[], double[], double, double[][][])}
 * takes one multiplier per hidden layer, point and unit (0 for a dropped unit, 1/(1 − p) for a kept one), applied as
 * H_k ← M_k ⊙ act(A_k) before the next layer reads H_k; back-propagation sends the error through the same M_k,
 * ∂L/∂A_k = (M_k ⊙ ∂L/∂H_k) ⊙ act'(A_k), act' taken at the outputs before the mask. Tests hand it the mask the fast
 * path drew, and compare gradients at that fixed mask.
 *
 * <p>Points go through in blocks of at most {@value #BLOCK} rows, so that a large file needs no N × H matrix. Instances
 * keep their work matrices between calls and are not thread-safe.
 */
public final class ReferenceNetwork {

    /** Rows per block: enough for the products to run at full speed, few enough for a block to stay in cache. */
    static final int BLOCK = 256;

    private final NetworkShape shape;
    private final Activation activation;

    // The parameters as matrices, weight layer l = 0 … depth: W_l (fanOut × fanIn) and b_lᵀ (1 × fanOut). Each is a
    // contiguous row-major run of the flat vector, but a DMatrixRMaj always starts at index 0 of its array, so they
    // are copied in (and the gradient copied out) rather than wrapped.
    private final DMatrixRMaj[] w;
    private final DMatrixRMaj[] b;

    // One block of m points. Each grows to the largest block seen and is then reused.
    private final DMatrixRMaj ones = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj inputs;
    private int[] labels = new int[1];
    private final DMatrixRMaj[] h; // hidden layer k: A_k, then H_k = act(A_k) in its place: m × H
    private final DMatrixRMaj p; // Z, then P = softmax(Z), then ∂L/∂Z in its place: m × K
    private final DMatrixRMaj[] dh; // ∂L/∂H_k, then ∂L/∂A_k in its place: m × H
    private final DMatrixRMaj[] raw; // act(A_k) before the dropout mask, for act'; used only with masks: m × H

    // The dropout masks of the current call, [layer][position in indices][unit], or null; and the block's first row.
    private double[][][] masks;
    private int blockStart;

    // The gradient, summed over the blocks.
    private final DMatrixRMaj[] gradW;
    private final DMatrixRMaj[] gradB;

    /** A network of this shape; points are in the plane, so {@code shape.inputs()} must be 2. */
    public ReferenceNetwork(NetworkShape shape, Activation activation) {
        if (shape.inputs() != 2) {
            throw new IllegalArgumentException("the network classifies points in the plane: 2 inputs, not "
                    + shape.inputs());
        }
        this.shape = shape;
        this.activation = activation;
        int layers = shape.layers();
        w = new DMatrixRMaj[layers];
        b = new DMatrixRMaj[layers];
        gradW = new DMatrixRMaj[layers];
        gradB = new DMatrixRMaj[layers];
        for (int l = 0; l < layers; l++) {
            w[l] = new DMatrixRMaj(shape.fanOut(l), shape.fanIn(l));
            b[l] = new DMatrixRMaj(1, shape.fanOut(l));
            gradW[l] = new DMatrixRMaj(shape.fanOut(l), shape.fanIn(l));
            gradB[l] = new DMatrixRMaj(1, shape.fanOut(l));
        }
        inputs = new DMatrixRMaj(1, shape.inputs()); // X: m × D
        h = new DMatrixRMaj[shape.depth()];
        dh = new DMatrixRMaj[shape.depth()];
        raw = new DMatrixRMaj[shape.depth()];
        for (int k = 0; k < shape.depth(); k++) {
            h[k] = new DMatrixRMaj(1, shape.hidden());
            dh[k] = new DMatrixRMaj(1, shape.hidden());
            raw[k] = new DMatrixRMaj(1, shape.hidden());
        }
        p = new DMatrixRMaj(1, shape.classes());
    }

    /** The shape this network was made for. */
    public NetworkShape shape() {
        return shape;
    }

    /** The hidden activation. */
    public Activation activation() {
        return activation;
    }

    /**
     * The mean cross-entropy over the points {@code indices} of {@code data}, and, if {@code gradient} is not
     * {@code null}, its gradient with respect to every parameter written into it (same layout as {@code params}).
     */
    public double lossAndGradient(double[] params, Dataset data, int[] indices, double[] gradient) {
        return lossAndGradient(params, data, indices, gradient, 0);
    }

    /**
     * The mean cross-entropy over the points {@code indices} of {@code data} (without the penalty), and, if
     * {@code gradient} is not {@code null}, the gradient of the cross-entropy plus the L2 penalty
     * (λ/2)·Σ_l ‖W_l‖² written into it.
     */
    public double lossAndGradient(double[] params, Dataset data, int[] indices, double[] gradient, double l2) {
        return lossAndGradient(params, data, indices, gradient, l2, null);
    }

    /**
     * {@link #lossAndGradient(double[], Dataset, int[], double[], double)} with dropout: {@code dropoutMasks[k][n][j]}
     * multiplies unit j of hidden layer k for the point {@code indices[n]} (see the class comment); {@code null} for no
     * dropout. The loss returned is that of the network with these units dropped.
     */
    public double lossAndGradient(double[] params, Dataset data, int[] indices, double[] gradient, double l2,
            double[][][] dropoutMasks) {
        if (dropoutMasks != null && (dropoutMasks.length != shape.depth()
                || java.util.Arrays.stream(dropoutMasks).anyMatch(m -> m.length != indices.length))) {
            throw new IllegalArgumentException("one mask per hidden layer and point is needed");
        }
        masks = dropoutMasks;
        try {
            return penalisedLoss(params, data, indices, gradient, l2);
        } finally {
            masks = null;
        }
    }

    private double penalisedLoss(double[] params, Dataset data, int[] indices, double[] gradient, double l2) {
        load(params);
        if (gradient != null) {
            for (int l = 0; l < shape.layers(); l++) {
                gradW[l].zero();
                gradB[l].zero();
            }
        }
        double total = 0;
        for (int from = 0; from < indices.length; from += BLOCK) {
            int m = Math.min(BLOCK, indices.length - from);
            gather(data, indices, from, m);
            blockStart = from;
            total += forward();
            if (gradient != null) {
                backward(1.0 / indices.length);
            }
        }
        if (gradient != null) {
            if (l2 != 0) {
                for (int l = 0; l < shape.layers(); l++) {
                    CommonOps_DDRM.addEquals(gradW[l], l2, w[l]); // ∂L/∂W_l += λ·W_l
                }
            }
            store(gradient);
        }
        return total / indices.length;
    }

    /** The L2 penalty (λ/2)·Σ_l ‖W_l‖² of {@code params}: the biases are not penalised. */
    public double penalty(double[] params, double l2) {
        load(params);
        double sum = 0;
        for (DMatrixRMaj weights : w) {
            sum += SpecializedOps_DDRM.elementSumSq(weights);
        }
        return l2 / 2 * sum;
    }

    /** {@link #lossAndGradient(double[], Dataset, int[], double[])} over every point of {@code data}. */
    public double lossAndGradient(double[] params, Dataset data, double[] gradient) {
        return lossAndGradient(params, data, IntStream.range(0, data.size()).toArray(), gradient);
    }

    /** {@link #lossAndGradient(double[], Dataset, int[], double[], double)} over every point of {@code data}. */
    public double lossAndGradient(double[] params, Dataset data, double[] gradient, double l2) {
        return lossAndGradient(params, data, IntStream.range(0, data.size()).toArray(), gradient, l2);
    }

    /** Loss and accuracy over the whole dataset. */
    public Evaluation evaluate(double[] params, Dataset data) {
        load(params);
        int[] all = IntStream.range(0, data.size()).toArray();
        double total = 0;
        int correct = 0;
        for (int from = 0; from < all.length; from += BLOCK) {
            int m = Math.min(BLOCK, all.length - from);
            gather(data, all, from, m);
            total += forward();
            correct += hits(m);
        }
        return new Evaluation(total / data.size(), 100.0 * correct / data.size());
    }

    /** Writes the class probabilities of the point (x, y) into {@code out} (length k). */
    public void probabilities(double[] params, double x, double y, double[] out) {
        load(params);
        reshapeBlock(1);
        inputs.set(0, 0, x);
        inputs.set(0, 1, y);
        labels[0] = 0;
        forward();
        System.arraycopy(p.data, 0, out, 0, shape.classes());
    }

    /** The first index of the largest value. */
    static int argMax(double[] values) {
        return argMaxOfRow(values, 0, values.length);
    }

    private static int argMaxOfRow(double[] values, int start, int length) {
        int best = 0;
        for (int c = 1; c < length; c++) {
            if (values[start + c] > values[start + best]) {
                best = c;
            }
        }
        return best;
    }

    private void load(double[] params) {
        if (params.length != shape.parameterCount()) {
            throw new IllegalArgumentException("a " + shape.describe() + " network has " + shape.parameterCount()
                    + " parameters, got " + params.length);
        }
        for (int l = 0; l < shape.layers(); l++) {
            System.arraycopy(params, shape.weightsOffset(l), w[l].data, 0, w[l].getNumElements());
            System.arraycopy(params, shape.biasOffset(l), b[l].data, 0, b[l].getNumElements());
        }
    }

    private void store(double[] gradient) {
        for (int l = 0; l < shape.layers(); l++) {
            System.arraycopy(gradW[l].data, 0, gradient, shape.weightsOffset(l), gradW[l].getNumElements());
            System.arraycopy(gradB[l].data, 0, gradient, shape.biasOffset(l), gradB[l].getNumElements());
        }
    }

    /** Sizes the block's matrices for m points; the products would resize their outputs, but 1 and X are inputs. */
    private void reshapeBlock(int m) {
        ones.reshape(m, 1);
        CommonOps_DDRM.fill(ones, 1);
        inputs.reshape(m, shape.inputs());
        if (labels.length < m) {
            labels = new int[m];
        }
    }

    /** Copies the points {@code indices[from .. from + m)} into X and their labels. */
    private void gather(Dataset data, int[] indices, int from, int m) {
        reshapeBlock(m);
        for (int n = 0; n < m; n++) {
            int i = indices[from + n];
            inputs.set(n, 0, data.x(i));
            inputs.set(n, 1, data.y(i));
            labels[n] = data.labels()[i];
        }
    }

    /**
     * Forward pass of the block: fills H and P and returns Σₙ −log P[n, label n], each term computed as
     * log Σ_c e^(z_c − max z) − (z_label − max z) so that no exponential overflows and the log never sees 0.
     */
    private double forward() {
        int depth = shape.depth();
        for (int k = 0; k < depth; k++) {
            CommonOps_DDRM.multTransB(k == 0 ? inputs : h[k - 1], w[k], h[k]); // A_k = X·W_0ᵀ or H_(k−1)·W_kᵀ
            CommonOps_DDRM.multAdd(ones, b[k], h[k]); // A_k += 1·b_kᵀ
            for (int i = 0; i < h[k].getNumElements(); i++) {
                h[k].data[i] = activation.apply(h[k].data[i]); // H_k = act(A_k)
            }
            if (masks != null) {
                applyMask(k);
            }
        }
        CommonOps_DDRM.multTransB(h[depth - 1], w[depth], p); // Z = H_(depth−1)·W_oᵀ
        CommonOps_DDRM.multAdd(ones, b[depth], p); // Z += 1·b_oᵀ
        // EJML has no softmax; each row is one point's logits.
        int k = shape.classes();
        double total = 0;
        for (int n = 0; n < p.numRows; n++) {
            int row = n * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, p.data[row + c]); // max z
            }
            double zLabel = p.data[row + labels[n]];
            double sum = 0;
            for (int c = 0; c < k; c++) {
                p.data[row + c] = Math.exp(p.data[row + c] - max); // e^(z_c − max z)
                sum += p.data[row + c];
            }
            for (int c = 0; c < k; c++) {
                p.data[row + c] /= sum; // P[n, c] = e^(z_c − max z) / Σ e^(z − max z)
            }
            total += Math.log(sum) - (zLabel - max); // −log P[n, label n]
        }
        return total;
    }

    /** Points of the block whose most probable class is their label. */
    private int hits(int m) {
        int correct = 0;
        for (int n = 0; n < m; n++) {
            correct += argMaxOfRow(p.data, n * shape.classes(), shape.classes()) == labels[n] ? 1 : 0;
        }
        return correct;
    }

    /** Adds weight·∂(Σₙ loss)/∂params of the block to the gradient sums; uses P and H from {@link #forward()}. */
    private void backward(double weight) {
        int classes = shape.classes();
        for (int n = 0; n < p.numRows; n++) {
            p.data[n * classes + labels[n]] -= 1; // P − Y, Y the one-hot labels: ∂loss/∂Z of softmax + cross-entropy
        }
        CommonOps_DDRM.scale(weight, p); // ∂L/∂Z = weight·(P − Y)
        int depth = shape.depth();
        CommonOps_DDRM.multAddTransA(p, h[depth - 1], gradW[depth]); // ∂L/∂W_o += (∂L/∂Z)ᵀ·H_(depth−1)
        CommonOps_DDRM.multAddTransA(ones, p, gradB[depth]); // ∂L/∂b_oᵀ += 1ᵀ·∂L/∂Z
        CommonOps_DDRM.mult(p, w[depth], dh[depth - 1]); // ∂L/∂H_(depth−1) = ∂L/∂Z·W_o
        for (int k = depth - 1; k >= 0; k--) {
            DMatrixRMaj d = dh[k];
            DMatrixRMaj outputs = h[k];
            if (masks != null) {
                applyMask(d, k); // ∂L/∂(act(A_k)) = M_k ⊙ ∂L/∂H_k
                outputs = raw[k];
            }
            for (int i = 0; i < d.getNumElements(); i++) {
                d.data[i] *= activation.derivativeFromOutput(outputs.data[i]); // ∂L/∂A_k = ∂L/∂H_k ⊙ act'(A_k)
            }
            // ∂L/∂W_k += (∂L/∂A_k)ᵀ·H_(k−1), the inputs X for k = 0
            CommonOps_DDRM.multAddTransA(d, k == 0 ? inputs : h[k - 1], gradW[k]);
            CommonOps_DDRM.multAddTransA(ones, d, gradB[k]); // ∂L/∂b_kᵀ += 1ᵀ·∂L/∂A_k
            if (k > 0) {
                CommonOps_DDRM.mult(d, w[k], dh[k - 1]); // ∂L/∂H_(k−1) = ∂L/∂A_k·W_k
            }
        }
    }

    /** Keeps act(A_k) of the block for act', then H_k = M_k ⊙ act(A_k). */
    private void applyMask(int k) {
        raw[k].setTo(h[k]);
        applyMask(h[k], k);
    }

    /** Multiplies the block's rows of {@code target} (m × H) by layer k's mask, element by element. */
    private void applyMask(DMatrixRMaj target, int k) {
        int hidden = shape.hidden();
        for (int n = 0; n < target.numRows; n++) {
            double[] row = masks[k][blockStart + n];
            for (int j = 0; j < hidden; j++) {
                target.data[n * hidden + j] *= row[j];
            }
        }
    }
}
