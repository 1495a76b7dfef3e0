package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

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
    void printsTheChosenFiguresAsNameColonValueUnit() {
        var run = CliRun.of("bench", "--runs", "1", "--only", "heat_map|race_11|sweep");
        assertEquals(0, run.code(), run.err());
        var names = Arrays.stream(run.outLines()).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertEquals(java.util.List.of("heat_map_600x600_with_contours_rosenbrock_ms",
                "heat_map_600x600_formula_30_nodes_ms", "race_11_walkers_1000_steps_ms",
                "sweep_11_optimizers_61_rates_1000_steps_rosenbrock_ms"), names);
        for (String line : run.outLines()) {
            assertTrue(line.matches("[a-z0-9_]+: \\d+\\.\\d+ [a-z]+"), line);
            assertTrue(Double.parseDouble(line.split(" ")[1]) > 0, line);
        }
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
