package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void printsEveryFigureAsNameColonValueUnit() {
        var run = CliRun.of("bench", "--runs", "1");
        assertEquals(0, run.code(), run.err());
        var names = Arrays.stream(run.outLines()).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertTrue(names.contains("heat_map_600x600_with_contours_rosenbrock_ms"), run.out());
        assertTrue(names.contains("race_11_walkers_1000_steps_ms"), run.out());
        assertTrue(names.contains("sweep_11_optimizers_61_rates_1000_steps_rosenbrock_ms"), run.out());
        assertTrue(names.contains("basin_map_120x120_1000_steps_himmelblau_gd_ms"), run.out());
        assertTrue(names.contains("basin_map_120x120_1000_steps_himmelblau_adam_ms"), run.out());
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
}
