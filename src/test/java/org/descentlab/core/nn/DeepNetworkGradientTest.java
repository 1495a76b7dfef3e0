package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The double reference network at every depth: its loss against a plain forward pass written here with loops, and
 * each weight layer's gradient (weights and biases) against central differences of its loss, layer by layer, so that
 * a small first-layer gradient (sigmoid at depth 4) is checked as closely as the last layer's.
 */
class DeepNetworkGradientTest {

    static Stream<Arguments> depthsAndActivations() {
        var cases = Stream.<Arguments>builder();
        for (int depth = 1; depth <= NetworkShape.MAX_DEPTH; depth++) {
            for (Activation activation : Activation.values()) {
                cases.add(Arguments.of(depth, activation));
            }
        }
        return cases.build();
    }

    /** Seven points over the seed's range, three classes. */
    static Dataset points() {
        double[] inputs = {2.3, 3.2, -1.1, 0.4, 5.5, -7.2, -0.3, -2.8, 6.1, 1.7, -4.4, 4.9, 0.9, -0.6};
        int[] labels = {0, 1, 2, 1, 0, 2, 1};
        return new Dataset(inputs, labels, 3);
    }

    @ParameterizedTest
    @MethodSource("depthsAndActivations")
    void lossIsThePlainForwardPass(int depth, Activation activation) {
        var shape = new NetworkShape(2, 5, 3, depth);
        Dataset data = points();
        double[] p = parameters(shape, activation, data);
        double expected = 0;
        for (int n = 0; n < data.size(); n++) {
            double[][] layers = PlainNetwork.outputs(shape, activation, p, data.x(n), data.y(n));
            double[] z = layers[depth];
            double max = Arrays.stream(z).max().orElseThrow();
            double sum = Arrays.stream(z).map(v -> Math.exp(v - max)).sum();
            expected += Math.log(sum) - (z[data.labels()[n]] - max);
        }
        double loss = new ReferenceNetwork(shape, activation).lossAndGradient(p, data, null);
        assertEquals(expected / data.size(), loss, 1e-13);
    }

    @ParameterizedTest
    @MethodSource("depthsAndActivations")
    void eachLayersGradientMatchesCentralDifferences(int depth, Activation activation) {
        var shape = new NetworkShape(2, 5, 3, depth);
        var network = new ReferenceNetwork(shape, activation);
        Dataset data = points();
        double[] p = parameters(shape, activation, data);
        double[] analytic = new double[p.length];
        network.lossAndGradient(p, data, analytic);
        double[] numeric = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double saved = p[i];
            double h = 1e-5 * Math.max(1, Math.abs(saved));
            p[i] = saved + h;
            double up = network.lossAndGradient(p, data, null);
            p[i] = saved - h;
            double down = network.lossAndGradient(p, data, null);
            p[i] = saved;
            numeric[i] = (up - down) / (2 * h);
        }
        for (int l = 0; l < shape.layers(); l++) {
            int from = shape.weightsOffset(l);
            int to = shape.biasOffset(l) + shape.fanOut(l);
            double error = relativeError(Arrays.copyOfRange(analytic, from, to), Arrays.copyOfRange(numeric, from, to));
            assertTrue(error <= 1e-6, activation + ", depth " + depth + ", layer " + l + ": relative error " + error);
        }
    }

    /**
     * Uniform weights of scale 1 and biases of scale 0.5, drawn again from the next seed until no pre-activation of
     * any layer is within 1e-3 of ReLU's kink, where a finite difference means nothing (the same for every activation,
     * so that each sees the same kind of network).
     */
    static double[] parameters(NetworkShape shape, Activation activation, Dataset data) {
        for (long seed = 1; ; seed++) {
            var random = new Random(seed);
            double[] p = new double[shape.parameterCount()];
            for (int l = 0; l < shape.layers(); l++) {
                for (int i = shape.weightsOffset(l); i < shape.biasOffset(l); i++) {
                    p[i] = 2 * random.nextDouble() - 1;
                }
                for (int i = shape.biasOffset(l); i < shape.biasOffset(l) + shape.fanOut(l); i++) {
                    p[i] = random.nextDouble() - 0.5;
                }
            }
            if (PlainNetwork.smallestPreActivation(shape, Activation.RELU, p, data) > 1e-3
                    && PlainNetwork.smallestPreActivation(shape, activation, p, data) > 1e-3) {
                return p;
            }
        }
    }

    /** ‖a − b‖ / max(‖a‖, ‖b‖). */
    static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return Math.sqrt(diff) / Math.max(Math.sqrt(na), Math.sqrt(nb));
    }
}
