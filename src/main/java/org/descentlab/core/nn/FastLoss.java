package org.descentlab.core.nn;

/**
 * The mean cross-entropy and the accuracy of one dataset at any flat parameter vector, on the fast float path: what a
 * loss landscape asks thousands of times (a 101 × 101 landscape is 10,201 evaluations of the whole training set).
 *
 * <p>The points go through {@link BatchKernel#forwardOnly()} in chunks of {@value #CHUNK} (the decision-boundary
 * map's row length: long enough for the vector loops, small enough to stay in cache); the per-point losses are summed
 * in double. The result agrees with {@link Evaluation#of} (the double reference network) to float precision.
 *
 * <p>Thread-confined: each instance keeps its kernel's buffers between calls, so a computation on several threads
 * gives each thread its own.
 */
public final class FastLoss {

    /** Points per forward pass. */
    static final int CHUNK = 256;

    private final NetworkShape shape;
    private final Dataset data;
    private final BatchKernel kernel;
    /** The first point of the chunk that the kernel holds, or -1: a dataset of one chunk is copied in only once. */
    private int chunkLoaded = -1;

    /**
     * Evaluates networks of {@code shape} with the hidden activation {@code activation} on {@code data}.
     *
     * @throws IllegalArgumentException if the dataset is empty or has labels beyond the network's classes
     */
    public FastLoss(NetworkShape shape, Activation activation, Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no points to evaluate the loss on");
        }
        if (data.classes() > shape.classes()) {
            throw new IllegalArgumentException("the data has " + data.classes() + " classes, the network "
                    + shape.classes() + " outputs");
        }
        this.shape = shape;
        this.data = data;
        kernel = new BatchKernel(shape, activation, Math.min(CHUNK, data.size()));
    }

    /** The shape of the networks evaluated. */
    public NetworkShape shape() {
        return shape;
    }

    /** Number of points evaluated. */
    public int size() {
        return data.size();
    }

    /**
     * The mean cross-entropy and the accuracy (%) of the data at {@code params} (laid out by {@link NetworkShape},
     * rounded to float32 for the kernel).
     */
    public Evaluation evaluate(double[] params) {
        double total = 0;
        long correct = 0;
        load(params);
        for (int from = 0; from < data.size(); from += kernel.capacity()) {
            total += chunk(from);
            correct += kernel.correct();
        }
        return new Evaluation(total / data.size(), 100.0 * correct / data.size());
    }

    /** The mean cross-entropy of the data at {@code params}. */
    public double loss(double[] params) {
        double total = 0;
        load(params);
        for (int from = 0; from < data.size(); from += kernel.capacity()) {
            total += chunk(from);
        }
        return total / data.size();
    }

    private void load(double[] params) {
        if (params.length != shape.parameterCount()) {
            throw new IllegalArgumentException("a " + shape.describe() + " network has " + shape.parameterCount()
                    + " parameters, got " + params.length);
        }
        kernel.load(params);
    }

    /** The summed loss of the chunk starting at point {@code from}; leaves its hits in the kernel. */
    private double chunk(int from) {
        if (chunkLoaded != from) {
            kernel.setBatch(data, from, Math.min(from + kernel.capacity(), data.size()));
            chunkLoaded = from;
        }
        kernel.forwardOnly();
        return kernel.softmaxCrossEntropy();
    }
}
