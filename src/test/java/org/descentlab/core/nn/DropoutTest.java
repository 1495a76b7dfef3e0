package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inverted dropout: the fast kernel's loss and gradient at a fixed mask against the double reference network given
 * the same mask, the reference's against central differences, the expected dropped activation against the activation,
 * and training with dropout against Adam driven by the reference at the same masks.
 */
class DropoutTest {

    private static final Dataset DATA = GaussianClusters.generate(new ClusterSettings(5, 12, 1.0, 6.0, 9L, 0.0));

    @ParameterizedTest
    @CsvSource({"SIGMOID, 1, 128, 10, 32, 0.5", "TANH, 1, 7, 3, 7, 0.3", "RELU, 1, 9, 5, 13, 0.2",
        "SIGMOID, 2, 16, 5, 11, 0.5", "TANH, 3, 9, 4, 8, 0.4", "RELU, 4, 6, 3, 5, 0.25"})
    void theKernelsGradientAtTheMaskItDrewMatchesTheReferenceGivenThatMask(Activation activation, int depth,
            int hidden, int classes, int batch, double p) {
        var shape = new NetworkShape(2, hidden, classes, depth);
        var data = GaussianClusters.generate(new ClusterSettings(classes, 10, 1.0, 8.0, 11L, 0.0));
        double[] params = random(shape, 3);
        int[] points = IntStream.range(3, 3 + batch).toArray();
        var kernel = new BatchKernel(shape, activation, batch);
        kernel.enableDropout(p);
        kernel.load(params);
        kernel.setBatch(data, points, 0, batch);
        kernel.drawMask(new SplittableRandom(4));
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy() / batch;
        kernel.backward();
        double[] fast = new double[params.length];
        kernel.writeGradient(fast);

        double[][][] masks = masks(kernel, depth, batch);
        double[] expected = new double[params.length];
        double expectedLoss = new ReferenceNetwork(shape, activation).lossAndGradient(params, data, points, expected,
                0, masks);
        double[] undropped = new double[params.length];
        double plainLoss = new ReferenceNetwork(shape, activation).lossAndGradient(params, data, points, undropped);

        assertTrue(Arrays.stream(masks[0]).flatMapToDouble(Arrays::stream).anyMatch(m -> m == 0), "nothing dropped");
        assertTrue(Math.abs(expectedLoss - plainLoss) > 1e-4, "the mask changed nothing");
        assertEquals(expectedLoss, loss, 1e-5 * Math.max(1, expectedLoss));
        double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < params.length; i++) {
            assertEquals(expected[i], fast[i], 3e-5 * scale, "component " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void theReferenceGradientAtAFixedMaskMatchesCentralDifferences(Activation activation) {
        var shape = new NetworkShape(2, 6, 5, 2);
        var network = new ReferenceNetwork(shape, activation);
        int[] points = {0, 7, 15, 22, 40};
        double[][][] masks = new double[2][points.length][6];
        var random = new Random(8);
        for (double[][] layer : masks) {
            for (double[] row : layer) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextDouble() < 0.4 ? 0 : 1 / 0.6;
                }
            }
        }
        double[] p = random(shape, 42);
        double[] analytic = new double[p.length];
        network.lossAndGradient(p, DATA, points, analytic, 0, masks);
        for (int i = 0; i < p.length; i++) {
            double saved = p[i];
            double h = 1e-6;
            p[i] = saved + h;
            double up = network.lossAndGradient(p, DATA, points, null, 0, masks);
            p[i] = saved - h;
            double down = network.lossAndGradient(p, DATA, points, null, 0, masks);
            p[i] = saved;
            assertEquals((up - down) / (2 * h), analytic[i], 1e-7, activation + ", component " + i);
        }
    }

