package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The float batch kernel of a deeper network against the double reference network: the same loss, and each weight
 * layer's gradient to float precision of that layer's own size (a sigmoid network's first layer gets a gradient
 * hundreds of times smaller than its last, and must still be right).
 */
class DeepFastPathAgreementTest {

    static Stream<Arguments> cases() {
        var cases = Stream.<Arguments>builder();
        for (int depth = 2; depth <= NetworkShape.MAX_DEPTH; depth++) {
            for (Activation activation : Activation.values()) {
                // The seed's width and batch, and odd sizes that exercise every remainder of the four-row passes.
                cases.add(Arguments.of(depth, activation, 128, 10, 32));
                cases.add(Arguments.of(depth, activation, 7, 3, 7));
                cases.add(Arguments.of(depth, activation, 5, 6, 1));
                cases.add(Arguments.of(depth, activation, 9, 5, 13));
            }
        }
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lossAndEachLayersGradientAgreeWithTheDoublePath(int depth, Activation activation, int hidden, int classes,
            int batch) {
        var shape = new NetworkShape(2, hidden, classes, depth);
        Dataset data = GaussianClusters.generate(new ClusterSettings(classes, 10, 1.0, 8.0, 11L, 0.0));
        double[] p = glorotWithBiases(shape, 3);
        int[] order = shuffled(data.size(), 5);
        var kernel = new BatchKernel(shape, activation, batch);
        double[] expected = new double[p.length];
        double[] actual = new double[p.length];

        kernel.load(p);
        kernel.setBatch(data, order, 4, 4 + batch);
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy() / batch;
        kernel.backward();
        kernel.writeGradient(actual);
        double expectedLoss = new ReferenceNetwork(shape, activation).lossAndGradient(p, data,
                Arrays.copyOfRange(order, 4, 4 + batch), expected);

        assertEquals(expectedLoss, loss, 1e-5 * Math.max(1, expectedLoss));
        for (int l = 0; l < shape.layers(); l++) {
            int from = shape.weightsOffset(l);
            int to = shape.biasOffset(l) + shape.fanOut(l);
            double scale = maxAbs(expected, from, to);
            assertTrue(scale > 0, "layer " + l + " has a gradient to compare");
            for (int i = from; i < to; i++) {
                assertEquals(expected[i], actual[i], 1e-4 * scale, "layer " + l + ", component " + (i - from));
            }
        }
    }

    @Test
    void aDeeperMapClassifiesAsTheDoublePathAndItsFastForwardIsTheTrainingForward() {
        var shape = new NetworkShape(2, 16, 4, 3);
        Dataset data = GaussianClusters.generate(new ClusterSettings(4, 50, 2.0, 8.0, 1L, 0.0));
        double[] p = glorotWithBiases(shape, 8);
        var kernel = new BatchKernel(shape, Activation.TANH, data.size());
        kernel.load(p);
        kernel.setBatch(data, 0, data.size());
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy();
        int hits = kernel.correct();
        int[] classes = new int[data.size()];
        kernel.classify(classes, null, 0);
        kernel.forwardOnly();
        int[] again = new int[data.size()];
        kernel.classify(again, null, 0);

        Evaluation reference = new ReferenceNetwork(shape, Activation.TANH).evaluate(p, data);
        assertEquals(reference.accuracy(), 100.0 * hits / data.size(), 1e-9);
        assertEquals(reference.loss(), loss / data.size(), 1e-5);
        assertArrayEquals(classes, again);
        assertEquals(loss, kernel.softmaxCrossEntropy());
    }

    /** Glorot weights in every layer and non-zero biases, so that the bias gradients are not all alike. */
    static double[] glorotWithBiases(NetworkShape shape, long seed) {
        double[] p = GlorotUniform.initialize(shape, seed).values();
        var random = new Random(seed);
        for (int l = 0; l < shape.layers(); l++) {
            for (int i = shape.biasOffset(l); i < shape.biasOffset(l) + shape.fanOut(l); i++) {
                p[i] = 0.5 * random.nextGaussian();
            }
        }
        return p;
    }

    private static int[] shuffled(int n, long seed) {
        var random = new Random(seed);
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double maxAbs(double[] values, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, Math.abs(values[i]));
        }
        return m;
    }
}
