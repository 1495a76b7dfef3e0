package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.ParameterFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation through the double reference network: block by block it must add up to the point-by-point numbers. */
class ReferenceNetworkEvaluationTest {

    // Expected numbers re-derived independently by tools/expected/seed_fixtures.py (see tools/README.md).

    @TempDir
    Path folder;

    @Test
    void evaluationOverSeveralBlocksAgreesWithThePointByPointProbabilities() {
        var shape = new NetworkShape(2, 9, 5);
        Dataset data = GaussianClusters.generate(new ClusterSettings(5, 121, 2.5, 6.0, 8L, 0.0));
        assertTrue(data.size() > 2 * ReferenceNetwork.BLOCK && data.size() % ReferenceNetwork.BLOCK != 0);
        double[] p = GlorotUniform.initialize(shape, 4).values();
        var network = new ReferenceNetwork(shape, Activation.TANH);
        double[] probabilities = new double[shape.classes()];
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            network.probabilities(p, data.x(i), data.y(i), probabilities);
            loss -= Math.log(probabilities[data.labels()[i]]);
            correct += ReferenceNetwork.argMax(probabilities) == data.labels()[i] ? 1 : 0;
        }

        Evaluation evaluation = network.evaluate(p, data);

        assertEquals(loss / data.size(), evaluation.loss(), 1e-12);
        assertEquals(100.0 * correct / data.size(), evaluation.accuracy(), 1e-12);
        assertTrue(correct > 0 && correct < data.size(), "a check that can tell a shifted label: " + correct);
    }

    @Test
    void theSeedsParametersOnTheSeedsDataGiveNumpysLossAndAccuracy() throws IOException {
        Dataset data = DatasetFile.read(fixture("ch2_dataset.npz"));
        Parameters parameters = ParameterFile.read(fixture("ch2_parameters.npz"));

        Evaluation evaluation = Evaluation.of(parameters, Activation.SIGMOID, data);

        // The fixture README's numbers, from numpy in float64.
        assertEquals(0.255548, evaluation.loss(), 5e-7);
        assertEquals(89.6, evaluation.accuracy(), 1e-9);
    }

    @Test
    void anEmptyDatasetHasNoLossAndNoAccuracy() {
        var shape = new NetworkShape(2, 3, 2);
        Evaluation evaluation = new ReferenceNetwork(shape, Activation.SIGMOID)
                .evaluate(new double[shape.parameterCount()], new Dataset(new double[0], new int[0], 2));

        assertTrue(Double.isNaN(evaluation.loss()) && Double.isNaN(evaluation.accuracy()), evaluation.toString());
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /fixtures/" + name);
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