    /**
     * Each dropped output is h/(1 − p) with probability 1 − p and 0 otherwise: its mean is h and its variance
     * h²·p/(1 − p), so the mean of N independent draws lies within 5 standard errors h·√(p/((1 − p)·N)) of h for every
     * unit (a 5σ miss has probability 6·10⁻⁷, over the 4,096 units tested about 0.002; the seed is fixed).
     */
    @Test
    void averagedOverManyMasksTheDroppedActivationIsTheActivation() {
        var shape = new NetworkShape(2, 128, 5);
        double p = 0.3;
        int batch = 32;
        int draws = 4000;
        var kernel = new BatchKernel(shape, Activation.SIGMOID, batch);
        kernel.load(random(shape, 5));
        kernel.setBatch(DATA, 0, batch);
        kernel.forward();
        float[][] plain = copy(kernel.hiddenOutputs(0), batch);
        kernel.enableDropout(p);
        double[][] sum = new double[batch][128];
        var random = new SplittableRandom(77);
        double dropped = 0;
        for (int n = 0; n < draws; n++) {
            kernel.setBatch(DATA, 0, batch);
            kernel.drawMask(random);
            kernel.forward();
            float[][] h = kernel.hiddenOutputs(0);
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < 128; j++) {
                    sum[b][j] += h[b][j];
                    dropped += h[b][j] == 0 ? 1 : 0;
                }
            }
        }
        double worst = 0;
        double chiSquare = 0;
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < 128; j++) {
                double h = plain[b][j];
                double standardError = Math.abs(h) * Math.sqrt(p / ((1 - p) * draws));
                double z = (sum[b][j] / draws - h) / standardError;
                worst = Math.max(worst, Math.abs(z));
                chiSquare += z * z;
            }
        }
        int units = batch * 128;
        assertTrue(worst < 5, "a unit's mean is " + worst + " standard errors from its activation");
        // Σz² over independent units is χ² with `units` degrees of freedom: mean units, sd √(2·units).
        assertEquals(units, chiSquare, 5 * Math.sqrt(2.0 * units), "the spread of the means is not that of dropout");
        double share = dropped / ((double) draws * units);
        assertEquals(p, share, 5 * Math.sqrt(p * (1 - p) / ((double) draws * units)), "share of units dropped");
    }

    @Test
    void everyHiddenLayerOfADeeperNetworkHasItsOwnMaskWhoseMeanIsOne() {
        var shape = new NetworkShape(2, 32, 3, 3);
        double p = 0.5;
        var kernel = new BatchKernel(shape, Activation.TANH, 16);
        kernel.enableDropout(p);
        kernel.load(random(shape, 6));
        kernel.setBatch(DATA, 0, 16);
        kernel.drawMask(new SplittableRandom(3));
        float[][][] first = new float[3][][];
        for (int k = 0; k < 3; k++) {
            first[k] = copy(kernel.mask(k), 16);
            double mean = Arrays.stream(first[k]).flatMapToDouble(row -> IntStream.range(0, row.length)
                    .mapToDouble(j -> row[j])).average().orElseThrow();
            // 512 multipliers of mean 1 and standard deviation √(p/(1 − p)) = 1: within 5/√512 of 1.
            assertEquals(1, mean, 5 / Math.sqrt(512), "layer " + k);
            for (float[] row : first[k]) {
                for (float m : row) {
                    assertTrue(m == 0 || m == 2f, "a multiplier is 0 or 1/(1 − p): " + m);
                }
            }
        }
        assertFalse(Arrays.deepEquals(first[0], first[1]), "the layers share a mask");
        kernel.setBatch(DATA, 0, 16);
        assertNull(kernel.mask(0), "a new batch has no mask until one is drawn");
    }

    @Test
    void forwardOnlyAndANewBatchNeverDrop() {
        var shape = new NetworkShape(2, 12, 4, 2);
        var kernel = new BatchKernel(shape, Activation.RELU, 20);
        kernel.load(random(shape, 2));
        kernel.setBatch(DATA, 0, 20);
        kernel.forward();
        double plain = kernel.softmaxCrossEntropy();
        kernel.enableDropout(0.5);
        kernel.drawMask(new SplittableRandom(1));
        kernel.forward();
        double dropped = kernel.softmaxCrossEntropy();
        kernel.forwardOnly();
        assertEquals(plain, kernel.softmaxCrossEntropy(), "forwardOnly is for maps and validation: no dropout");
        kernel.setBatch(DATA, 0, 20);
        kernel.forward();
        assertEquals(plain, kernel.softmaxCrossEntropy());
        assertTrue(Math.abs(dropped - plain) > 1e-3);
    }

    /**
     * The trainer with dropout against Adam on the reference's gradients at the masks the trainer's stream gives:
     * {@link DropoutMasks} drawn from a {@link SplittableRandom} seeded with the shuffle seed XOR
     * {@link Trainer#DROPOUT_SEED}, one mask per step, in order.
     */
    @Test
    void trainingWithDropoutFollowsAdamOnTheReferenceAtTheSameMasks() {
        var shape = new NetworkShape(2, 8, 5, 2);
        double p = 0.25;
        var values = Adam.TYPE.defaults().with("lr", 0.05);
        var settings = new TrainingSettings(8, Activation.TANH, Adam.TYPE, values, 16, false, 3, 7L, 12L, 0, 2)
                .withDropout(p);
        var start = GlorotUniform.initialize(shape, 7L);
        var split = new DatasetSplit(DATA, DATA);
        var trainer = new Trainer(settings, split, start);
        var metrics = trainer.runToEnd();

        var reference = new ReferenceNetwork(shape, Activation.TANH);
        var masks = new DropoutMasks(2, 16, 8);
        masks.share(p);
        var stream = new SplittableRandom(12L ^ Trainer.DROPOUT_SEED);
        Optimizer adam = Adam.TYPE.create(values);
        double[] w = start.values().clone();
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int from = 0; from < DATA.size(); from += 16) {
                int[] batch = IntStream.range(from, Math.min(from + 16, DATA.size())).toArray();
                masks.draw(stream, batch.length);
                double[][][] m = new double[2][batch.length][];
                for (int k = 0; k < 2; k++) {
                    for (int b = 0; b < batch.length; b++) {
                        m[k][b] = toDouble(masks.layer(k)[b]);
                    }
                }
                adam.step(w, (point, out) -> reference.lossAndGradient(point, DATA, batch, out, 0, m));
            }
        }
        assertArrayEquals(w, trainer.parameters().values(), 1e-5);
        // Validation measures the network without dropout, at the epoch's end.
        var evaluation = reference.evaluate(trainer.parameters().values(), DATA);
        assertEquals(evaluation.loss(), metrics.get(2).validationLoss(), 1e-5);
    }

    @Test
    void theSameSettingsGiveTheSameMasksAndAnotherShuffleSeedOthers() {
        var settings = new TrainingSettings(16, Activation.SIGMOID, Adam.TYPE, Adam.TYPE.defaults(), 8, true, 2, 1L,
                2L).withDropout(0.4);
        double[] a = trained(settings);
        assertArrayEquals(a, trained(settings));
        assertFalse(Arrays.equals(a, trained(settings.withSeeds(1L, 3L))));
        assertFalse(Arrays.equals(a, trained(settings.withDropout(0))), "dropout changed nothing");
    }

    private static double[] trained(TrainingSettings settings) {
        var trainer = new Trainer(settings, DATA);
        trainer.runToEnd();
        return trainer.parameters().values();
    }

    private static double[][][] masks(BatchKernel kernel, int depth, int count) {
        double[][][] masks = new double[depth][count][];
        for (int k = 0; k < depth; k++) {
            for (int b = 0; b < count; b++) {
                masks[k][b] = toDouble(kernel.mask(k)[b]);
            }
        }
        return masks;
    }

    private static double[] toDouble(float[] row) {
        double[] d = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            d[j] = row[j];
        }
        return d;
    }

    private static float[][] copy(float[][] rows, int count) {
        float[][] c = new float[count][];
        for (int b = 0; b < count; b++) {
            c[b] = rows[b].clone();
        }
        return c;
    }

    private static double[] random(NetworkShape shape, long seed) {
        var random = new Random(seed);
        double[] p = new double[shape.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.8 * (2 * random.nextDouble() - 1);
        }
        return p;
    }
}
