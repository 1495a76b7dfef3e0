package org.descentlab.core.nn;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SpecializedOps_DDRM;

/**
 * The network in double precision, written as the seed notes' matrix formulas over a batch of points X (one point per
 * row): H = act(X·W_hᵀ + 1·b_hᵀ), Z = H·W_oᵀ + 1·b_oᵀ, P = softmax(Z) row by row, loss = mean over the rows of
 * −log P[n, label n]. This is the readable definition that the fast float path ({@link BatchKernel}) is checked
 * against; it is built on EJML's matrix products so that it shares no loops with the kernel. It is also the path used
 * to evaluate loaded parameters, so that numbers can be compared with numpy's. The trainer does not use it.
 *
 * <p>With an L2 penalty λ (PyTorch's {@code weight_decay}) the objective is the mean cross-entropy plus
 * (λ/2)·(‖W_h‖² + ‖W_o‖²), the biases not penalised: its gradient adds λ·W_h and λ·W_o to the weights' gradient.
 * {@link #penalty} gives the added term; the losses returned here are the cross-entropy alone, as the trainer reports
 * them.
 *
 * <p>Points go through in blocks of at most {@value #BLOCK} rows, so that a large file needs no N × H matrix. Instances
 * keep their work matrices between calls and are not thread-safe.
 */
public final class ReferenceNetwork {

    /** Rows per block: enough for the products to run at full speed, few enough for a block to stay in cache. */
    static final int BLOCK = 256;

    private final NetworkShape shape;
    private final Activation activation;

    // The parameters as matrices. Each is a contiguous row-major run of the flat vector, but a DMatrixRMaj always
    // starts at index 0 of its array, so they are copied in (and the gradient copied out) rather than wrapped.
    private final DMatrixRMaj wh;
    private final DMatrixRMaj bh;
    private final DMatrixRMaj wo;
    private final DMatrixRMaj bo;

    // One block of m points. Each grows to the largest block seen and is then reused.
    private final DMatrixRMaj ones = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj inputs;
    private int[] labels = new int[1];
    private final DMatrixRMaj h;
    private final DMatrixRMaj p;
    private final DMatrixRMaj dh;

    // The gradient, summed over the blocks.
    private final DMatrixRMaj gradWh;
    private final DMatrixRMaj gradBh;
    private final DMatrixRMaj gradWo;
    private final DMatrixRMaj gradBo;

