package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class BenchCommandTest {

    /**
     * The bench draws headless (pictures and a GIF); TestFX starts the toolkit first, as for the UI tests, since its
     * Monocle platform replaces the one a toolkit started earlier has, and a later UI test in this JVM would then
     * click into nothing.
     */
    @BeforeAll
    static void startTheToolkitAsTheUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void printsEveryFigureAsNameColonValueUnit() {
        var run = CliRun.of("bench", "--runs", "1");
        assertEquals(0, run.code(), run.err());
        var names = Arrays.stream(run.outLines()).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertTrue(names.contains("heat_map_600x600_with_contours_rosenbrock_ms"), run.out());
        assertTrue(names.contains("race_11_walkers_1000_steps_ms"), run.out());
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
