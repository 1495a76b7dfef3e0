package org.descentlab.core.nn;

/**
 * What a network says about each point of a dataset: its most probable class, and over all points the mean
 * cross-entropy and the share right. The window draws the map's rings and its "network now" figure from this, so that
 * no view computes a fact of the model.
 *
 * @param predicted the most probable class of every point, in dataset order
 * @param loss mean cross-entropy over the points (NaN when there are none)
 * @param accuracy percentage of points whose most probable class is their label (NaN when there are none)
 * @param wrong how many points are classified wrongly
 */
public record Predictions(int[] predicted, double loss, double accuracy, int wrong) {

    /** Scores every point of {@code data} in double precision ({@link ReferenceNetwork}). */
    public static Predictions of(Parameters parameters, Activation activation, Dataset data) {
        var network = new ReferenceNetwork(parameters.shape(), activation);
        double[] p = new double[parameters.shape().classes()];
        int[] predicted = new int[data.size()];
        double sum = 0;
        int wrong = 0;
        for (int i = 0; i < data.size(); i++) {
            network.probabilities(parameters.values(), data.x(i), data.y(i), p);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            predicted[i] = best;
            // The same floor as the evaluation: a probability of exactly 0 must not make the loss infinite.
            sum -= Math.log(Math.max(p[data.labels()[i]], Double.MIN_NORMAL));
            if (best != data.labels()[i]) {
                wrong++;
            }
        }
        int n = data.size();
        return new Predictions(predicted, n == 0 ? Double.NaN : sum / n,
                n == 0 ? Double.NaN : 100.0 * (n - wrong) / n, wrong);
    }

    /** Whether point {@code i} is classified wrongly, given its {@code label}. */
    public boolean isWrong(int i, int label) {
        return predicted[i] != label;
    }
}
