package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The class probabilities at one point of the plane, against closed forms, the reference network's loss (its forward
 * pass) and the boundary map (the fast path): the bar chart under the mouse must agree with the colour under it.
 */
class PointProbabilitiesTest {

    @Test
    void aNetworkWorkedOutOnPaperGivesTheSigmoidOfItsLogitGap() {
        // h = σ(10 x), logits (5 − 10 h, 10 h − 5): P(class 1) = σ(z₁ − z₀) = σ(20 h − 10), whatever y is.
        var shape = new NetworkShape(2, 1, 2);
        var parameters = Parameters.of(shape, new double[] {10, 0}, new double[] {0}, new double[] {-10, 10},
                new double[] {5, -5});
        for (double x : new double[] {-0.3, 0, 0.05, 0.1, 2}) {
            var p = PointProbabilities.at(parameters, Activation.SIGMOID, x, 3.5);
            double h = sigmoid(10 * x);
            double p1 = sigmoid(20 * h - 10);
            assertEquals(p1, p.probability(1), 1e-14, "x = " + x);
            assertEquals(1 - p1, p.probability(0), 1e-14, "x = " + x);
            assertEquals(x > 0 ? 1 : 0, p.top(), "x = " + x);
        }
        assertEquals(0.5, PointProbabilities.at(parameters, Activation.SIGMOID, 0, -9).probability(1), 1e-15);
    }

    @Test
    void eachProbabilityIsTheExponentialOfMinusTheReferenceLossOfThePointWithThatLabel() {
        var shape = new NetworkShape(2, 9, 5, 3);
        var parameters = GlorotUniform.initialize(shape, 11);
        var reference = new ReferenceNetwork(shape, Activation.TANH);
        var random = new Random(5);
        for (int n = 0; n < 20; n++) {
            double x = 6 * random.nextGaussian();
            double y = 6 * random.nextGaussian();
            var p = PointProbabilities.at(parameters, Activation.TANH, x, y);
            double sum = 0;
            for (int c = 0; c < 5; c++) {
                var labelled = new Dataset(new double[] {x, y}, new int[] {c}, 5);
                double loss = reference.lossAndGradient(parameters.values(), labelled, null);
                assertEquals(Math.exp(-loss), p.probability(c), 1e-13, "class " + c + " at " + x + ", " + y);
                sum += p.probability(c);
            }
            assertEquals(1, sum, 1e-12);
        }
    }

    @Test
    void theMostProbableClassIsTheOneTheBoundaryMapPaintsThereWithItsProbability() {
        var shape = new NetworkShape(2, 16, 10, 2);
        var parameters = GlorotUniform.initialize(shape, 2);
        var map = new DecisionBoundaryMap(shape, Activation.RELU);
        map.load(parameters);
        int[] cls = new int[1];
        float[] confidence = new float[1];
        var random = new Random(9);
        for (int n = 0; n < 50; n++) {
            double x = 8 * random.nextGaussian();
            double y = 8 * random.nextGaussian();
            map.classify(x - 1, x + 1, y - 1, y + 1, 1, 1, cls, confidence); // one cell centred on (x, y)
            var p = PointProbabilities.at(parameters, Activation.RELU, x, y);
            assertEquals(cls[0], p.top(), "at " + x + ", " + y);
            assertEquals(confidence[0], p.probability(p.top()), 1e-5);
        }
    }

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }
}
