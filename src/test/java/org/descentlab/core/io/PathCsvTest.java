package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

class PathCsvTest {

    private static final Surface ROSENBROCK = SurfaceRegistry.find("rosenbrock").orElseThrow();
    private static final Surface BOOTH = SurfaceRegistry.find("booth").orElseThrow();

    private static Walker walked(String optimizer, int steps) {
        var walker = new Walker(ROSENBROCK, OptimizerRegistry.find(optimizer).orElseThrow().create(),
                new Point(-1.5, 2.5));
        for (int i = 0; i < steps; i++) {
            walker.step();
        }
        return walker;
    }

    private static String csv(Surface surface, List<PathCsv.Track> tracks) throws IOException {
        var out = new StringWriter();
        PathCsv.write(surface, tracks, out);
        return out.toString();
    }

    @Test
    void everyStepOfEveryWalkerReadsBackAsExactlyTheWalkersDoubles() throws IOException {
        var adam = walked("adam", 37);
        var rms = walked("rmsprop", 12);
        var rows = CsvRows.parse(csv(ROSENBROCK, List.of(PathCsv.Track.of("adam", adam.path()),
                PathCsv.Track.of("rmsprop#2", rms.path()))));
        assertEquals(List.of("optimizer", "step", "x", "y", "loss", "grad_norm"), rows.get(0));
        assertEquals(1 + 38 + 13, rows.size(), "a header, then steps + 1 rows per walker");
        int row = 1;
        for (var walker : List.of(adam, rms)) {
            for (int k = 0; k <= walker.currentStep(); k++, row++) {
                var fields = rows.get(row);
                assertEquals(walker == adam ? "adam" : "rmsprop#2", fields.get(0));
                assertEquals(k, Integer.parseInt(fields.get(1)));
                assertEquals(walker.path().x(k), Double.parseDouble(fields.get(2)), 0);
                assertEquals(walker.path().y(k), Double.parseDouble(fields.get(3)), 0);
                assertEquals(walker.path().loss(k), Double.parseDouble(fields.get(4)), 0);
            }
        }
        // The last row's gradient norm is the one the walker measured at its last point.
        assertEquals(rms.gradientNorm(), Double.parseDouble(rows.get(rows.size() - 1).get(5)), 0);
    }

    @Test
    void theGradientNormIsTheExactGradientsLengthAtEachPoint() throws IOException {
        // Booth f = (x + 2y − 7)² + (2x + y − 5)²: at (0, 0), ∇f = (2·(−7) + 4·(−5), 4·(−7) + 2·(−5)) = (−34, −38),
        // so ‖∇f‖ = √(34² + 38²) = √2600; at the minimum (1, 3) it is 0.
        var track = new PathCsv.Track("gd", new double[] {0, 1}, new double[] {0, 3}, new double[] {74, 0});
        var rows = CsvRows.parse(csv(BOOTH, List.of(track)));
        assertEquals(Math.sqrt(2600), Double.parseDouble(rows.get(1).get(5)), 1e-12);
        assertEquals("0.0", rows.get(2).get(5));
    }

    @Test
    void aNameWithACommaOrQuotesIsQuotedAndReadsBackWhole() throws IOException {
        var track = new PathCsv.Track("Adam, \"fast\"", new double[] {1}, new double[] {1}, new double[] {0});
        String text = csv(ROSENBROCK, List.of(track));
        assertEquals("\"Adam, \"\"fast\"\"\",0,1.0,1.0,0.0,0.0\n", text.substring(text.indexOf('\n') + 1));
        assertEquals("Adam, \"fast\"", CsvRows.parse(text).get(1).get(0));
    }

    @Test
    void linesEndInNewlineOnlyAndBlownUpValuesAreWrittenAsPandasReadsThem() throws IOException {
        var track = new PathCsv.Track("gd", new double[] {1e300}, new double[] {-2.5e-7},
                new double[] {Double.POSITIVE_INFINITY});
        String text = csv(ROSENBROCK, List.of(track));
        assertFalse(text.contains("\r"));
        var fields = CsvRows.parse(text).get(1);
        assertEquals(List.of("gd", "0", "1e+300", "-2.5e-07", "inf"), fields.subList(0, 5));
        assertEquals(Double.POSITIVE_INFINITY, CsvRows.number(fields.get(5)), "the gradient overflows too");
    }

    @Test
    void aStreamGetsUtf8() throws IOException {
        var track = new PathCsv.Track("경사하강법", new double[] {0}, new double[] {0}, new double[] {1});
        var bytes = new ByteArrayOutputStream();
        PathCsv.write(ROSENBROCK, List.of(track), bytes);
        assertEquals("경사하강법", CsvRows.parse(bytes.toString(StandardCharsets.UTF_8)).get(1).get(0));
    }
}
