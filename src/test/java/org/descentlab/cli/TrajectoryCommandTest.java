package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrajectoryCommandTest {

    @Test
    void printsAHeaderAndOneRowPerStepFromTheStart() {
        var run = CliRun.of("trajectory", "--surface", "bowl", "--optimizer", "gd", "--lr", "0.1", "--start", "1,-2",
                "--steps", "5");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        String[] lines = run.outLines();
        assertEquals("step,x,y,loss", lines[0]);
        assertEquals(7, lines.length);
        assertEquals("0,1.0,-2.0,5.0", lines[1]);
        for (int k = 0; k <= 5; k++) {
            String[] cells = lines[k + 1].split(",");
            assertEquals(k, Integer.parseInt(cells[0]));
            // Gradient descent on x² + y² multiplies the point by (1 − 2·lr) = 0.8 each step.
            double x = Math.pow(0.8, k);
            assertEquals(x, Double.parseDouble(cells[1]), 1e-15);
            assertEquals(-2 * x, Double.parseDouble(cells[2]), 1e-15);
            assertEquals(5 * x * x, Double.parseDouble(cells[3]), 1e-14);
        }
    }

    @Test
    void printsFullPrecisionShortestText() {
        var run = CliRun.of("trajectory", "--surface", "bowl", "--optimizer", "gd", "--lr", "0.1", "--start",
                "0.3,0.7", "--steps", "1");
        // Python's repr of 0.3 − 0.1·0.6, 0.7 − 0.1·1.4 and x² + y², computed in double precision.
        assertEquals("1,0.24,0.5599999999999999,0.3711999999999999", run.outLines()[2]);
    }

    @Test
    void paramOverridesAndStartDefaultToTheSurfaces() {
        var run = CliRun.of("trajectory", "--surface", "rosenbrock", "--optimizer", "momentum", "--param",
                "momentum=0", "--param", "lr=0.001", "--steps", "1");
        String[] start = run.outLines()[1].split(",");
        assertEquals(-1.5, Double.parseDouble(start[1]), 0);
        assertEquals(2.5, Double.parseDouble(start[2]), 0);
        // With μ = 0 momentum is plain descent: ∂x = 145, ∂y = 50 at (−1.5, 2.5).
        String[] one = run.outLines()[2].split(",");
        assertEquals(-1.5 - 0.145, Double.parseDouble(one[1]), 1e-15);
        assertEquals(2.5 - 0.05, Double.parseDouble(one[2]), 1e-15);
    }

    @Test
    void divergenceEndsTheRowsAndSaysSoInOneLine() {
        var run = CliRun.of("trajectory", "--surface", "bowl", "--optimizer", "gd", "--lr", "10", "--start", "1,0",
                "--steps", "100");
        assertEquals(0, run.code());
        // x_k = (1 − 20)^k = (−19)^k: |x_5| ≈ 2.5e6 leaves the 1e6 disc at step 5, which is still printed.
        assertEquals(1 + 6, run.outLines().length);
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("diverged at step 5"), run.err());
    }

    @Test
    void noiseWithASeedIsReproducible() {
        String[] args = {"trajectory", "--surface", "saddle", "--optimizer", "adam", "--noise", "0.5", "--seed", "3",
            "--steps", "50"};
        var a = CliRun.of(args);
        assertEquals(a.out(), CliRun.of(args).out());
        args[8] = "4";
        assertFalse(a.out().equals(CliRun.of(args).out()));
    }

    @Test
    void listNamesEverySurfaceAndEveryOptimizerKeyWithItsDefault() {
        var run = CliRun.of("trajectory", "--list");
        assertEquals(0, run.code());
        SurfaceRegistry.all().forEach(s -> assertTrue(run.out().contains("  " + s.id() + " "), s.id()));
        OptimizerRegistry.all().forEach(t -> {
            assertTrue(run.out().contains("  " + t.id() + " "), t.id());
            for (Hyperparameter h : t.hyperparameters()) {
                assertTrue(run.out().matches("(?s).*" + h.key() + " +default " + Hyperparameter.format(h.defaultValue())
                        .replace("+", "\\+") + " .*"), t.id() + "." + h.key());
            }
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "trajectory --surface moon --optimizer gd                | unknown surface 'moon'",
        "trajectory --surface bowl --optimizer sgdx              | unknown optimizer 'sgdx'",
        "trajectory --surface bowl --optimizer gd --param beta1=0.9 | has no hyperparameter 'beta1'",
        "trajectory --surface bowl --optimizer gd --lr 1e3       | Learning rate must be between 1e-05 and 10",
        "trajectory --surface bowl --optimizer gd --lr abc       | 'abc' is not a number",
        "trajectory --surface bowl --optimizer gd --lr -1        | Learning rate must be between",
        "trajectory --surface bowl --optimizer adam --param bias_correction=0.5 | must be 0 (off) or 1 (on)",
        "trajectory --surface bowl --optimizer gd --param lr     | wants KEY=VALUE",
        "trajectory --surface bowl --optimizer gd --start 1      | --start wants two numbers X,Y",
        "trajectory --surface bowl --optimizer gd --start 1,nan  | --start wants two numbers X,Y",
        "trajectory --surface bowl --optimizer gd --steps -3     | Steps (--steps) must be a whole number from 1 to 1000000",
        "trajectory --surface bowl --optimizer gd --steps many   | 'many' is not a number",
        "trajectory --surface bowl --optimizer gd --noise -1     | Gradient noise σ (--noise) must be a number from 0 to 10",
        "trajectory --optimizer gd                               | --surface is required",
        "trajectory --surface bowl                               | --optimizer is required",
        "trajectory --surface bowl --optimizer gd --bogus        | Unknown option",
        "fly                                                     | Unmatched argument",
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
