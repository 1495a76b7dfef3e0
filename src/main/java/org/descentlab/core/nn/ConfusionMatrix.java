package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * What a network gets wrong, class by class: the count of points of true class i that it predicts as class j (row i,
 * column j), and each count as a percentage of its row (of the points of class i). The diagonal holds the points
 * classified right, so the accuracy is trace / N.
 *
 * <p>Counted on the fast float path ({@link #of(Parameters, Activation, Dataset)}), as the boundary map is drawn, or
 * from predictions already made ({@link #of(Dataset, Predictions)}). Immutable.
 */
public final class ConfusionMatrix {

    /** Points per forward pass of the fast path, as for the boundary map. */
    private static final int CHUNK = 256;

    private final int classes;
    /** counts[i·k + j]: points of true class i predicted as class j. */
    private final int[] counts;
    private final int total;
    private final int correct;

    private ConfusionMatrix(int classes, int[] counts) {
        this.classes = classes;
        this.counts = counts;
        int n = 0;
        int right = 0;
        for (int i = 0; i < classes; i++) {
            for (int j = 0; j < classes; j++) {
                n += counts[i * classes + j];
            }
            right += counts[i * classes + i];
        }
        total = n;
        correct = right;
    }

    /**
     * Counts the pairs (labels[n], predicted[n]) in a {@code classes} × {@code classes} matrix.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a class is outside [0, classes)
     */
    public static ConfusionMatrix of(int classes, int[] labels, int[] predicted) {
        if (classes < 1) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class, not " + classes);
        }
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + predicted.length + " predictions");
        }
        int[] counts = new int[classes * classes];
        for (int n = 0; n < labels.length; n++) {
            counts[check(labels[n], classes) * classes + check(predicted[n], classes)]++;
        }
        return new ConfusionMatrix(classes, counts);
    }

    /** The matrix of predictions made for every point of {@code data}, in dataset order. */
    public static ConfusionMatrix of(Dataset data, Predictions predictions) {
        int classes = data.classes();
        for (int p : predictions.predicted()) {
            classes = Math.max(classes, p + 1);
        }
        return of(classes, data.labels(), predictions.predicted());
    }

    /**
     * Classifies every point of {@code data} on the fast float path, as the boundary map does, and counts. The matrix
     * has as many classes as the network or the data, whichever has more (loaded weights may know more classes than
     * the data show).
     */
    public static ConfusionMatrix of(Parameters parameters, Activation activation, Dataset data) {
        NetworkShape shape = parameters.shape();
        int classes = Math.max(shape.classes(), data.classes());
        int[] predicted = new int[data.size()];
        if (data.size() > 0) {
            var kernel = new BatchKernel(shape, activation, Math.min(CHUNK, data.size()));
            kernel.load(parameters.values());
            for (int from = 0; from < data.size(); from += kernel.capacity()) {
                int to = Math.min(data.size(), from + kernel.capacity());
                kernel.setBatch(data, from, to);
                kernel.forwardOnly();
                kernel.classify(predicted, null, from);
            }
        }
        return of(classes, data.labels(), predicted);
    }

    private static int check(int c, int classes) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException("class " + c + " outside [0, " + classes + ")");
        }
        return c;
    }

    /** Number of classes k: the matrix is k × k. */
    public int classes() {
        return classes;
    }

    /** Points of true class {@code actual} predicted as class {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[check(actual, classes) * classes + check(predicted, classes)];
    }

    /** Points of true class {@code actual}: the sum of its row. */
    public int rowTotal(int actual) {
        int sum = 0;
        for (int j = 0; j < classes; j++) {
            sum += count(actual, j);
        }
        return sum;
    }

    /** Points predicted as class {@code predicted}: the sum of its column. */
    public int columnTotal(int predicted) {
        int sum = 0;
        for (int i = 0; i < classes; i++) {
            sum += count(i, predicted);
        }
        return sum;
    }

    /**
     * The share of the points of true class {@code actual} predicted as {@code predicted}, in percent: 100 × count /
     * row total; NaN when the data have no point of that class.
     */
    public double rowPercent(int actual, int predicted) {
        int row = rowTotal(actual);
        return row == 0 ? Double.NaN : 100.0 * count(actual, predicted) / row;
    }

    /** All points counted, N. */
    public int total() {
        return total;
    }

    /** Points classified right: the trace. */
    public int correct() {
        return correct;
    }

    /** Percentage of points classified right, 100 × trace / N; NaN when there are none. */
    public double accuracy() {
        return total == 0 ? Double.NaN : 100.0 * correct / total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && classes == m.classes && Arrays.equals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return 31 * classes + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        var text = new StringBuilder("ConfusionMatrix[");
        for (int i = 0; i < classes; i++) {
            text.append(i == 0 ? "" : "; ");
            for (int j = 0; j < classes; j++) {
                text.append(j == 0 ? "" : " ").append(counts[i * classes + j]);
            }
        }
        return text.append(']').toString();
    }
}
