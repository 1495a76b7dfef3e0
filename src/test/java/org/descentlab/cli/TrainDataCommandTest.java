package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.PlaygroundData;
import org.descentlab.core.scene.DataSetup;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code train --data KIND --noise σ --points n}: the Playground pictures on the command line. */
class TrainDataCommandTest {

    @TempDir
    Path dir;

    @Test
    void clustersByNameTrainExactlyAsWithoutTheOption() {
        var plain = CliRun.of("train", "--epochs", "2", "--points", "30", "--seed", "4");
        var named = CliRun.of("train", "--epochs", "2", "--points", "30", "--seed", "4", "--data", "clusters");
        assertEquals(0, named.code(), named.err());
        assertEquals(plain.out(), named.out());
        assertEquals(2, named.outLines().length);
    }

    @ParameterizedTest
    @CsvSource({"spiral, SPIRAL", "xor, XOR", "circles, CIRCLES", "moons, MOONS"})
    void eachKindTrainsOnItsPictureWithNPointsPerClass(String id, DatasetKind kind) throws IOException {
        Path saved = dir.resolve(id + ".npz");
        var run = CliRun.of("train", "--data", id, "--points", "40", "--noise", "0.3", "--seed", "9", "--hidden",
                "8", "--epochs", "1", "--save-dataset", saved.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Epoch 1, Loss: "), run.out());
        var data = DatasetFile.read(saved);
        var expected = PlaygroundData.generate(kind, 40, 0.3, 9);
        assertArrayEquals(expected.inputs(), data.inputs());
        assertArrayEquals(expected.labels(), data.labels());
    }

    @Test
    void anUnknownKindIsOneLineNamingTheKinds() {
        var run = CliRun.of("train", "--data", "spirals", "--epochs", "1");
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("clusters, spiral, xor, circles or moons"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void optionsOfTheOtherKindAreRefusedInWords() {
        var noise = CliRun.of("train", "--noise", "0.3", "--epochs", "1");
        assertEquals(2, noise.code());
        assertTrue(noise.err().contains("--spread"), noise.err());
        var clusters = CliRun.of("train", "--data", "moons", "--clusters", "3", "--epochs", "1");
        assertEquals(2, clusters.code());
        assertTrue(clusters.err().contains("--noise"), clusters.err());
        var tooNoisy = CliRun.of("train", "--data", "moons", "--noise", "9", "--epochs", "1");
        assertEquals(2, tooNoisy.code());
        assertEquals(1, tooNoisy.errLines().length, tooNoisy.err());
    }

    @Test
    void aSceneOfSpiralsStaysSpiralsWhenAnOptionChangesItsPoints() throws IOException {
        var d = new DataSetup(null, 10, 100, 1.0, 2L, 0, DatasetKind.SPIRAL, 0.25);
        Path scene = dir.resolve("spiral.dlab.json");
        Files.writeString(scene, SceneJson.write(new Scene(null, NetworkScene.defaults().withData(d))));
        Path saved = dir.resolve("data.npz");
        var run = CliRun.of("train", "--scene", scene.toString(), "--points", "30", "--hidden", "4", "--epochs", "1",
                "--save-dataset", saved.toString());
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(PlaygroundData.generate(DatasetKind.SPIRAL, 30, 0.25, 2).inputs(),
                DatasetFile.read(saved).inputs());
    }

    /** The classic picture in numbers: the spirals need the second hidden layer of eight ReLUs (seed 0, 50 epochs). */
    @Test
    void twoHiddenLayersOfEightLearnTheSpiralsThatOneLayerOfEightCannot() {
        String[] common = {"train", "--data", "spiral", "--points", "500", "--noise", "0.2", "--hidden", "8",
            "--activation", "relu", "--optimizer", "adam", "--lr", "0.01", "--batch", "16", "--epochs", "50"};
        double shallow = lastAccuracy(CliRun.of(append(common, "--layers", "1")));
        double deep = lastAccuracy(CliRun.of(append(common, "--layers", "2")));
        assertTrue(shallow < 80, "one hidden layer: " + shallow);
        assertTrue(deep > 95, "two hidden layers: " + deep);
    }

    private static double lastAccuracy(CliRun run) {
        assertEquals(0, run.code(), run.err());
        String[] lines = run.outLines();
        String last = lines[lines.length - 1];
        return Double.parseDouble(last.substring(last.indexOf("Accuracy: ") + 10).split(",")[0].trim());
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
