package org.descentlab.core.nn;

/**
 * The sizes of the seed's network, input → hidden → classes, and where each array sits in the flat parameter vector
 * that the optimizers update: W_h (hidden × inputs, row-major, as numpy's (out, in)), then b_h, W_o (classes ×
 * hidden, row-major), b_o.
 */
public record NetworkShape(int inputs, int hidden, int classes) {

    /** Checks that every size is positive. */
    public NetworkShape {
        if (inputs < 1 || hidden < 1 || classes < 1) {
            throw new IllegalArgumentException("layer sizes must be positive: " + inputs + "-" + hidden + "-" + classes);
        }
    }

    /** Offset of W_h in the flat vector. */
    public int hiddenWeightsOffset() {
        return 0;
    }

    /** Offset of b_h in the flat vector. */
    public int hiddenBiasOffset() {
        return hidden * inputs;
    }

    /** Offset of W_o in the flat vector. */
    public int outputWeightsOffset() {
        return hiddenBiasOffset() + hidden;
    }

    /** Offset of b_o in the flat vector. */
    public int outputBiasOffset() {
        return outputWeightsOffset() + classes * hidden;
    }

    /** Length of the flat parameter vector. */
    public int parameterCount() {
        return outputBiasOffset() + classes;
    }
}
