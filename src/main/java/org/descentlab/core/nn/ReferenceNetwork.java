package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * The network in plain double precision, one point at a time: hidden = act(W_h·x + b_h), p = softmax(W_o·hidden +
 * b_o), loss = mean over the points of −log p[label]. This is the readable definition that the fast float path
 * ({@link BatchKernel}) is checked against, and the path used to evaluate loaded parameters so that numbers can be
 * compared with numpy's. It is about 5–10× slower than the fast path; the trainer does not use it.
 *
 * <p>Instances keep small work arrays and are not thread-safe.
 */
public final class ReferenceNetwork {

    private final NetworkShape shape;
    private final Activation activation;
    private final double[] hidden;
    private final double[] probabilities;
    private final double[] delta;

    /** A network of this shape; points are in the plane, so {@code shape.inputs()} must be 2. */
    public ReferenceNetwork(NetworkShape shape, Activation activation) {
        if (shape.inputs() != 2) {
            throw new IllegalArgumentException("the network classifies points in the plane: 2 inputs, not "
                    + shape.inputs());
        }
        this.shape = shape;
        this.activation = activation;
        hidden = new double[shape.hidden()];
        probabilities = new double[shape.classes()];
        delta = new double[shape.hidden()];
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
        if (gradient != null) {
            Arrays.fill(gradient, 0);
        }
        double total = 0;
        for (int index : indices) {
            total += accumulate(params, data.x(index), data.y(index), data.labels()[index], gradient,
                    1.0 / indices.length);
        }
        return total / indices.length;
    }

    /** {@link #lossAndGradient(double[], Dataset, int[], double[])} over every point of {@code data}. */
    public double lossAndGradient(double[] params, Dataset data, double[] gradient) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return lossAndGradient(params, data, all, gradient);
    }

    /** Loss and accuracy over the whole dataset. */
    public Evaluation evaluate(double[] params, Dataset data) {
        double total = 0;
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            total += crossEntropy(params, data.x(i), data.y(i), data.labels()[i]);
            if (argMax(probabilities) == data.labels()[i]) {
                correct++;
            }
        }
        return new Evaluation(total / data.size(), 100.0 * correct / data.size());
    }

    /** Writes the class probabilities of the point (x, y) into {@code out} (length k). */
    public void probabilities(double[] params, double x, double y, double[] out) {
        crossEntropy(params, x, y, 0);
        System.arraycopy(probabilities, 0, out, 0, shape.classes());
    }

    /** The first index of the largest value. */
    static int argMax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Forward pass of one point: fills {@link #hidden} and {@link #probabilities} and returns −log p[label], computed
     * as log Σ e^(z − max z) − (z[label] − max z) so that no exponential overflows and the log never sees 0.
     */
    private double crossEntropy(double[] params, double x, double y, int label) {
        int inputs = shape.inputs();
        int wh = shape.hiddenWeightsOffset();
        int bh = shape.hiddenBiasOffset();
        for (int j = 0; j < hidden.length; j++) {
            double a = params[bh + j] + params[wh + j * inputs] * x + params[wh + j * inputs + 1] * y;
            hidden[j] = activation.apply(a);
        }
        int wo = shape.outputWeightsOffset();
        int bo = shape.outputBiasOffset();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < probabilities.length; c++) {
            double z = params[bo + c];
            for (int j = 0; j < hidden.length; j++) {
                z += params[wo + c * hidden.length + j] * hidden[j];
            }
            probabilities[c] = z;
            max = Math.max(max, z);
        }
        double zLabel = probabilities[label];
        double sum = 0;
        for (int c = 0; c < probabilities.length; c++) {
            probabilities[c] = Math.exp(probabilities[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < probabilities.length; c++) {
            probabilities[c] /= sum;
        }
        return Math.log(sum) - (zLabel - max);
    }

    /** Adds weight·∂loss/∂params of one point into {@code gradient} (if not null); returns its loss. */
    private double accumulate(double[] params, double x, double y, int label, double[] gradient, double weight) {
        double loss = crossEntropy(params, x, y, label);
        if (gradient == null) {
            return loss;
        }
        int h = hidden.length;
        int wo = shape.outputWeightsOffset();
        int bo = shape.outputBiasOffset();
        Arrays.fill(delta, 0);
        for (int c = 0; c < probabilities.length; c++) {
            // ∂loss/∂z_c of softmax followed by cross-entropy: p_c − [c = label].
            double dz = weight * (probabilities[c] - (c == label ? 1 : 0));
            gradient[bo + c] += dz;
            for (int j = 0; j < h; j++) {
                gradient[wo + c * h + j] += dz * hidden[j];
                delta[j] += dz * params[wo + c * h + j];
            }
        }
        int wh = shape.hiddenWeightsOffset();
        int bh = shape.hiddenBiasOffset();
        for (int j = 0; j < h; j++) {
            double da = delta[j] * activation.derivativeFromOutput(hidden[j]);
            gradient[bh + j] += da;
            gradient[wh + 2 * j] += da * x;
            gradient[wh + 2 * j + 1] += da * y;
        }
        return loss;
    }
}
