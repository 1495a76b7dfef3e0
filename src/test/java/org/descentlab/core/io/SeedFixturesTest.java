package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real numpy files in {@code /fixtures} and checks them against the numbers in their README. */
class SeedFixturesTest {

    // Expected numbers re-derived independently by tools/expected/seed_fixtures.py (see tools/README.md).

    @TempDir
    Path folder;

    @Test
    void compressedDatasetHasThousandPointsInTenClasses() throws IOException {
        Dataset dataset = DatasetFile.read(HandMadeNumpy.fixture(folder, "ch2_dataset.npz"));

        assertEquals(1000, dataset.size());
        assertEquals(10, dataset.classes());
    }

    @Test
    void compressedDatasetStartsWithTheReadmePoints() throws IOException {
        Dataset dataset = DatasetFile.read(HandMadeNumpy.fixture(folder, "ch2_dataset.npz"));

        assertEquals(2.2750952f, (float) dataset.x(0));
        assertEquals(3.2378716f, (float) dataset.y(0));
        assertEquals(1.0940838f, (float) dataset.x(1));
        assertEquals(2.5889342f, (float) dataset.y(1));
    }

    @Test
    void storedDatasetStartsWithTheReadmePoints() throws IOException {
        Dataset dataset = DatasetFile.read(HandMadeNumpy.fixture(folder, "ch2_dataset_stored.npz"));

        assertEquals(1000, dataset.size());
        assertEquals(10, dataset.classes());
        assertArrayEquals(new float[] {2.2750952f, 3.2378716f, 1.0940838f, 2.5889342f},
                new float[] {(float) dataset.x(0), (float) dataset.y(0), (float) dataset.x(1), (float) dataset.y(1)});
    }

    @Test
    void storedAndCompressedDatasetsHoldIdenticalArrays() throws IOException {
        Map<String, NpyArray> deflated = NpzFile.read(HandMadeNumpy.fixture(folder, "ch2_dataset.npz"));
        Map<String, NpyArray> stored = NpzFile.read(HandMadeNumpy.fixture(folder, "ch2_dataset_stored.npz"));

        assertEquals(List.of("inputs", "labels"), List.copyOf(deflated.keySet()));
        assertEquals(deflated, stored);
        assertEquals(NpyType.FLOAT32, stored.get("inputs").type());
        assertEquals(NpyType.INT64, stored.get("labels").type());
    }

    @Test
    void parametersHave128HiddenUnitsAndTenClasses() throws IOException {
        Map<String, NpyArray> arrays = NpzFile.read(HandMadeNumpy.fixture(folder, "ch2_parameters.npz"));
        Parameters parameters = ParameterFile.read(folder.resolve("ch2_parameters.npz"));

        assertEquals(new NetworkShape(2, 128, 10), parameters.shape());
        assertEquals(List.of("W_h", "b_h", "W_o", "b_o"), List.copyOf(arrays.keySet()));
        assertEquals("(128, 2)", arrays.get("W_h").shapeText());
        assertEquals("(128,)", arrays.get("b_h").shapeText());
        assertEquals("(10, 128)", arrays.get("W_o").shapeText());
        assertEquals("(10,)", arrays.get("b_o").shapeText());
    }

    @Test
    void parametersClassifyTheDatasetAsNumpyReports() throws IOException {
        // The README's numbers, from numpy in float64: they only come out if every array landed in its place.
        Dataset dataset = DatasetFile.read(HandMadeNumpy.fixture(folder, "ch2_dataset.npz"));
        Parameters parameters = ParameterFile.read(HandMadeNumpy.fixture(folder, "ch2_parameters.npz"));
        int hidden = parameters.shape().hidden();
        int classes = parameters.shape().classes();
        double[] wh = parameters.hiddenWeights();
        double[] bh = parameters.hiddenBias();
        double[] wo = parameters.outputWeights();
        double[] bo = parameters.outputBias();
        double loss = 0;
        int correct = 0;
        for (int n = 0; n < dataset.size(); n++) {
            double[] h = new double[hidden];
            for (int j = 0; j < hidden; j++) {
                h[j] = 1 / (1 + Math.exp(-(wh[2 * j] * dataset.x(n) + wh[2 * j + 1] * dataset.y(n) + bh[j])));
            }
            double[] z = new double[classes];
            int best = 0;
            for (int c = 0; c < classes; c++) {
                z[c] = bo[c];
                for (int j = 0; j < hidden; j++) {
                    z[c] += wo[c * hidden + j] * h[j];
                }
                best = z[c] > z[best] ? c : best;
            }
            double sum = 0;
            for (double zc : z) {
                sum += Math.exp(zc - z[best]);
            }
            loss += Math.log(sum) - (z[dataset.labels()[n]] - z[best]);
            correct += best == dataset.labels()[n] ? 1 : 0;
        }

        assertEquals(896, correct);
        assertEquals(0.255548, loss / dataset.size(), 5e-7);
    }

    @Test
    void writerProducesNumpysExactBytesForTheFixtureInputs() throws IOException {
        Path file = HandMadeNumpy.fixture(folder, "ch2_dataset_stored.npz");
        byte[] numpyBytes;
        try (var zip = new ZipFile(file.toFile())) {
            numpyBytes = zip.getInputStream(zip.getEntry("inputs.npy")).readAllBytes();
        }
        NpyArray inputs = NpzFile.read(file).get("inputs");

        assertArrayEquals(numpyBytes, NpyCodec.toBytes(inputs));
    }
}
