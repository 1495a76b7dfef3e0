package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.scene.OptimizerCopy;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code trajectory --scene} with copies of optimizers: each copy prints the path it would print alone. */
class TrajectoryCopiesTest {

    private static final org.descentlab.core.optim.OptimizerType GD = OptimizerRegistry.find("gd").orElseThrow();

    @TempDir
    Path dir;

    /** {@code surface} with only GD switched on (at lr 0.001), 30 steps with noise 0.3, seed 9, and {@code copies}. */
    private Path scene(String surface, List<OptimizerCopy> copies) throws IOException {
        var s = SurfacesScene.forSurface(SurfaceRegistry.find(surface).orElseThrow());
        for (var o : s.optimizers()) {
            s = s.withOptimizer(o.withEnabled(o.type().id().equals("gd")));
        }
        s = s.withOptimizer(s.optimizer("gd").withValues(GD.defaults().with("lr", 0.001)));
        Path file = dir.resolve("copies.dlab.json");
        Files.writeString(file, SceneJson.write(new Scene(s.withRun(30, 0.3, 9).withCopies(copies), null)));
        return file;
    }

    private static CliRun alone(String surface, double lr, Point start) {
        var run = CliRun.of("trajectory", "--surface", surface, "--optimizer", "gd", "--lr", Double.toString(lr),
                "--start", start.x() + "," + start.y(), "--steps", "30", "--noise", "0.3", "--seed", "9");
        assertEquals(0, run.code(), run.err());
        return run;
    }

    /** The rows of {@code all} for {@code name}, without the name. */
    private static List<String> rowsOf(CliRun all, String name) {
        return Arrays.stream(all.outLines()).filter(l -> l.startsWith(name + ","))
                .map(l -> l.substring(name.length() + 1)).toList();
    }

    private static List<String> rows(CliRun one) {
        return Arrays.stream(one.outLines()).skip(1).toList();
    }

    @Test
    void twoGdCopiesPrintExactlyWhatTrajectoryPrintsForEachLearningRate() throws IOException {
        Path file = scene("rosenbrock", List.of(new OptimizerCopy(GD, GD.defaults().with("lr", 0.0005)),
                new OptimizerCopy(GD, GD.defaults().with("lr", 0.002))));
        var all = CliRun.of("trajectory", "--scene", file.toString());
        assertEquals(0, all.code(), all.err());
        assertEquals("optimizer,step,x,y,loss", all.outLines()[0]);
        assertEquals(1 + 3 * 31, all.outLines().length);
        Point start = SurfaceRegistry.find("rosenbrock").orElseThrow().info().start();
        assertEquals(rows(alone("rosenbrock", 0.001, start)), rowsOf(all, "gd"));
        assertEquals(rows(alone("rosenbrock", 0.0005, start)), rowsOf(all, "gd#2"));
        assertEquals(rows(alone("rosenbrock", 0.002, start)), rowsOf(all, "gd#3"));
        // The primary first, then the copies in scene order.
        assertTrue(all.outLines()[1].startsWith("gd,0,"));
        assertTrue(all.outLines()[1 + 31].startsWith("gd#2,0,"));
        assertTrue(all.outLines()[1 + 62].startsWith("gd#3,0,"));
    }

    @Test
    void aCopyWithItsOwnStartPrintsWhatTrajectoryPrintsFromThatStart() throws IOException {
        var own = new Point(1.25, -0.1 - 0.2);
        Path file = scene("himmelblau", List.of(new OptimizerCopy(GD, GD.defaults().with("lr", 0.01), own)));
        var all = CliRun.of("trajectory", "--scene", file.toString());
        assertEquals(0, all.code(), all.err());
        assertEquals(rows(alone("himmelblau", 0.01, own)), rowsOf(all, "gd#2"));
    }

    @Test
    void startMovesTheCommonStartButNotACopysOwn() throws IOException {
        var own = new Point(1.25, -0.5);
        Path file = scene("himmelblau", List.of(new OptimizerCopy(GD, GD.defaults().with("lr", 0.01), own),
                new OptimizerCopy(GD, GD.defaults().with("lr", 0.02))));
        var all = CliRun.of("trajectory", "--scene", file.toString(), "--start", "2,-1");
        assertEquals(0, all.code(), all.err());
        assertEquals(rows(alone("himmelblau", 0.001, new Point(2, -1))), rowsOf(all, "gd"));
        assertEquals(rows(alone("himmelblau", 0.01, own)), rowsOf(all, "gd#2"));
        assertEquals(rows(alone("himmelblau", 0.02, new Point(2, -1))), rowsOf(all, "gd#3"));
    }

    @Test
    void anOptimizerNamedBesideTheScenePrintsItAloneWithoutCopies() throws IOException {
        Path file = scene("bowl", List.of(new OptimizerCopy(GD, GD.defaults().with("lr", 0.1))));
        var one = CliRun.of("trajectory", "--scene", file.toString(), "--optimizer", "gd", "--steps", "3");
        assertEquals(0, one.code(), one.err());
        assertEquals("step,x,y,loss", one.outLines()[0]);
        assertEquals(5, one.outLines().length);
    }

    @Test
    void copiesAloneRaceWhenNoOptimizerIsSwitchedOn() throws IOException {
        Path file = dir.resolve("only.dlab.json");
        Files.writeString(file, """
                {"format": "descent-lab-scene", "version": 1, "surfaces": %s}
                """.formatted(surfacesWithCopies("[{\"optimizer\": \"gd\", \"hyperparameters\": {\"lr\": 0.25},"
                + " \"start\": {\"x\": 4.0, \"y\": -8.0}}]")));
        var run = CliRun.of("trajectory", "--scene", file.toString(), "--steps", "3");
        assertEquals(0, run.code(), run.err());
        // One path, so no optimizer column. GD on x² + y² with lr 0.25 halves the point at each step.
        assertEquals(List.of("step,x,y,loss", "0,4.0,-8.0,80.0", "1,2.0,-4.0,20.0", "2,1.0,-2.0,5.0",
                "3,0.5,-1.0,1.25"), List.of(run.outLines()));
    }

    /** A bowl race with every optimizer switched off and {@code copies} as the JSON list of copies. */
    private static String surfacesWithCopies(String copies) {
        return """
                {"surface": "bowl", "start": {"x": 1.0, "y": 1.0}, "steps": 10, "speed": 100, "noise": 0,
                 "noiseSeed": 0, "layout": "overlay", "logColours": false, "showInsides": false,
                 "linkLearningRates": false, "restartOnChange": false, "optimizers": [], "copies": %s}
                """.formatted(copies);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{'optimizer':'gd'},{'optimizer':'sgdx'}] | unknown optimizer 'sgdx' in surfaces.copies[1].optimizer",
        "[{'optimizer':'gd','hyperparameters':{'lr':20}}]"
                + " | Learning rate (surfaces.copies[0].hyperparameters.lr) must be between 1e-05 and 10, got 20",
        "[{},{},{},{},{},{},{},{},{},{},{},{},{}]"
                + " | Number of optimizer copies (surfaces.copies) must be a whole number from 0 to 12, got 13",
    })
    void aBrokenCopyIsOneLineNamingTheFieldAndExitTwo(String copies, String expected) throws IOException {
        Path file = dir.resolve("bad.dlab.json");
        Files.writeString(file, """
                {"format": "descent-lab-scene", "version": 1, "surfaces": %s}
                """.formatted(surfacesWithCopies(copies.replace('\'', '"'))));
        var run = CliRun.of("trajectory", "--scene", file.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
