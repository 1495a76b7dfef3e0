package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The float batch kernel against the double reference network: same loss and gradient to float precision. */
class FastPathAgreementTest {

    static Stream<Arguments> cases() {
        var cases = Stream.<Arguments>builder();
        for (Activation activation : Activation.values()) {
            // The seed shape, and odd sizes that exercise every remainder of the four-row passes.
            cases.add(Arguments.of(activation, 128, 10, 32));
            cases.add(Arguments.of(activation, 128, 10, 8));
            cases.add(Arguments.of(activation, 7, 3, 7));
            cases.add(Arguments.of(activation, 5, 6, 1));
            cases.add(Arguments.of(activation, 9, 5, 13));
        }
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fastPathLossAndGradientAgreeWithTheDoublePath(Activation activation, int hidden, int classes, int batch) {
        var shape = new NetworkShape(2, hidden, classes);
        Dataset data = GaussianClusters.generate(new ClusterSettings(classes, 10, 1.0, 8.0, 11L, 0.0));
        double[] p = perturbedParameters(shape, 3);
        int[] order = shuffled(data.size(), 5);
        var kernel = new BatchKernel(shape, activation, batch);
        var reference = new ReferenceNetwork(shape, activation);
        double[] expected = new double[p.length];
        double[] actual = new double[p.length];

        kernel.load(p);
        kernel.setBatch(data, order, 4, 4 + batch);
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy() / batch;
        kernel.backward();
        kernel.writeGradient(actual);
        double expectedLoss = reference.lossAndGradient(p, data, java.util.Arrays.copyOfRange(order, 4, 4 + batch),
                expected);

        assertEquals(expectedLoss, loss, 1e-5 * Math.max(1, expectedLoss));
        double scale = maxAbs(expected);
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], actual[i], 2e-5 * scale, "gradient component " + i);
        }
    }

    @Test
    void fastPathCountsTheSameHitsAsTheDoublePath() {
        var shape = new NetworkShape(2, 16, 4);
        Dataset data = GaussianClusters.generate(new ClusterSettings(4, 50, 2.0, 8.0, 1L, 0.0));
        double[] p = perturbedParameters(shape, 8);
        var kernel = new BatchKernel(shape, Activation.SIGMOID, data.size());
        kernel.load(p);
        kernel.setBatch(data, 0, data.size());
        kernel.forward();
        kernel.softmaxCrossEntropy();
        Evaluation reference = new ReferenceNetwork(shape, Activation.SIGMOID).evaluate(p, data);

        assertEquals(reference.accuracy(), 100.0 * kernel.correct() / data.size(), 1e-9);
    }

    @Test
    void forwardOnlyGivesBitIdenticalResultsToTheTrainingForwardPass() {
        var shape = new NetworkShape(2, 128, 10);
        Dataset data = GaussianClusters.generate(new ClusterSettings(10, 20, 1.0, 8.0, 4L, 0.0));
        var kernel = new BatchKernel(shape, Activation.TANH, data.size());
        kernel.load(perturbedParameters(shape, 2));
        kernel.setBatch(data, 0, data.size());
        int[] classes = new int[data.size()];
        float[] confidence = new float[data.size()];
        int[] classesOnly = new int[data.size()];
        float[] confidenceOnly = new float[data.size()];

        kernel.forward();
        kernel.classify(classes, confidence, 0);
        double loss = kernel.softmaxCrossEntropy();
        kernel.forwardOnly();
        kernel.classify(classesOnly, confidenceOnly, 0);

        assertArrayEquals(classes, classesOnly);
        assertArrayEquals(confidence, confidenceOnly);
        assertEquals(loss, kernel.softmaxCrossEntropy());
    }

    @Test
    void floatSigmoidAndTanhAreWithinThreeFloatUlpsOfOneOfTheDoubleFunctions() {
        int n = 200_001;
        float[] sigmoid = new float[n];
        float[] tanh = new float[n];
        for (int i = 0; i < n; i++) {
            sigmoid[i] = (float) (-30 + 60.0 * i / (n - 1));
            tanh[i] = sigmoid[i];
        }
        float[] inputs = sigmoid.clone();
        FloatActivations.apply(Activation.SIGMOID, sigmoid, 0, n);
        FloatActivations.apply(Activation.TANH, tanh, 0, n);
        double worstSigmoid = 0;
        double worstTanh = 0;
        double worstTanhRelativeNearZero = 0;
        for (int i = 0; i < n; i++) {
            double x = inputs[i];
            worstSigmoid = Math.max(worstSigmoid, Math.abs(sigmoid[i] - 1 / (1 + Math.exp(-x))));
            worstTanh = Math.max(worstTanh, Math.abs(tanh[i] - Math.tanh(x)));
            if (x != 0 && Math.abs(x) < 0.5) {
                worstTanhRelativeNearZero = Math.max(worstTanhRelativeNearZero,
                        Math.abs(tanh[i] - Math.tanh(x)) / Math.abs(Math.tanh(x)));
            }
        }
        assertTrue(worstSigmoid < 2.4e-7, "sigmoid error " + worstSigmoid);
        assertTrue(worstTanh < 3.6e-7, "tanh error " + worstTanh);
        assertTrue(worstTanhRelativeNearZero < 3e-7, "tanh relative error near 0 " + worstTanhRelativeNearZero);
    }

    @Test
    void vectorisableExponentialMatchesMathExpOnTheSoftmaxRange() {
        double worst = 0;
        for (int i = 0; i <= 400_000; i++) {
            double x = -40.0 * i / 400_000;
            worst = Math.max(worst, Math.abs(FloatActivations.expNonPositive(x) - Math.exp(x)) / Math.exp(x));
        }
        assertTrue(worst < 1e-10, "relative error " + worst);
        assertEquals(1.0, FloatActivations.expNonPositive(0), 0);
        assertTrue(FloatActivations.expNonPositive(Double.NEGATIVE_INFINITY) < 1e-17);
    }

    /** Glorot weights with non-zero biases, so that the bias gradients are not all alike. */
    private static double[] perturbedParameters(NetworkShape shape, long seed) {
        double[] p = GlorotUniform.initialize(shape, seed).values();
        var random = new Random(seed);
        for (int i = shape.hiddenBiasOffset(); i < shape.outputWeightsOffset(); i++) {
            p[i] = 0.5 * random.nextGaussian();
        }
        for (int i = shape.outputBiasOffset(); i < shape.parameterCount(); i++) {
            p[i] = 0.5 * random.nextGaussian();
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

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
