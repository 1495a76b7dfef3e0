package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Back-propagation of the double-precision network against central differences of its loss. */
class ReferenceNetworkGradientTest {

    /** Points spread over the seed's range, labels of three classes. */
    private static Dataset smallDataset() {
        double[] inputs = {2.3, 3.2, -1.1, 0.4, 5.5, -7.2, -0.3, -2.8, 6.1, 1.7, -4.4, 4.9, 0.9, -0.6};
        int[] labels = {0, 1, 2, 1, 0, 2, 1};
        return new Dataset(inputs, labels, 3);
    }

    private static double[] randomParameters(NetworkShape shape, long seed, double scale) {
        var random = new Random(seed);
        double[] p = new double[shape.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = scale * (2 * random.nextDouble() - 1);
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backPropagationMatchesCentralDifferences(Activation activation) {
        var shape = new NetworkShape(2, 6, 3);
        var network = new ReferenceNetwork(shape, activation);
        Dataset data = smallDataset();
        double[] p = randomParameters(shape, 42, 0.8);
        if (activation == Activation.RELU) {
            assertNoPreActivationNearZero(shape, p, data);
        }
        double[] analytic = new double[p.length];
        network.lossAndGradient(p, data, analytic);
        double[] numeric = centralDifferences(network, p, data);

        assertTrue(relativeError(analytic, numeric) <= 1e-6,
                activation + ": relative error " + relativeError(analytic, numeric));
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backPropagationMatchesCentralDifferencesOnTheSeedShape(Activation activation) {
        var shape = new NetworkShape(2, 128, 10);
        var network = new ReferenceNetwork(shape, activation);
        var all = GaussianClusters.generate(new ClusterSettings(10, 2, 1.0, 8.0, 3L, 0.0));
        double[] p = GlorotUniform.initialize(shape, 5).values();
        // Non-zero biases so that every part of the vector is exercised.
        var random = new Random(9);
        for (int j = shape.hiddenBiasOffset(); j < shape.outputWeightsOffset(); j++) {
            p[j] = 0.3 * random.nextGaussian();
        }
        for (int c = shape.outputBiasOffset(); c < shape.parameterCount(); c++) {
            p[c] = 0.3 * random.nextGaussian();
        }
        if (activation == Activation.RELU) {
            moveKinksAway(shape, p, all);
            assertNoPreActivationNearZero(shape, p, all);
        }
        double[] analytic = new double[p.length];
        network.lossAndGradient(p, all, analytic);
        double[] numeric = centralDifferences(network, p, all);

        assertTrue(relativeError(analytic, numeric) <= 1e-6,
                activation + ": relative error " + relativeError(analytic, numeric));
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH"})
    void gradientSummedOverSeveralBlocksMatchesCentralDifferences(Activation activation) {
        var shape = new NetworkShape(2, 5, 4);
        var network = new ReferenceNetwork(shape, activation);
        // 552 points: two full blocks and a short third, so that the sums across blocks and a partial block are used.
        var data = GaussianClusters.generate(new ClusterSettings(4, 138, 2.0, 8.0, 6L, 0.0));
        assertTrue(data.size() > 2 * ReferenceNetwork.BLOCK && data.size() % ReferenceNetwork.BLOCK != 0);
        double[] p = randomParameters(shape, 17, 0.5);
        double[] analytic = new double[p.length];
        network.lossAndGradient(p, data, analytic);
        double[] numeric = centralDifferences(network, p, data);

        assertTrue(relativeError(analytic, numeric) <= 1e-6,
                activation + ": relative error " + relativeError(analytic, numeric));
    }

    /** (f(p + h·eᵢ) − f(p − h·eᵢ)) / 2h for every coordinate, h scaled to the coordinate. */
    private static double[] centralDifferences(ReferenceNetwork network, double[] p, Dataset data) {
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
        return numeric;
    }

    /** ‖a − b‖ / max(‖a‖, ‖b‖). */
    private static double relativeError(double[] a, double[] b) {
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

    /** Shifts each hidden bias until none of its unit's pre-activations is within 1e-3 of 0. */
    private static void moveKinksAway(NetworkShape shape, double[] p, Dataset data) {
        for (int j = 0; j < shape.hidden(); j++) {
            int bias = shape.hiddenBiasOffset() + j;
            boolean near = true;
            while (near) {
                near = false;
                for (int i = 0; i < data.size(); i++) {
                    near |= Math.abs(p[bias] + p[2 * j] * data.x(i) + p[2 * j + 1] * data.y(i)) <= 1e-3;
                }
                if (near) {
                    p[bias] += 0.0123;
                }
            }
        }
    }

    /** ReLU has a kink at 0 where a finite difference is meaningless; the test data must stay away from it. */
    private static void assertNoPreActivationNearZero(NetworkShape shape, double[] p, Dataset data) {
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < shape.hidden(); j++) {
                double a = p[shape.hiddenBiasOffset() + j] + p[2 * j] * data.x(i) + p[2 * j + 1] * data.y(i);
                assertTrue(Math.abs(a) > 1e-3, "pre-activation " + a + " too close to the ReLU kink");
            }
        }
    }
}
