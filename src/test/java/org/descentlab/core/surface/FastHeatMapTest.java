package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The heat map's fast colouring ({@link ColourIndex}) and one-pass contours give exactly what the plain formulas give:
 * {@code Viridis.argb(scale.position(f))} per sample, and {@link ContourLines#trace(SurfaceGrid, double)} per level.
 */
class FastHeatMapTest {

    /** The plain colouring, as HeatMap computed it before the thresholds. */
    private static int[] plainPixels(SurfaceGrid grid, ColourScale scale) {
        int[] pixels = new int[grid.columns() * grid.rows()];
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double f = grid.value(i, j);
                pixels[j * grid.columns() + i] = Double.isNaN(f) ? HeatMap.UNDEFINED
                        : Viridis.argb(scale.position(f));
            }
        }
        return pixels;
    }

    private static void assertSameAsPlain(HeatMap map) {
        var grid = map.grid();
        assertArrayEquals(plainPixels(grid, map.linear()), map.linearPixels(), "linear");
        assertArrayEquals(plainPixels(grid, map.log()), map.logPixels(), "log");
        double[] levels = grid.quantileLevels(HeatMap.CONTOUR_COUNT);
        assertEquals(levels.length, map.contours().length);
        for (int k = 0; k < levels.length; k++) {
            assertEquals(levels[k], map.contours()[k].value());
            assertArrayEquals(ContourLines.trace(grid, levels[k]), map.contours()[k].segments(), "level " + k);
        }
    }

    /** A surface with the bowl's info and the given values (which may be NaN or infinite). */
    private static Surface valued(DoubleBinaryOperator f) {
        var bowl = new Bowl();
        return new Surface() {
            @Override
            public SurfaceInfo info() {
                return bowl.info();
            }

            @Override
            public double value(double x, double y) {
                return f.applyAsDouble(x, y);
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                out[0] = 0;
                out[1] = 0;
            }

            @Override
            public void hessian(double x, double y, double[] out) {
                out[0] = 0;
                out[1] = 0;
                out[2] = 0;
            }
        };
    }

    @Test
    void everyRegisteredSurfaceGetsThePlainPixelsAndContours() {
        for (Surface s : SurfaceRegistry.all()) {
            assertSameAsPlain(HeatMap.compute(s, 157, 131));
        }
    }

    @Test
    void rosenbrockAtTheWindowsSizeGetsThePlainPixelsAndContours() {
        assertSameAsPlain(HeatMap.compute(new Rosenbrock(), 600, 600));
    }

    @Test
    void undefinedInfiniteAndFlatSurfacesGetThePlainPixelsAndContours() {
        List<Surface> odd = List.of(
                valued((x, y) -> x < 0 ? Double.NaN : Math.log(x) + y * y),
                valued((x, y) -> x * y > 1 ? Double.POSITIVE_INFINITY : x - y),
                valued((x, y) -> y < -1 ? Double.NEGATIVE_INFINITY : x * x),
                valued((x, y) -> 3),
                valued((x, y) -> x < 0 ? 1e300 * (1 - 2 * y) : -1e300 * y),
                valued((x, y) -> Math.floor(4 * x) + 0.0 * y));
        for (Surface s : odd) {
            assertSameAsPlain(HeatMap.compute(s, 90, 70));
        }
    }

    @Test
    void theIndexIsTheRoundedPositionAtAndAroundEveryThreshold() {
        var random = new Random(3);
        for (double[] range : new double[][] {{0, 1}, {-1, 2500}, {3.7e-12, 4.1e-12}, {-5e6, -4e6}, {-1e-3, 1e-3}}) {
            for (boolean log : new boolean[] {false, true}) {
                var scale = new ColourScale(range[0], range[1], log);
                var index = new ColourIndex(scale);
                List<Double> values = new ArrayList<>(List.of(range[0], range[1], Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, range[0] - 1, range[1] * 2 + 1));
                for (int k = 0; k <= 256; k++) {
                    double at = scale.valueAt((k - 0.5) / 255);
                    values.add(at);
                    values.add(Math.nextUp(at));
                    values.add(Math.nextDown(at));
                }
                for (int k = 0; k < 2000; k++) {
                    values.add(range[0] + (range[1] - range[0]) * random.nextDouble());
                }
                for (double f : values) {
                    assertEquals(Viridis.argb(scale.position(f)), Viridis.fromIndex(index.of(f)),
                            "f = " + f + " on " + scale);
                }
            }
        }
    }

    @Test
    void levelsInAnyOrderWithRepeatsAndNanGetTheirOwnSegments() {
        var grid = SurfaceGrid.sample(new Himmelblau(), Bounds.square(5), 80, 60);
        double[] levels = {150, 10, Double.NaN, 10, 0.5, 300, -1, 1e9};
        var traced = ContourLines.trace(grid, levels);
        assertEquals(levels.length, traced.length);
        for (int k = 0; k < levels.length; k++) {
            assertEquals(levels[k], traced[k].value());
            assertArrayEquals(ContourLines.trace(grid, levels[k]), traced[k].segments(), "level " + levels[k]);
        }
    }
}
