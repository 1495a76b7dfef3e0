package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainAndEvaluateCommandTest {

    @TempDir
    static Path dir;
    static String dataset;
    static String params;

    @BeforeAll
    static void copyFixtures() throws IOException {
        dataset = copy("ch2_dataset.npz");
        params = copy("ch2_parameters.npz");
        Files.writeString(dir.resolve("corrupt.npz"), "this is not a zip file");
    }

    private static String copy(String name) throws IOException {
        try (InputStream in = TrainAndEvaluateCommandTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        }
    }

    @Test
    void evaluatingTheSeedsParametersGivesNumpysNumbers() {
        // The fixtures README: numpy in float64 gives mean cross-entropy 0.255548 and 896 of 1000 right.
        var run = CliRun.of("evaluate", "--dataset", dataset, "--params", params);
        assertEquals(0, run.code(), run.err());
        assertEquals("Loss: 0.255548, Accuracy: 89.600000", run.out().strip());
    }

    @Test
    void trainPrintsOneLineAnEpochInTheSeedsFormat() {
        var run = CliRun.of("train", "--epochs", "3");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.outLines();
        assertEquals(3, lines.length);
        for (int i = 0; i < 3; i++) {
            assertTrue(lines[i].matches("Epoch " + (i + 1) + ", Loss: \\d+\\.\\d{6}, Accuracy: \\d+\\.\\d{6}"),
                    lines[i]);
        }
        assertEquals("", run.err(), "no progress bar when standard error is not a terminal");
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        var a = CliRun.of("train", "--epochs", "5", "--seed", "7");
        assertEquals(a.out(), CliRun.of("train", "--epochs", "5", "--seed", "7").out());
        assertNotEquals(a.out(), CliRun.of("train", "--epochs", "5", "--seed", "8").out());
    }

    @Test
    void aValidationSplitAddsValidationColumns() {
        var run = CliRun.of("train", "--epochs", "2", "--val-split", "0.2", "--optimizer", "rmsprop", "--lr", "0.01");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines()[1].matches(
                "Epoch 2, Loss: [\\d.]+, Accuracy: [\\d.]+, Val Loss: [\\d.]+, Val Accuracy: [\\d.]+"), run.out());
    }

    @Test
    void theSeedsRunOnTheSeedsDataReachesEightyNinePercent() throws IOException {
        Path out = dir.resolve("trained.npz");
        var run = CliRun.of("train", "--dataset", dataset, "--save-params", out.toString());
        assertEquals(0, run.code(), run.err());
        String[] lines = run.outLines();
        assertEquals(1000, lines.length);
        double accuracy = Double.parseDouble(lines[999].replaceFirst(".*Accuracy: ", ""));
        assertTrue(accuracy >= 89, lines[999]);
        // The saved file is read back and evaluated: the network learned, and the file holds what was trained.
        var evaluated = CliRun.of("evaluate", "--dataset", dataset, "--params", out.toString());
        double finalAccuracy = Double.parseDouble(evaluated.out().replaceFirst(".*Accuracy: ", "").strip());
        assertTrue(finalAccuracy >= 89, evaluated.out());
    }

    @Test
    void startingFromAParameterFileWithNoEpochsSavesTheSameNetwork() {
        Path out = dir.resolve("same.npz");
        var run = CliRun.of("train", "--dataset", dataset, "--init", params, "--epochs", "0", "--save-params",
                out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals("Loss: 0.255548, Accuracy: 89.600000",
                CliRun.of("evaluate", "--dataset", dataset, "--params", out.toString()).out().strip());
    }

    @Test
    void savedDatasetsReadBackToTheSameTraining() {
        Path saved = dir.resolve("clusters.npz");
        var first = CliRun.of("train", "--clusters", "4", "--points", "20", "--epochs", "2", "--save-dataset",
                saved.toString(), "--no-shuffle");
        var second = CliRun.of("train", "--dataset", saved.toString(), "--epochs", "2", "--no-shuffle");
        assertEquals(0, second.code(), second.err());
        // The file stores float32 inputs, so the loss agrees to float precision, not bit for bit.
        double a = Double.parseDouble(first.outLines()[1].replaceFirst(".*Loss: ([\\d.]+),.*", "$1"));
        double b = Double.parseDouble(second.outLines()[1].replaceFirst(".*Loss: ([\\d.]+),.*", "$1"));
        assertEquals(a, b, 1e-5);
    }

    @Test
    void aRunThatBlowsUpStopsAndSaysSo() {
        var run = CliRun.of("train", "--optimizer", "momentum", "--param", "momentum=0.99", "--lr", "10",
                "--activation", "relu", "--epochs", "50");
        assertEquals(0, run.code());
        String[] lines = run.outLines();
        assertTrue(lines[lines.length - 1].contains("Loss: NaN"), run.out());
        assertTrue(lines.length < 50, "training stops at the first epoch whose loss is not a number");
        assertEquals(1, run.errLines().length);
        assertTrue(run.err().startsWith("training diverged at epoch " + lines.length), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "train --batch 0                         | --batch must be a whole number",
        "train --batch lots                      | --batch must be a whole number",
        "train --activation swish                | --activation must be sigmoid, tanh or relu",
        "train --lr 1e3                          | Learning rate must be between",
        "train --optimizer lbfgs                 | unknown optimizer 'lbfgs'",
        "train --val-split 1.5                   | Validation split (--val-split) must be a number from 0 to 0.9",
        "train --epochs -1                       | Epochs (--epochs) must be a whole number from 0 to 1000000",
        "train --clusters 0                      | Clusters (--clusters) must be a whole number from 2 to 50",
        "train --l2 2                            | L2 penalty λ (--l2) must be a number from 0 to 1, got 2",
        "train --l2 much                         | L2 penalty λ (--l2): 'much' is not a number",
        "train --dataset DIR/missing.npz         | missing.npz",
        "train --dataset DIR/corrupt.npz         | corrupt.npz",
        "train --dataset DATA --clusters 3       | cannot be combined",
        "train --dataset DATA --init PARAMS --hidden 64 | do not match",
        "evaluate --dataset DIR/corrupt.npz --params PARAMS | corrupt.npz",
        "evaluate --dataset DATA                 | Missing required option",
        "evaluate --dataset PARAMS --params PARAMS | ",
    })
    void mistakesPrintOneLineAndExitTwo(String commandLine, String expected) {
        String[] args = commandLine.trim().replace("DIR", dir.toString()).replace("DATA", dataset)
                .replace("PARAMS", params).split("\\s+");
        var run = CliRun.of(args);
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(expected == null || run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anL2PenaltyChangesTheRunAndAPenaltyOfZeroIsNone() {
        var plain = CliRun.of("train", "--epochs", "2", "--hidden", "16");
        var zero = CliRun.of("train", "--epochs", "2", "--hidden", "16", "--l2", "0");
        var some = CliRun.of("train", "--epochs", "2", "--hidden", "16", "--l2", "0.1");
        assertEquals(0, some.code(), some.err());
        assertEquals(plain.out(), zero.out());
        assertEquals(2, some.outLines().length);
        assertNotEquals(plain.outLines()[1], some.outLines()[1]);
    }

    @Test
    void aScenesL2PenaltyIsTrainedAndTheOptionOverridesIt() throws IOException {
        var d = org.descentlab.core.scene.NetworkScene.defaults();
        var withL2 = d.withTraining(d.training().withL2(0.1));
        Path scene = dir.resolve("l2.dlab.json");
        Files.writeString(scene, org.descentlab.core.scene.SceneJson.write(
                new org.descentlab.core.scene.Scene(null, withL2)));
        var fromScene = CliRun.of("train", "--scene", scene.toString(), "--epochs", "2", "--hidden", "16");
        assertEquals(0, fromScene.code(), fromScene.err());
        assertEquals(CliRun.of("train", "--epochs", "2", "--hidden", "16", "--l2", "0.1").out(), fromScene.out());
        assertEquals(CliRun.of("train", "--epochs", "2", "--hidden", "16").out(),
                CliRun.of("train", "--scene", scene.toString(), "--epochs", "2", "--hidden", "16", "--l2", "0").out());
    }

    @Test
    void theCommandLineTakesExactlyTheDeclaredLimits() {
        int most = (int) org.descentlab.core.scene.NetworkLimits.CLUSTERS.max();
        var ok = CliRun.of("train", "--clusters", Integer.toString(most), "--points", "2", "--epochs", "1");
        assertEquals(0, ok.code(), ok.err());
        var over = CliRun.of("train", "--clusters", Integer.toString(most + 1), "--points", "2", "--epochs", "1");
        assertEquals(2, over.code());
    }
}
