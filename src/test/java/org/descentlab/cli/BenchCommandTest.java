package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static final Pattern FIGURE = Pattern.compile(
            "[a-z0-9_]+: (\\d+\\.\\d{3}) ([a-z]+) \\(min (\\d+\\.\\d{3}), max (\\d+\\.\\d{3}), (\\d+) runs?\\)");

    @Test
    void listsEveryFigureWithoutMeasuring() {
        var run = CliRun.of("bench", "--list");
        assertEquals(0, run.code(), run.err());
        assertEquals(java.util.List.of("train_seed_protocol_s", "boundary_map_200x200_ms",
                "train_depth4_h128_sigmoid_20_epochs_s", "landscape_101x101_seed_network_ms",
                "heat_map_600x600_with_contours_rosenbrock_ms", "heat_map_600x600_formula_30_nodes_ms",
                "race_11_walkers_1000_steps_ms",
                "sweep_11_optimizers_61_rates_1000_steps_rosenbrock_ms", "basin_map_120x120_1000_steps_himmelblau_gd_ms",
                "basin_map_120x120_1000_steps_himmelblau_adam_ms", "render_race_gif_300_frames_640x480_s",
                "window_png_2x_1280x720_ms"), Arrays.asList(run.outLines()));
    }

    /**
     * Four quick figures: they go through the same printing as the others. The figures that draw (a GIF, the whole
     * window), train the seed network or map basins take about a minute together, which a unit test should not.
     */
    @Test
    void printsTheChosenFiguresAsNameColonMedianUnitAndTheSpread() {
        var run = CliRun.of("bench", "--same-jvm", "--runs", "3", "--only", "heat_map|race_11|sweep");
        assertEquals(0, run.code(), run.err());
        var names = Arrays.stream(run.outLines()).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertEquals(java.util.List.of("heat_map_600x600_with_contours_rosenbrock_ms",
                "heat_map_600x600_formula_30_nodes_ms", "race_11_walkers_1000_steps_ms",
                "sweep_11_optimizers_61_rates_1000_steps_rosenbrock_ms"), names);
        for (String line : run.outLines()) {
            var m = FIGURE.matcher(line);
            assertTrue(m.matches(), line);
            double min = Double.parseDouble(m.group(3));
            double median = Double.parseDouble(m.group(1));
            double max = Double.parseDouble(m.group(4));
            assertTrue(0 < min && min <= median && median <= max, line);
            assertEquals("3", m.group(5), line);
        }
    }

    @Test
    void eachFigureIsMeasuredInAFreshJvmOfItsOwn() {
        var run = CliRun.of("bench", "--runs", "1", "--only", "race_11");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.outLines().length, run.out());
        assertTrue(FIGURE.matcher(run.outLines()[0]).matches(), run.out());
        assertTrue(run.out().startsWith("race_11_walkers_1000_steps_ms: "), run.out());
    }

    @Test
    void theForkedJvmRunsTheSameJavaOnOneFigureInItsOwnJvm() {
        var command = new BenchFork(7, new java.io.PrintWriter(new java.io.StringWriter())).command("a_b_ms");
        assertTrue(command.get(0).startsWith(System.getProperty("java.home")), command.get(0));
        assertEquals(java.util.List.of("-cp", System.getProperty("java.class.path"), "org.descentlab.Main", "bench",
                "--same-jvm", "--runs", "7", "--only", "^\\Qa_b_ms\\E$"), command.subList(command.size() - 9,
                command.size()));
    }

    @Test
    void aFigureIsItsMedianWithTheFastestAndSlowestRun() {
        assertEquals("x_ms: 2.000 ms (min 1.000, max 30.000, 3 runs)",
                BenchFigure.of("x_ms", "ms", new double[] {30, 1, 2}).line());
        assertEquals("y_s: 2.500 s (min 1.000, max 4.000, 4 runs)",
                BenchFigure.of("y_s", "s", new double[] {4, 1, 3, 2}).line());
        assertEquals("z_ms: 0.123 ms (min 0.123, max 0.123, 1 run)",
                BenchFigure.of("z_ms", "ms", new double[] {0.1234}).line());
    }

    @Test
    void aBadRunCountIsRefused() {
        var run = CliRun.of("bench", "--runs", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: --runs must be between 1 and 1000"), run.err());
    }

    @Test
    void aBadPatternIsRefused() {
        var run = CliRun.of("bench", "--only", "(");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: --only is not a valid regular expression"), run.err());
    }
}
