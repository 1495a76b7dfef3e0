package org.descentlab.core.nn;

/** The network's forward pass for one point, with plain loops over the flat vector: an oracle for the tests. */
final class PlainNetwork {

    private PlainNetwork() {
    }

    /** Each hidden layer's outputs (rows 0 … depth − 1) and the logits (row depth) of the point (x, y). */
    static double[][] outputs(NetworkShape shape, Activation activation, double[] p, double x, double y) {
        double[][] out = new double[shape.layers()][];
        double[] in = {x, y};
        for (int l = 0; l < shape.layers(); l++) {
            double[] a = preActivations(shape, p, l, in);
            if (l < shape.depth()) {
                for (int j = 0; j < a.length; j++) {
                    a[j] = activation.apply(a[j]);
                }
            }
            out[l] = a;
            in = a;
        }
        return out;
    }

    /** a_j = b_l[j] + Σ_i W_l[j][i]·in[i]. */
    static double[] preActivations(NetworkShape shape, double[] p, int layer, double[] in) {
        double[] a = new double[shape.fanOut(layer)];
        for (int j = 0; j < a.length; j++) {
            double sum = p[shape.biasOffset(layer) + j];
            for (int i = 0; i < in.length; i++) {
                sum += p[shape.weightsOffset(layer) + j * shape.fanIn(layer) + i] * in[i];
            }
            a[j] = sum;
        }
        return a;
    }

    /** The smallest |pre-activation| of any hidden unit over every point of {@code data}. */
    static double smallestPreActivation(NetworkShape shape, Activation activation, double[] p, Dataset data) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int n = 0; n < data.size(); n++) {
            double[][] outputs = outputs(shape, activation, p, data.x(n), data.y(n));
            double[] in = {data.x(n), data.y(n)};
            for (int l = 0; l < shape.depth(); l++) {
                for (double a : preActivations(shape, p, l, in)) {
                    smallest = Math.min(smallest, Math.abs(a));
                }
                in = outputs[l];
            }
        }
        return smallest;
    }
}
