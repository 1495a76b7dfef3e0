package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code train --layers K}, {@code train --log-gradients} and {@code evaluate} on deeper networks. */
class TrainDepthCommandTest {

    @TempDir
    Path dir;

    /** A number in the epoch line, as printed: {@code 1.234e-02} or {@code 0.1234}. */
    private static final String NUMBER = "\\d\\.\\d+(e[-+]\\d\\d)?";

    @Test
    void aDeeperNetworkIsTrainedSavedAndEvaluated() throws IOException {
        Path params = dir.resolve("deep.npz");
        Path data = dir.resolve("data.npz");
        var run = CliRun.of("train", "--layers", "3", "--hidden", "16", "--activation", "tanh", "--clusters", "4",
                "--points", "30", "--epochs", "3", "--save-params", params.toString(), "--save-dataset",
                data.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(3, run.outLines().length);
        assertTrue(run.outLines()[2].matches("Epoch 3, Loss: \\d+\\.\\d{6}, Accuracy: \\d+\\.\\d{6}"), run.out());
        var saved = ParameterFile.read(params);
        assertEquals("2-16-16-16-4", saved.shape().describe());

        var evaluated = CliRun.of("evaluate", "--dataset", data.toString(), "--params", params.toString(),
                "--activation", "tanh");
        assertEquals(0, evaluated.code(), evaluated.err());
        Dataset points = org.descentlab.core.io.DatasetFile.read(data);
        var expected = Evaluation.of(saved, Activation.TANH, points);
        assertEquals(String.format(java.util.Locale.ROOT, "Loss: %.6f, Accuracy: %.6f", expected.loss(),
                expected.accuracy()), evaluated.out().strip());
    }

    @ParameterizedTest
    @CsvSource({"0, must be a whole number from 1 to 4, got 0", "5, must be a whole number from 1 to 4, got 5",
        "1.5, must be a whole number from 1 to 4, got 1.5", "two, 'two' is not a number"})
    void aDepthOutsideOneToFourIsOneLineOnStandardError(String layers, String words) {
        var run = CliRun.of("train", "--layers", layers, "--epochs", "1");
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: Hidden layers (--layers)"), run.err());
        assertTrue(run.err().contains(words), run.err());
    }

    @Test
    void loggedGradientsEndEachLineWithOneNormPerWeightLayerAndOneSharePerHiddenLayer() {
        var run = CliRun.of("train", "--layers", "2", "--hidden", "8", "--epochs", "2", "--val-split", "0.2",
                "--log-gradients");
        assertEquals(0, run.code(), run.err());
        for (String line : run.outLines()) {
            assertTrue(line.matches("Epoch \\d, Loss: [\\d.]+, Accuracy: [\\d.]+, Val Loss: [\\d.]+, Val Accuracy: "
                    + "[\\d.]+, Grad: " + NUMBER + " " + NUMBER + " " + NUMBER + ", Saturated: " + NUMBER + " "
                    + NUMBER), line);
        }
    }

    @Test
    void withoutTheOptionEachLineIsByteForByteTheLoggedLineWithoutItsEnd() {
        String[] args = {"train", "--layers", "4", "--activation", "relu", "--epochs", "3", "--seed", "3"};
        var plain = CliRun.of(args);
        var logged = CliRun.of(append(args, "--log-gradients"));
        assertEquals(0, logged.code(), logged.err());
        assertEquals(plain.out(), logged.out().replaceAll(", Grad: [^\n]*", ""));
        assertTrue(logged.outLines()[0].contains(", Grad: "), logged.out());
        var seed = CliRun.of("train", "--epochs", "3");
        assertEquals(seed.out(), CliRun.of("train", "--epochs", "3", "--layers", "1").out());
    }

    @Test
    void aStartFileGivesItsDepthUnlessLayersSaysOtherwise() {
        Path start = dir.resolve("start.npz");
        assertEquals(0, CliRun.of("train", "--layers", "2", "--hidden", "8", "--epochs", "0", "--save-params",
                start.toString()).code());
        Path out = dir.resolve("continued.npz");
        var continued = CliRun.of("train", "--init", start.toString(), "--epochs", "1", "--save-params",
                out.toString());
        assertEquals(0, continued.code(), continued.err());
        assertEquals(2, readDepth(out));

        var clash = CliRun.of("train", "--init", start.toString(), "--layers", "3", "--epochs", "1");
        assertEquals(2, clash.code(), clash.err());
        assertEquals(1, clash.errLines().length, clash.err());
        assertTrue(clash.err().contains("the parameters have 2 hidden layers but the network is set to 3"),
                clash.err());
    }

    private static int readDepth(Path file) {
        try {
            return ParameterFile.read(file).shape().depth();
        } catch (org.descentlab.core.io.NumpyFileException e) {
            throw new AssertionError(e);
        }
    }

    private static String[] append(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
