package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sweep} and {@code basin}: their rows are {@code trajectory}'s last rows, and bad input is one clear line. */
class SweepAndBasinCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rosenbrock | momentum | --param momentum=0.8 --start -1,2 --steps 300 --lr-min 1e-5 --lr-max 1 --points 11 "
                + "| diverged running",
        "himmelblau | adam     | --param beta1=0.8 --steps 200 --points 7 --noise 0.3 --seed 5 | running",
        "bowl       | gd       | --steps 1000 --points 13 | converged diverged running",
        "bowl       | gd       | --schedule step:every=20,factor=0.5 --steps 300 --points 13 "
                + "| converged diverged running",
        "rosenbrock | adam     | --schedule cosine:period=150,floor=0.1 --steps 200 --points 7 | running",
    })
    void eachSweepRowIsTheLastRowOfTrajectoryAtThatRate(String surface, String optimizer, String options,
            String expectedStatuses) {
        var args = new ArrayList<>(List.of("sweep", "--surface", surface, "--optimizer", optimizer));
        args.addAll(List.of(options.trim().split("\\s+")));
        var sweep = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, sweep.code(), sweep.err());
        String[] lines = sweep.outLines();
        assertEquals("lr,final_x,final_y,final_loss,status,steps_to_converge", lines[0]);
        var statuses = new java.util.TreeSet<String>();
        for (int r = 1; r < lines.length; r++) {
            String[] cells = lines[r].split(",", -1);
            assertEquals(6, cells.length, lines[r]);
            var trajectoryArgs = new ArrayList<>(List.of("trajectory", "--surface", surface, "--optimizer", optimizer,
                    "--lr", cells[0]));
            trajectoryArgs.addAll(sweepOptionsForTrajectory(options));
            var path = CliRun.of(trajectoryArgs.toArray(String[]::new));
            String[] last = path.outLines()[path.outLines().length - 1].split(",");
            assertEquals(List.of(last[1], last[2], last[3]), List.of(cells[1], cells[2], cells[3]), "lr " + cells[0]);
            assertEquals(cells[4].equals("diverged"), path.err().contains("diverged at step"), lines[r]);
            assertEquals(cells[4].equals("converged"), !cells[5].isEmpty(), lines[r]);
            statuses.add(cells[4]);
        }
        assertEquals(expectedStatuses, String.join(" ", statuses));
    }

    /** The sweep's options that trajectory shares (start, steps, noise, seed, other hyperparameters). */
    private static List<String> sweepOptionsForTrajectory(String options) {
        var kept = new ArrayList<String>();
        String[] words = options.trim().split("\\s+");
        for (int i = 0; i < words.length; i += 2) {
            if (!List.of("--lr-min", "--lr-max", "--points").contains(words[i])) {
                kept.add(words[i]);
                kept.add(words[i + 1]);
            }
        }
        return kept;
    }

    @Test
    void theDefaultSweepHasSixtyOneRatesFromOneHundredThousandthToTen() {
        var run = CliRun.of("sweep", "--surface", "elongated", "--optimizer", "gd", "--steps", "50");
        assertEquals(62, run.outLines().length);
        assertTrue(run.outLines()[1].startsWith("1e-05,"), run.outLines()[1]);
        assertTrue(run.outLines()[61].startsWith("10.0,"), run.outLines()[61]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"constant", "step:every=50,factor=0.5"})
    void eachBasinRowIsTheLastRowOfTrajectoryFromThatStart(String schedule) {
        var basin = CliRun.of("basin", "--surface", "himmelblau", "--optimizer", "nag", "--lr", "0.002", "--grid",
                "4", "--steps", "200", "--schedule", schedule);
        assertEquals(0, basin.code(), basin.err());
        String[] lines = basin.outLines();
        assertEquals("x0,y0,end,final_x,final_y,steps", lines[0]);
        assertEquals(17, lines.length);
        var surface = SurfaceRegistry.find("himmelblau").orElseThrow();
        double radius = BasinMap.reachedRadius(surface);
        for (int r = 1; r < lines.length; r++) {
            String[] cells = lines[r].split(",");
            var path = CliRun.of("trajectory", "--surface", "himmelblau", "--optimizer", "nag", "--lr", "0.002",
                    "--start", cells[0] + "," + cells[1], "--steps", "200", "--schedule", schedule);
            String[] last = path.outLines()[path.outLines().length - 1].split(",");
            assertEquals(List.of(last[0], last[1], last[2]), List.of(cells[5], cells[3], cells[4]), lines[r]);
            var end = new Point(Double.parseDouble(cells[3]), Double.parseDouble(cells[4]));
            if (cells[2].matches("\\d+")) {
                var minimum = surface.info().minima().get(Integer.parseInt(cells[2]));
                assertTrue(minimum.point().distanceTo(end) <= radius, lines[r]);
            }
        }
        // Row by row from the top: the first start is the top-left cell's centre.
        assertTrue(lines[1].startsWith("-3.75,3.75,"), lines[1]);
    }

    @Test
    void aBasinRowSaysDivergedOrRunning() {
        var diverged = CliRun.of("basin", "--surface", "bowl", "--optimizer", "gd", "--lr", "10", "--grid", "2");
        assertTrue(diverged.outLines()[1].split(",")[2].equals("diverged"), diverged.out());
        var running = CliRun.of("basin", "--surface", "rosenbrock", "--optimizer", "gd", "--lr", "1e-5", "--grid",
                "2", "--steps", "3");
        assertTrue(running.outLines()[1].split(",")[2].equals("running"), running.out());
        assertEquals("3", running.outLines()[1].split(",")[5]);
    }

    @Test
    void theListNumbersEachSurfacesMinimaAsBasinDoes() {
        var run = CliRun.of("trajectory", "--list");
        assertTrue(run.out().contains("minima (basin's end; * global): 0: 3,2*; 1: -2.80512,3.13131*; "
                + "2: -3.77931,-3.28319*;"), run.out());
        assertTrue(run.out().contains("0: -0.936301,0*; 1: 0.905318,0\n"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sweep --surface moon --optimizer gd                     | unknown surface 'moon'",
        "sweep --optimizer gd                                    | --surface is required",
        "sweep --surface bowl                                    | --optimizer is required",
        "sweep --surface bowl --optimizer gd --lr 0.1            | the sweep sets the learning rate itself",
        "sweep --surface bowl --optimizer adam --param lr=0.1    | the sweep sets the learning rate itself",
        "sweep --surface bowl --optimizer adam --param beta1=2   | β1 must be between 0 and 0.999",
        "sweep --surface bowl --optimizer gd --lr-min 0.1 --lr-max 0.01 | must be above --lr-min (0.1)",
        "sweep --surface bowl --optimizer gd --lr-min 0          | Smallest learning rate of the sweep (--lr-min)",
        "sweep --surface bowl --optimizer gd --lr-max 11         | Largest learning rate of the sweep (--lr-max)",
        "sweep --surface bowl --optimizer gd --points 1          | Learning rates in the sweep (--points) must be",
        "sweep --surface bowl --optimizer gd --schedule zigzag   | --schedule: unknown kind 'zigzag'",
        "basin --surface bowl --optimizer gd --schedule step:every=0 | --schedule step: Interval s must be between 1",
        "sweep --surface bowl --optimizer gd --points many       | 'many' is not a number",
        "sweep --surface bowl --optimizer gd --start 1           | --start wants two numbers X,Y",
        "sweep --surface bowl --optimizer gd --steps 0           | Steps (--steps) must be a whole number from 1",
        "sweep --surface bowl --optimizer gd --noise 20          | Gradient noise σ (--noise) must be a number",
        "basin --surface bowl --optimizer gd --grid 1            | Basin map grid (--grid) must be a whole number",
        "basin --surface bowl --optimizer gd --grid 2.5          | Basin map grid (--grid) must be a whole number",
        "basin --surface bowl --optimizer gd --grid 401          | to 400, got 401",
        "basin --surface bowl --optimizer gd --lr 20             | Learning rate must be between",
        "basin --surface bowl --optimizer gd --steps 2000000     | Steps (--steps) must be a whole number",
        "basin --surface bowl --optimizer gd --start 1,1         | Unknown option",
        "basin --optimizer gd                                    | --surface is required",
    })
    void mistakesPrintOneClearLineAndExitTwo(String commandLine, String expected) {
        var run = CliRun.of(commandLine.trim().split("\\s+"));
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out(), "nothing on standard output");
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
