package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every registered surface against independent numerics: finite differences and Newton's method. */
class SurfaceContractTest {

    // The declared minima are re-derived independently by tools/expected/surface_minima.py (see tools/README.md).

    static Stream<Surface> surfaces() {
        return SurfaceRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void analyticGradientAgreesWithCentralDifferenceAtFiftySeededPoints(Surface s) {
        var b = s.info().bounds();
        var random = new Random(42);
        double[] g = new double[2];
        for (int i = 0; i < 50; i++) {
            double x = b.xMin() + random.nextDouble() * b.width();
            double y = b.yMin() + random.nextDouble() * b.height();
            s.gradient(x, y, g);
            double[] numeric = centralDifference(s, x, y);
            for (int c = 0; c < 2; c++) {
                double tolerance = 1e-6 * Math.max(1, Math.abs(numeric[c]));
                assertEquals(numeric[c], g[c], tolerance,
                        s.id() + " ∂f/∂" + (c == 0 ? "x" : "y") + " at (" + x + ", " + y + ")");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void declaredMinimaHaveZeroGradientAndTheirDeclaredValue(Surface s) {
        double[] g = new double[2];
        for (Minimum m : s.info().minima()) {
            var p = m.point();
            s.gradient(p.x(), p.y(), g);
            assertTrue(Math.hypot(g[0], g[1]) <= 1e-6, s.id() + " gradient at " + p + " is " + g[0] + ", " + g[1]);
            assertEquals(m.value(), s.value(p.x(), p.y()), 1e-12, s.id() + " value at " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void declaredMinimaAreStationaryPointsToNineDigits(Surface s) {
        // Ackley's minimum is the tip of a cone, where Newton's method does not apply; it is exact by symmetry.
        org.junit.jupiter.api.Assumptions.assumeFalse(s.id().equals("ackley"));
        for (Minimum m : s.info().minima()) {
            // Newton's method on the analytic gradient, Hessian by central differences, from a point 1e-3 away.
            double x = m.point().x() + 1e-3;
            double y = m.point().y() - 1e-3;
            for (int i = 0; i < 50; i++) {
                double[] g = new double[2];
                s.gradient(x, y, g);
                double[][] h = hessian(s, x, y);
                double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
                x -= (h[1][1] * g[0] - h[0][1] * g[1]) / det;
                y -= (-h[1][0] * g[0] + h[0][0] * g[1]) / det;
            }
            assertEquals(m.point().x(), x, 1e-9, s.id() + " minimum x");
            assertEquals(m.point().y(), y, 1e-9, s.id() + " minimum y");
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void declaredMinimaAreMinimaNotSaddles(Surface s) {
        for (Minimum m : s.info().minima()) {
            double[][] h = hessian(s, m.point().x(), m.point().y());
            double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            assertTrue(h[0][0] > 0 && det > 0, s.id() + ": Hessian at " + m.point() + " is not positive definite");
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void globalMinimumValueIsTheLowestValueOnAFineGrid(Surface s) {
        var info = s.info();
        var b = info.bounds();
        double lowest = Double.POSITIVE_INFINITY;
        int n = 400;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                lowest = Math.min(lowest, s.value(b.xMin() + b.width() * i / n, b.yMin() + b.height() * j / n));
            }
        }
        assertTrue(info.minimumValue() <= lowest + 1e-12, s.id() + ": grid reaches " + lowest + " below f*");
        for (Minimum m : info.minima()) {
            assertEquals(m.global(), m.value() <= info.minimumValue() + 1e-12, s.id() + " global flag of " + m);
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void startMinimaAndSaddlesLieInsideTheBounds(Surface s) {
        var info = s.info();
        var b = info.bounds();
        assertTrue(b.contains(info.start().x(), info.start().y()), "start of " + s.id());
        info.minima().forEach(m -> assertTrue(b.contains(m.point().x(), m.point().y()), s.id() + " " + m));
        info.saddlePoints().forEach(p -> assertTrue(b.contains(p.x(), p.y()), s.id() + " saddle " + p));
        assertTrue(info.suggestedLearningRate() > 0);
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void declaredSaddlePointsAreSaddles(Surface s) {
        for (Point p : s.info().saddlePoints()) {
            double[] g = new double[2];
            s.gradient(p.x(), p.y(), g);
            assertTrue(Math.hypot(g[0], g[1]) <= 1e-9);
            double[][] h = hessian(s, p.x(), p.y());
            assertTrue(h[0][0] * h[1][1] - h[0][1] * h[1][0] < 0, "Hessian at a saddle has eigenvalues of both signs");
        }
    }

    @org.junit.jupiter.api.Test
    void idsAreUniqueAndFindable() {
        var ids = new HashSet<String>();
        for (Surface s : SurfaceRegistry.all()) {
            assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            assertEquals(s, SurfaceRegistry.find(s.id()).orElseThrow());
        }
        assertEquals(11, ids.size());
        assertTrue(SurfaceRegistry.find("nope").isEmpty());
    }

    static double[] centralDifference(Surface s, double x, double y) {
        double hx = 1e-6 * Math.max(1, Math.abs(x));
        double hy = 1e-6 * Math.max(1, Math.abs(y));
        return new double[] {
            (s.value(x + hx, y) - s.value(x - hx, y)) / (2 * hx),
            (s.value(x, y + hy) - s.value(x, y - hy)) / (2 * hy)
        };
    }

    static double[][] hessian(Surface s, double x, double y) {
        double h = 1e-5;
        double[] gxp = new double[2];
        double[] gxm = new double[2];
        double[] gyp = new double[2];
        double[] gym = new double[2];
        s.gradient(x + h, y, gxp);
        s.gradient(x - h, y, gxm);
        s.gradient(x, y + h, gyp);
        s.gradient(x, y - h, gym);
        double hxy = ((gyp[0] - gym[0]) + (gxp[1] - gxm[1])) / (4 * h);
        return new double[][] {{(gxp[0] - gxm[0]) / (2 * h), hxy}, {hxy, (gyp[1] - gym[1]) / (2 * h)}};
    }
}
