package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SurfacesScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scene files on the command line: printed defaults, replays that match the plain commands, overrides. */
class SceneCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void trainOnTheDefaultNetworkScenePrintsExactlyWhatTrainAlonePrints() throws IOException {
        var printed = CliRun.of("scene", "--defaults", "network");
        assertEquals(0, printed.code(), printed.err());
        Path scene = write("seed.dlab.json", printed.out());
        var fromScene = CliRun.of("train", "--scene", scene.toString(), "--epochs", "3");
        var plain = CliRun.of("train", "--epochs", "3");
        assertEquals(0, fromScene.code(), fromScene.err());
        assertEquals(3, plain.outLines().length);
        assertEquals(plain.out(), fromScene.out());
    }

    @Test
    void optionsBesideTheSceneOverrideItsValues() throws IOException {
        Path scene = write("seed.dlab.json", SceneJson.write(new Scene(null, NetworkScene.defaults())));
        var fromScene = CliRun.of("train", "--scene", scene.toString(), "--epochs", "2", "--lr", "0.01",
                "--hidden", "16", "--seed", "4");
        var plain = CliRun.of("train", "--epochs", "2", "--lr", "0.01", "--hidden", "16", "--seed", "4");
        assertEquals(2, plain.outLines().length, plain.err());
        assertEquals(plain.out(), fromScene.out());
    }

    @Test
    void aSavedRaceReplaysEachOptimizerAsTheTrajectoryCommandDoes() throws IOException {
        var surfaces = SurfacesScene.defaults().withRun(40, 0.3, 9);
        Path scene = write("race.dlab.json", SceneJson.write(new Scene(surfaces, null)));
        var all = CliRun.of("trajectory", "--scene", scene.toString());
        assertEquals(0, all.code(), all.err());
        assertEquals("optimizer,step,x,y,loss", all.outLines()[0]);
        int enabled = surfaces.enabled().size();
        assertEquals(1 + enabled * 41, all.outLines().length);
        for (var setup : surfaces.enabled()) {
            var start = surfaces.start();
            var args = new java.util.ArrayList<>(java.util.List.of("trajectory", "--surface", "rosenbrock",
                    "--optimizer", setup.type().id(), "--start", start.x() + "," + start.y(), "--steps", "40",
                    "--noise", "0.3", "--seed", "9"));
            for (var h : setup.values().declared()) {
                args.add("--param");
                args.add(h.key() + "=" + setup.values().get(h.key()));
            }
            var one = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, one.code(), one.err());
            var expected = java.util.Arrays.stream(one.outLines()).skip(1).map(l -> setup.type().id() + "," + l)
                    .toList();
            var actual = java.util.Arrays.stream(all.outLines()).filter(l -> l.startsWith(setup.type().id() + ","))
                    .toList();
            assertEquals(expected, actual, setup.type().id());
        }
    }

    @Test
    void trajectoryWithASceneAndAnOptimizerPrintsOnlyThatOne() throws IOException {
        Path scene = write("race.dlab.json", SceneJson.write(new Scene(SurfacesScene.defaults(), null)));
        var one = CliRun.of("trajectory", "--scene", scene.toString(), "--optimizer", "adamax", "--steps", "5");
        assertEquals(0, one.code(), one.err());
        assertEquals("step,x,y,loss", one.outLines()[0]);
        assertEquals(7, one.outLines().length);
    }

    @Test
    void aSceneWithoutTheNeededPartIsRefused() throws IOException {
        Path scene = write("net.dlab.json", SceneJson.write(new Scene(null, NetworkScene.defaults())));
        var run = CliRun.of("trajectory", "--scene", scene.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("sets up no race"), run.err());
    }

    @Test
    void aBrokenSceneFileIsOneLineAndExitTwo() throws IOException {
        Path scene = write("bad.dlab.json", "{\"format\":\"descent-lab-scene\",\"version\":1,\"network\":{}}");
        var run = CliRun.of("train", "--scene", scene.toString());
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("'network.data' is missing"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void checkSaysWhatAValidSceneHolds() throws IOException {
        Path scene = write("all.dlab.json", CliRun.of("scene", "--defaults", "all").out());
        var run = CliRun.of("scene", "--check", scene.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("a valid scene, with a race on rosenbrock, with a network"), run.out());
    }

    @Test
    void anUnknownDefaultsNameIsRefused() {
        var run = CliRun.of("scene", "--defaults", "everything");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--defaults must be surfaces, network or all"), run.err());
    }

    @Test
    void aDatasetNamedBesideASceneIsReadFromTheWorkingFolderNotTheScenes() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("scenes"));
        Path scene = sub.resolve("seed.dlab.json");
        Files.writeString(scene, CliRun.of("scene", "--defaults", "network").out());
        Path data = dir.resolve("data.npz");
        assertEquals(0, CliRun.of("train", "--epochs", "0", "--save-dataset", data.toString()).code());
        // Relative to the working folder: the scene's folder has no such file.
        String relative = Path.of("").toAbsolutePath().relativize(data).toString();
        var run = CliRun.of("train", "--scene", scene.toString(), "--dataset", relative, "--epochs", "1");
        assertEquals(0, run.code(), run.err());
        assertEquals(CliRun.of("train", "--dataset", data.toString(), "--epochs", "1").out(), run.out());
    }
}
