package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class PredictionsTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        try (InputStream in = PredictionsTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void theSeedsParametersGetOneHundredAndFourOfTheThousandPointsWrong() throws IOException {
        // The fixtures' README (and tools/expected/seed_fixtures.py): loss 0.255548, 89.6 % right, so 104 wrong.
        var data = DatasetFile.read(fixture("ch2_dataset.npz"));
        var params = ParameterFile.read(fixture("ch2_parameters.npz"));
        var p = Predictions.of(params, Activation.SIGMOID, data);
        assertEquals(104, p.wrong());
        assertEquals(89.6, p.accuracy(), 1e-9);
        assertEquals(0.255548, p.loss(), 5e-7);
        int wrong = 0;
        for (int i = 0; i < data.size(); i++) {
            wrong += p.isWrong(i, data.labels()[i]) ? 1 : 0;
        }
        assertEquals(104, wrong);
    }

    @Test
    void aNetworkThatOnlySeesXPutsClassOneRightOfTheOrigin() {
        // h = sigmoid(10 x), logits (5 − 10 h, 10 h − 5): class 1 wins exactly where x > 0. The loss is derived by
        // tools/expected/predictions_2_1_2.py.
        var shape = new NetworkShape(2, 1, 2);
        var parameters = Parameters.of(shape, new double[] {10, 0}, new double[] {0}, new double[] {-10, 10},
                new double[] {5, -5});
        var data = new Dataset(new double[] {-1, 0, 2, 5, 3, -4}, new int[] {0, 1, 0}, 2);
        var p = Predictions.of(parameters, Activation.SIGMOID, data);
        assertArrayEquals(new int[] {0, 1, 1}, p.predicted());
        assertEquals(1, p.wrong());
        assertTrue(p.isWrong(2, 0));
        assertEquals(200.0 / 3, p.accuracy(), 1e-12);
        assertEquals(3.333378745978567, p.loss(), 1e-12);
    }

    @Test
    void anEmptyDatasetHasNoScore() {
        var shape = new NetworkShape(2, 1, 2);
        var p = Predictions.of(new Parameters(shape, new double[shape.parameterCount()]), Activation.TANH,
                new Dataset(new double[0], new int[0], 2));
        assertTrue(Double.isNaN(p.loss()) && Double.isNaN(p.accuracy()));
    }
}
