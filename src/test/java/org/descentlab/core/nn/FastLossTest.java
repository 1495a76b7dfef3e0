package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.ParameterFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FastLossTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        try (InputStream in = FastLossTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void theSeedsParametersGiveNumpysLossAndAccuracy() throws IOException {
        // The fixtures' README: numpy in float64 gives mean cross-entropy 0.255548 and 896 of 1000 right. The 1000
        // points go through in chunks of 256, 256, 256 and 232.
        var data = DatasetFile.read(fixture("ch2_dataset.npz"));
        var params = ParameterFile.read(fixture("ch2_parameters.npz"));
        var loss = new FastLoss(params.shape(), Activation.SIGMOID, data);

        Evaluation e = loss.evaluate(params.values());

        assertEquals(0.255548, e.loss(), 1e-6);
        assertEquals(89.6, e.accuracy(), 1e-9);
        assertEquals(e.loss(), loss.loss(params.values()), 0.0);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void agreesWithTheReferenceNetworkAtRandomParametersForEveryActivation(Activation activation) {
        var shape = new NetworkShape(2, 16, 3);
        var random = new Random(5);
        int n = 300;
        double[] inputs = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            inputs[2 * i] = 4 * random.nextGaussian();
            inputs[2 * i + 1] = 4 * random.nextGaussian();
            labels[i] = random.nextInt(3);
        }
        var data = new Dataset(inputs, labels, 3);
        var loss = new FastLoss(shape, activation, data);
        for (int trial = 0; trial < 3; trial++) {
            double[] theta = new double[shape.parameterCount()];
            for (int p = 0; p < theta.length; p++) {
                theta[p] = random.nextGaussian();
            }
            Evaluation expected = new ReferenceNetwork(shape, activation).evaluate(theta, data);

            Evaluation got = loss.evaluate(theta);

            assertEquals(expected.loss(), got.loss(), 1e-5 * Math.max(1, expected.loss()), "trial " + trial);
            assertEquals(expected.accuracy(), got.accuracy(), 100.0 / n + 1e-9, "at most one tie decided otherwise");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 4})
    void agreesWithTheReferenceNetworkAtEveryDepth(int depth) {
        var shape = new NetworkShape(2, 12, 4, depth);
        var data = GaussianClusters.generate(new ClusterSettings(4, 70, 1.5, 5, depth, 0));
        double[] theta = GlorotUniform.initialize(shape, depth).values();
        Evaluation expected = new ReferenceNetwork(shape, Activation.TANH).evaluate(theta, data);

        Evaluation got = new FastLoss(shape, Activation.TANH, data).evaluate(theta);

        assertEquals(expected.loss(), got.loss(), 1e-5 * Math.max(1, expected.loss()));
        assertEquals(expected.accuracy(), got.accuracy(), 100.0 / data.size() + 1e-9);
    }

    @Test
    void aDatasetSmallerThanAChunkIsEvaluatedWhole() {
        // One hidden unit σ(0) = ½ and W_o = (0, 0), b_o = (0, ln 3): p(class 1) = 3/4 at every point.
        var shape = new NetworkShape(2, 1, 2);
        var params = Parameters.of(shape, new double[] {0, 0}, new double[] {0}, new double[] {0, 0},
                new double[] {0, Math.log(3)});
        var data = new Dataset(new double[] {1, 2, 3, 4, 5, 6}, new int[] {0, 1, 1}, 2);

        Evaluation e = new FastLoss(shape, Activation.SIGMOID, data).evaluate(params.values());

        // (−ln ¼ − ln ¾ − ln ¾) / 3, two of three points in class 1 (the arg-max everywhere).
        assertEquals((Math.log(4) + 2 * Math.log(4.0 / 3)) / 3, e.loss(), 1e-7);
        assertEquals(200.0 / 3, e.accuracy(), 1e-9);
    }

    @Test
    void refusesWhatItCannotEvaluate() {
        var shape = new NetworkShape(2, 4, 2);
        var data = new Dataset(new double[] {0, 0}, new int[] {1}, 2);
        assertThrows(IllegalArgumentException.class,
                () -> new FastLoss(shape, Activation.SIGMOID, new Dataset(new double[0], new int[0], 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new FastLoss(new NetworkShape(2, 4, 1), Activation.SIGMOID, data));
        var loss = new FastLoss(shape, Activation.SIGMOID, data);
        assertThrows(IllegalArgumentException.class, () -> loss.loss(new double[shape.parameterCount() - 1]));
    }
}