    /** A network of this shape; points are in the plane, so {@code shape.inputs()} must be 2. */
    public ReferenceNetwork(NetworkShape shape, Activation activation) {
        if (shape.inputs() != 2) {
            throw new IllegalArgumentException("the network classifies points in the plane: 2 inputs, not "
                    + shape.inputs());
        }
        if (shape.depth() != 1) {
            throw new UnsupportedOperationException("the reference network does not yet handle " + shape.depth()
                    + " hidden layers");
        }
        this.shape = shape;
        this.activation = activation;
        int d = shape.inputs();
        int hidden = shape.hidden();
        int k = shape.classes();
        wh = new DMatrixRMaj(hidden, d); // W_h: H × D
        bh = new DMatrixRMaj(1, hidden); // b_hᵀ: 1 × H
        wo = new DMatrixRMaj(k, hidden); // W_o: K × H
        bo = new DMatrixRMaj(1, k); // b_oᵀ: 1 × K
        inputs = new DMatrixRMaj(1, d); // X: m × D
        h = new DMatrixRMaj(1, hidden); // A = X·W_hᵀ + 1·b_hᵀ, then H = act(A) in its place: m × H
        p = new DMatrixRMaj(1, k); // Z = H·W_oᵀ + 1·b_oᵀ, then P = softmax(Z), then ∂L/∂Z in its place: m × K
        dh = new DMatrixRMaj(1, hidden); // ∂L/∂H, then ∂L/∂A in its place: m × H
        gradWh = new DMatrixRMaj(hidden, d);
        gradBh = new DMatrixRMaj(1, hidden);
        gradWo = new DMatrixRMaj(k, hidden);
        gradBo = new DMatrixRMaj(1, k);
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
     * (λ/2)·(‖W_h‖² + ‖W_o‖²) written into it.
     */
    public double lossAndGradient(double[] params, Dataset data, int[] indices, double[] gradient, double l2) {
        load(params);
        if (gradient != null) {
            gradWh.zero();
            gradBh.zero();
            gradWo.zero();
            gradBo.zero();
        }
        double total = 0;
        for (int from = 0; from < indices.length; from += BLOCK) {
            int m = Math.min(BLOCK, indices.length - from);
            gather(data, indices, from, m);
            total += forward();
            if (gradient != null) {
                backward(1.0 / indices.length);
            }
        }
        if (gradient != null) {
            if (l2 != 0) {
                CommonOps_DDRM.addEquals(gradWh, l2, wh); // ∂L/∂W_h += λ·W_h
                CommonOps_DDRM.addEquals(gradWo, l2, wo); // ∂L/∂W_o += λ·W_o
            }
            store(gradient);
        }
        return total / indices.length;
    }

    /** The L2 penalty (λ/2)·(‖W_h‖² + ‖W_o‖²) of {@code params}: the biases are not penalised. */
    public double penalty(double[] params, double l2) {
        load(params);
        return l2 / 2 * (SpecializedOps_DDRM.elementSumSq(wh) + SpecializedOps_DDRM.elementSumSq(wo));
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
        System.arraycopy(params, shape.hiddenWeightsOffset(), wh.data, 0, wh.getNumElements());
        System.arraycopy(params, shape.hiddenBiasOffset(), bh.data, 0, bh.getNumElements());
        System.arraycopy(params, shape.outputWeightsOffset(), wo.data, 0, wo.getNumElements());
        System.arraycopy(params, shape.outputBiasOffset(), bo.data, 0, bo.getNumElements());
    }

    private void store(double[] gradient) {
        System.arraycopy(gradWh.data, 0, gradient, shape.hiddenWeightsOffset(), gradWh.getNumElements());
        System.arraycopy(gradBh.data, 0, gradient, shape.hiddenBiasOffset(), gradBh.getNumElements());
        System.arraycopy(gradWo.data, 0, gradient, shape.outputWeightsOffset(), gradWo.getNumElements());
        System.arraycopy(gradBo.data, 0, gradient, shape.outputBiasOffset(), gradBo.getNumElements());
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
        CommonOps_DDRM.multTransB(inputs, wh, h); // A = X·W_hᵀ
        CommonOps_DDRM.multAdd(ones, bh, h); // A += 1·b_hᵀ
        for (int i = 0; i < h.getNumElements(); i++) {
            h.data[i] = activation.apply(h.data[i]); // H = act(A)
        }
        CommonOps_DDRM.multTransB(h, wo, p); // Z = H·W_oᵀ
        CommonOps_DDRM.multAdd(ones, bo, p); // Z += 1·b_oᵀ
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
        int k = shape.classes();
        for (int n = 0; n < p.numRows; n++) {
            p.data[n * k + labels[n]] -= 1; // P − Y, Y the one-hot labels: ∂loss/∂Z of softmax + cross-entropy
        }
        CommonOps_DDRM.scale(weight, p); // ∂L/∂Z = weight·(P − Y)
        CommonOps_DDRM.multAddTransA(p, h, gradWo); // ∂L/∂W_o += (∂L/∂Z)ᵀ·H
        CommonOps_DDRM.multAddTransA(ones, p, gradBo); // ∂L/∂b_oᵀ += 1ᵀ·∂L/∂Z
        CommonOps_DDRM.mult(p, wo, dh); // ∂L/∂H = ∂L/∂Z·W_o
        for (int i = 0; i < dh.getNumElements(); i++) {
            dh.data[i] *= activation.derivativeFromOutput(h.data[i]); // ∂L/∂A = ∂L/∂H ⊙ act'(A), act' through H
        }
        CommonOps_DDRM.multAddTransA(dh, inputs, gradWh); // ∂L/∂W_h += (∂L/∂A)ᵀ·X
        CommonOps_DDRM.multAddTransA(ones, dh, gradBh); // ∂L/∂b_hᵀ += 1ᵀ·∂L/∂A
    }
}
