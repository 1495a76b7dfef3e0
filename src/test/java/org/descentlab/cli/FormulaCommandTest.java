package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --formula} and {@code --bounds} on {@code trajectory}, {@code sweep} and {@code basin}. */
class FormulaCommandTest {

    private static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";
    private static final String HIMMELBLAU = "(x^2+y-11)^2 + (x+y^2-7)^2";

    @ParameterizedTest
    @ValueSource(strings = {"gd", "nag", "adam"})
    void rosenbrockTypedAsAFormulaGivesTheBuiltInRowsToTwelveDigits(String optimizer) {
        var builtIn = CliRun.of("trajectory", "--surface", "rosenbrock", "--optimizer", optimizer, "--lr", "0.001",
                "--steps", "1000");
        var typed = CliRun.of("trajectory", "--formula", ROSENBROCK, "--bounds", "-2,2,-1,3", "--start", "-1.5,2.5",
                "--optimizer", optimizer, "--lr", "0.001", "--steps", "1000");
        assertEquals(0, typed.code(), typed.err());
        assertSameRows(builtIn.outLines(), typed.outLines(), 1e-12);
    }

    @Test
    void sweepOnAFormulaGivesTheBuiltInRows() {
        var builtIn = CliRun.of("sweep", "--surface", "himmelblau", "--optimizer", "adam", "--points", "7",
                "--steps", "300", "--start", "-0.3,-0.9");
        var typed = CliRun.of("sweep", "--formula", HIMMELBLAU, "--bounds", "-5,5,-5,5", "--optimizer", "adam",
                "--points", "7", "--steps", "300", "--start", "-0.3,-0.9");
        assertEquals(0, typed.code(), typed.err());
        assertSameRows(builtIn.outLines(), typed.outLines(), 1e-9);
    }

    @Test
    void basinOnAFormulaNumbersTheMinimaItFound() {
        var run = CliRun.of("basin", "--formula", HIMMELBLAU, "--bounds", "-5,5,-5,5", "--optimizer", "gd", "--lr",
                "0.01", "--grid", "4");
        assertEquals(0, run.code(), run.err());
        assertEquals(1 + 16, run.outLines().length);
        var ends = new java.util.TreeSet<String>();
        for (int k = 1; k < run.outLines().length; k++) {
            ends.add(run.outLines()[k].split(",")[2]);
        }
        // Sixteen starts over the square reach all four minima, numbered 0 to 3.
        assertEquals(java.util.Set.of("0", "1", "2", "3"), ends);
    }

    @Test
    void withoutBoundsAFormulaIsDrawnOverTheDefaultSquareFromItsQuarterPoint() {
        var run = CliRun.of("trajectory", "--formula", "x^2 + 3*y^2", "--optimizer", "gd", "--lr", "0.1", "--steps",
                "1");
        assertEquals(0, run.code(), run.err());
        assertEquals("0,-1.5,1.5,9.0", run.outLines()[1]);
        // x − 0.1·2x, y − 0.1·6y and x² + 3·(y²) in double precision (Python: -1.2, 0.6, x**2 + 3*y**2 = 2.52).
        assertEquals("1,-1.2,0.6,2.52", run.outLines()[2]);
    }

    @Test
    void aSceneWithATypedSurfaceRunsAndFormulaOverridesItsSurface(@TempDir Path folder) throws Exception {
        var surface = FormulaSurface.of("x^2 + y^2", Bounds.square(2));
        Path file = folder.resolve("typed.dlab.json");
        Files.writeString(file, SceneJson.write(new Scene(SurfacesScene.forSurface(surface).withRun(5, 0, 0), null)));
        var run = CliRun.of("trajectory", "--scene", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("optimizer,step,x,y,loss", run.outLines()[0]);
        var other = CliRun.of("trajectory", "--scene", file.toString(), "--formula", "x^2 + 2*y^2", "--optimizer",
                "gd", "--lr", "0.1");
        assertEquals(0, other.code(), other.err());
        // From the scene's start (-1, 1): loss 1 + 2 = 3 on the formula given on the command line.
        assertEquals("0,-1.0,1.0,3.0", other.outLines()[1]);
    }

    @Test
    void theListOfSurfacesIsUnchanged() {
        var run = CliRun.of("trajectory", "--list");
        assertEquals(0, run.code());
        assertFalse(run.out().contains("custom"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "trajectory --optimizer gd --formula x^2+*y | --formula 'x^2+*y': expected a number, x, y or '(' at column 5",
        "trajectory --optimizer gd --formula sin(x | --formula 'sin(x': '(' is never closed at column 4",
        "trajectory --optimizer gd --formula 2x | before 'x' (write 2*x, not 2x) at column 2",
        "trajectory --optimizer gd --formula log(-1-x^2) | f(x, y) has no finite value anywhere inside the plot bounds",
        "trajectory --optimizer gd --formula x --bounds 1,0,0,1 | --bounds must be four numbers xmin,xmax,ymin,ymax",
        "trajectory --optimizer gd --formula x --bounds 0,1,0 | got '0,1,0'",
        "trajectory --optimizer gd --formula x --bounds 0,1,0,2e6 | Plot bounds (--bounds) must be a number from",
        "trajectory --optimizer gd --surface bowl --bounds 0,1,0,1 | --bounds sets the plot bounds of a --formula",
        "trajectory --optimizer gd --surface bowl --formula x | give either --surface or --formula, not both",
        "trajectory --optimizer gd | --surface is required",
        "sweep --optimizer gd --formula x^^2 | --formula 'x^^2': expected a number, x, y or '(' at column 3",
        "sweep --optimizer gd --formula x --bounds 1,1,1,1 | --bounds must be four numbers",
        "basin --optimizer gd --formula foo(x) | unknown function 'foo'",
        "basin --optimizer gd --bounds 0,1,0,1 | --bounds sets the plot bounds of a --formula",
    })
    void aBadFormulaOrBoundsPrintsOneLineWithTheColumnAndExitsTwo(String commandLine, String expected) {
        var run = CliRun.of(commandLine.trim().split("\\s+"));
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out(), "nothing on standard output");
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    /** The same CSV, every number within {@code tolerance} (relative beyond 1). */
    private static void assertSameRows(String[] expected, String[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        assertEquals(expected[0], actual[0]);
        for (int r = 1; r < expected.length; r++) {
            String[] a = expected[r].split(",", -1);
            String[] b = actual[r].split(",", -1);
            assertEquals(a.length, b.length);
            for (int c = 0; c < a.length; c++) {
                if (!a[c].matches("-?[0-9.eE+-]+(Infinity)?")) {
                    assertEquals(a[c], b[c], "row " + r);
                    continue;
                }
                double x = Double.parseDouble(a[c]);
                double y = Double.parseDouble(b[c]);
                assertEquals(x, y, tolerance * Math.max(1, Math.abs(x)), "row " + r + " column " + c);
            }
        }
    }
}
