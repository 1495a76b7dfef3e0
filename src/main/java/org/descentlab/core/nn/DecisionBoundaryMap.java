package org.descentlab.core.nn;

/**
 * The network's decision over a whole rectangle of the plane in one call: for every cell of a cols × rows grid, the
 * most probable class at the cell's centre and that class's probability (how sure the network is). This is what the
 * network tab paints behind the points; it runs on the fast float path, a 200 × 200 map of the seed's network in about
 * 13 ms ({@code bench}).
 *
 * <p>Cells are numbered row by row from the top-left, as pixels are: cell (col, row) is index {@code row·cols + col},
 * its centre is x = xMin + (col + ½)·(xMax − xMin)/cols and y = yMax − (row + ½)·(yMax − yMin)/rows, so row 0 is the
 * top (largest y). Not thread-safe: one map per thread.
 */
public final class DecisionBoundaryMap {

    /** Points per forward pass: long enough rows for the vector loops, small enough to stay in the L2 cache. */
    private static final int CHUNK = 256;

    private final NetworkShape shape;
    private final BatchKernel kernel;
    private boolean loaded;

    /** A map for networks of this shape and activation; {@link #load} parameters before classifying. */
    public DecisionBoundaryMap(NetworkShape shape, Activation activation) {
        this.shape = shape;
        kernel = new BatchKernel(shape, activation, CHUNK);
    }

    /** Uses these parameters from now on (they are copied, rounded to float). */
    public void load(Parameters parameters) {
        if (!parameters.shape().equals(shape)) {
            throw new IllegalArgumentException("parameters are for " + parameters.shape() + ", the map for " + shape);
        }
        kernel.load(parameters.values());
        loaded = true;
    }

    /**
     * Classifies the centre of every cell.
     *
     * @param classOut receives the arg-max class of cell (col, row) at {@code row·cols + col}; length ≥ cols·rows
     * @param confidenceOut receives the probability of that class, in (1/k, 1]; may be {@code null} when only the
     *     classes are wanted (a little faster)
     */
    public void classify(double xMin, double xMax, double yMin, double yMax, int cols, int rows, int[] classOut,
            float[] confidenceOut) {
        if (!loaded) {
            throw new IllegalStateException("no parameters loaded");
        }
        if (cols < 1 || rows < 1 || classOut.length < cols * rows
                || (confidenceOut != null && confidenceOut.length < cols * rows)) {
            throw new IllegalArgumentException("a " + cols + " × " + rows + " map needs output arrays of at least "
                    + cols * rows);
        }
        double dx = (xMax - xMin) / cols;
        for (int row = 0; row < rows; row++) {
            double y = centre(yMin, yMax, rows, rows - 1 - row);
            for (int first = 0; first < cols; first += CHUNK) {
                int n = Math.min(CHUNK, cols - first);
                kernel.setRow(xMin, dx, first, y, n);
                kernel.forwardOnly();
                kernel.classify(classOut, confidenceOut, row * cols + first);
            }
        }
    }

    /** The centre min + (index + ½)·(max − min)/cells of cell {@code index} of an interval cut into equal cells. */
    public static double centre(double min, double max, int cells, int index) {
        return min + (index + 0.5) * ((max - min) / cells);
    }
}
