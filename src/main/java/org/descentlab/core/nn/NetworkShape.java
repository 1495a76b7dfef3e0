package org.descentlab.core.nn;

/**
 * The sizes of the network, input → hidden (1 to {@link #MAX_DEPTH} layers of the same width) → classes, and where
 * each array sits in the flat parameter vector that the optimizers update.
 *
 * <p>Weight layers are numbered 0 … {@link #depth()}: layer 0 takes the inputs to the first hidden layer, layer
 * l (1 ≤ l &lt; depth) one hidden layer to the next, layer {@code depth} the last hidden layer to the classes. The flat
 * vector holds, layer by layer, the weights W_l (fanOut × fanIn, row-major, as numpy's (out, in): row j holds the
 * weights into unit j) followed by the biases b_l. For depth 1 this is the seed's W_h, b_h, W_o, b_o.
 *
 * @param inputs features per point (2: points in the plane)
 * @param hidden width H of every hidden layer
 * @param classes number of classes k
 * @param depth number of hidden layers, 1 to {@link #MAX_DEPTH}
 */
public record NetworkShape(int inputs, int hidden, int classes, int depth) {

    /** The most hidden layers a network may have. */
    public static final int MAX_DEPTH = 4;

    /** Checks that every size is positive and the depth within 1 … {@link #MAX_DEPTH}. */
    public NetworkShape {
        if (inputs < 1 || hidden < 1 || classes < 1) {
            throw new IllegalArgumentException("layer sizes must be positive: " + inputs + "-" + hidden + "-" + classes);
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a network has 1 to " + MAX_DEPTH + " hidden layers, not " + depth);
        }
    }

    /** The seed's shape: one hidden layer. */
    public NetworkShape(int inputs, int hidden, int classes) {
        this(inputs, hidden, classes, 1);
    }

    /** Number of weight layers: {@code depth + 1}. */
    public int layers() {
        return depth + 1;
    }

    /** Inputs of weight layer {@code layer}: the features for layer 0, else the hidden width. */
    public int fanIn(int layer) {
        checkLayer(layer);
        return layer == 0 ? inputs : hidden;
    }

    /** Outputs of weight layer {@code layer}: the classes for the last layer, else the hidden width. */
    public int fanOut(int layer) {
        checkLayer(layer);
        return layer == depth ? classes : hidden;
    }

    /** Offset of W_layer in the flat vector. */
    public int weightsOffset(int layer) {
        checkLayer(layer);
        int offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += (fanIn(l) + 1) * fanOut(l);
        }
        return offset;
    }

    /** Offset of b_layer in the flat vector. */
    public int biasOffset(int layer) {
        return weightsOffset(layer) + fanIn(layer) * fanOut(layer);
    }

    /** Offset of W_h (weight layer 0) in the flat vector. */
    public int hiddenWeightsOffset() {
        return 0;
    }

    /** Offset of b_h (the first hidden layer's biases) in the flat vector. */
    public int hiddenBiasOffset() {
        return biasOffset(0);
    }

    /** Offset of W_o (the last weight layer) in the flat vector. */
    public int outputWeightsOffset() {
        return weightsOffset(depth);
    }

    /** Offset of b_o in the flat vector. */
    public int outputBiasOffset() {
        return biasOffset(depth);
    }

    /** Length of the flat parameter vector. */
    public int parameterCount() {
        return outputBiasOffset() + classes;
    }

    /** The sizes as the notes write them: {@code 2-128-10}, {@code 2-8-8-2}. */
    public String describe() {
        var text = new StringBuilder().append(inputs);
        for (int l = 0; l < depth; l++) {
            text.append('-').append(hidden);
        }
        return text.append('-').append(classes).toString();
    }

    private void checkLayer(int layer) {
        if (layer < 0 || layer > depth) {
            throw new IndexOutOfBoundsException("weight layer " + layer + " of a network with " + layers());
        }
    }
}
