package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.io.TrajectoryFile;
import org.descentlab.core.landscape.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandscapeCommandTest {

    @TempDir
    static Path dir;
    static String dataset;
    static String params;
    /** Four epochs of the seed's training from the seed's parameters: its trajectory and its end. */
    static String trajectory;
    static String trained;

    @BeforeAll
    static void prepare() throws IOException {
        dataset = copy("ch2_dataset.npz");
        params = copy("ch2_parameters.npz");
        trajectory = dir.resolve("path.npz").toString();
        trained = dir.resolve("trained.npz").toString();
        var run = CliRun.of("train", "--dataset", dataset, "--init", params, "--epochs", "4", "--save-params",
                trained, "--trajectory", trajectory);
        assertEquals(0, run.code(), run.err());
    }

    private static String copy(String name) throws IOException {
        try (InputStream in = LandscapeCommandTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        }
    }

    @Test
    void printsTheGridAsCsvRowsFromTheTopWithEvaluatesLossAtTheCentre() {
        var run = CliRun.of("landscape", "--dataset", dataset, "--params", params, "--grid", "5", "--span", "2");

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        String[] lines = run.outLines();
        assertEquals(26, lines.length);
        assertEquals("a,b,loss", lines[0]);
        assertTrue(lines[1].startsWith("-2.0,2.0,"), lines[1]);
        assertTrue(lines[2].startsWith("-1.0,2.0,"), lines[2]);
        assertTrue(lines[25].startsWith("2.0,-2.0,"), lines[25]);
        assertTrue(lines[13].startsWith("0.0,0.0,"), lines[13]);
        // evaluate on the same files (and numpy, in the fixtures' README) gives 0.255548.
        var evaluate = CliRun.of("evaluate", "--dataset", dataset, "--params", params);
        double expected = Double.parseDouble(evaluate.out().replaceAll("Loss: ([0-9.]+),.*\\s*", "$1"));
        assertEquals(expected, Double.parseDouble(lines[13].split(",")[2]), 1e-6);
    }

    @Test
    void theSameSeedGivesTheSamePlaneAndAnotherSeedAnother() {
        var a = CliRun.of("landscape", "--dataset", dataset, "--params", params, "--grid", "3", "--seed", "5");
        var b = CliRun.of("landscape", "--dataset", dataset, "--params", params, "--grid", "3", "--seed", "5");
        var c = CliRun.of("landscape", "--dataset", dataset, "--params", params, "--grid", "3", "--seed", "6");

        assertEquals(a.out(), b.out());
        assertFalse(a.out().equals(c.out()));
    }

    @Test
    void trainWritesTheStartAndEveryEpochAsATrajectory() throws IOException {
        Trajectory path = TrajectoryFile.read(Path.of(trajectory));
        var start = ParameterFile.read(Path.of(params)).values();
        var end = ParameterFile.read(Path.of(trained)).values();

        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, path.epochs());
        assertArrayEquals(start, path.theta(0), "epoch 0 is the --init file");
        assertArrayEquals(end, path.theta(4), "the last epoch is the saved parameters");
    }

    @Test
    void aTrajectoryChoosesPrincipalDirectionsAndTheirSharesGoToStandardError() {
        var run = CliRun.of("landscape", "--dataset", dataset, "--params", trained, "--trajectory", trajectory,
                "--grid", "3");

        assertEquals(0, run.code(), run.err());
        assertEquals(10, run.outLines().length);
        assertTrue(run.err().matches("# pca: d1 explains \\d+\\.\\d % of the path's variance, d2 \\d+\\.\\d %\\s*"),
                run.err());
    }

    @Test
    void aDeeperNetworksPathGivesItsPlaneWithEvaluatesLossAtTheCentre() {
        String deep = dir.resolve("deep.npz").toString();
        String deepPath = dir.resolve("deep-path.npz").toString();
        assertEquals(0, CliRun.of("train", "--dataset", dataset, "--layers", "3", "--hidden", "16", "--epochs", "3",
                "--save-params", deep, "--trajectory", deepPath).code());

        var run = CliRun.of("landscape", "--dataset", dataset, "--params", deep, "--trajectory", deepPath, "--grid",
                "3");

        assertEquals(0, run.code(), run.err());
        String centre = run.outLines()[5];
        assertTrue(centre.startsWith("0.0,0.0,"), centre);
        var evaluate = CliRun.of("evaluate", "--dataset", dataset, "--params", deep);
        double expected = Double.parseDouble(evaluate.out().replaceAll("Loss: ([0-9.]+),.*\\s*", "$1"));
        assertEquals(expected, Double.parseDouble(centre.split(",")[2]), 1e-6);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--directions|pca|--directions pca needs --trajectory",
        "--directions|sideways|--directions must be pca or random, got 'sideways'",
        "--grid|1|Landscape grid (--grid) must be a whole number from 2 to 401, got 1",
        "--grid|many|Landscape grid (--grid): 'many' is not a number",
        "--span|0|Landscape span (--span) must be a number from",
        "--activation|step|--activation must be sigmoid, tanh or relu"})
    void aBadOptionIsOneLineAndExitCodeTwo(String option, String value, String message) {
        var run = CliRun.of("landscape", "--dataset", dataset, "--params", params, option, value);

        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: " + message), run.err());
    }

    @Test
    void badFilesAreOneLineAndExitCodeTwo() throws IOException {
        Path corrupt = dir.resolve("corrupt.npz");
        Files.writeString(corrupt, "not a zip");
        Path other = dir.resolve("other.npz");
        TrajectoryFile.write(other, Trajectory.of(new int[] {0, 1, 2}, new float[][] {{0, 0}, {1, 0}, {0, 1}}));
        Path line = dir.resolve("line.npz");
        assertEquals(0, CliRun.of("train", "--dataset", dataset, "--init", params, "--epochs", "1", "--save-params",
                dir.resolve("one.npz").toString(), "--trajectory", line.toString()).code());

        assertBadInput("corrupt.npz: not a numpy .npz file", "--params", params, "--trajectory", corrupt.toString());
        assertBadInput("other.npz holds 2 parameters per epoch but", "--params", params, "--trajectory",
                other.toString());
        assertBadInput("the trajectory moves along fewer than two directions", "--params",
                dir.resolve("one.npz").toString(), "--trajectory", line.toString());
        assertBadInput("missing.npz: no such file", "--params", dir.resolve("missing.npz").toString());
    }

    private static void assertBadInput(String message, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "landscape";
        all[1] = "--dataset";
        all[2] = dataset;
        System.arraycopy(args, 0, all, 3, args.length);
        var run = CliRun.of(all);
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains(message), run.err());
    }

    @Test
    void aDivergedRunSavesNoTrajectory() {
        Path out = dir.resolve("diverged.npz");
        var run = CliRun.of("train", "--optimizer", "gd", "--lr", "10", "--activation", "relu", "--epochs", "30",
                "--trajectory", out.toString());

        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("the trajectory was not saved"), run.err());
        assertFalse(Files.exists(out));
    }
}
