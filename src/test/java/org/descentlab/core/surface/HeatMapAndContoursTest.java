package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeatMapAndContoursTest {

    private final Surface bowl = new Bowl();

    @Test
    void contourPointsOfTheBowlLieOnCirclesOfTheLevelsRadius() {
        var grid = SurfaceGrid.sample(bowl, Bounds.square(2), 200, 200);
        double level = 1.0;
        double[] segments = ContourLines.trace(grid, level);
        assertTrue(segments.length / 4 > 100, "a circle of radius 1 crosses many cells");
        double cell = 4.0 / 200;
        for (int k = 0; k < segments.length; k += 2) {
            double r = Math.hypot(segments[k], segments[k + 1]);
            // Linear interpolation between samples misses the circle by far less than a cell.
            assertEquals(1.0, r, cell * cell, "point " + segments[k] + ", " + segments[k + 1]);
        }
    }

    @Test
    void theContoursOfALevelFormClosedCurves() {
        var grid = SurfaceGrid.sample(bowl, Bounds.square(2), 60, 60);
        double[] s = ContourLines.trace(grid, 2.0);
        // Each end point of a closed curve is shared by exactly two segments.
        var counts = new java.util.HashMap<String, Integer>();
        for (int k = 0; k < s.length; k += 2) {
            counts.merge(Math.round(s[k] * 1e9) + "," + Math.round(s[k + 1] * 1e9), 1, Integer::sum);
        }
        counts.values().forEach(c -> assertEquals(2, c));
    }

    @Test
    void aSaddleSquareIsResolvedByItsCentre() {
        // f = x·y has a saddle at the origin; at level 0.5 the two branches of the hyperbola must not be joined
        // through the origin, where f = 0 < 0.5.
        Surface xy = new Surface() {
            @Override
            public SurfaceInfo info() {
                return bowl.info();
            }

            @Override
            public double value(double x, double y) {
                return x * y;
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                out[0] = y;
                out[1] = x;
            }

            @Override
            public void hessian(double x, double y, double[] out) {
                out[0] = 0;
                out[1] = 1;
                out[2] = 0;
            }
        };
        var grid = SurfaceGrid.sample(xy, Bounds.square(1), 2, 2);
        double[] s = ContourLines.trace(grid, 0.1);
        assertEquals(8, s.length, "two separate segments");
        for (int k = 0; k < s.length; k += 2) {
            assertTrue(s[k] * s[k + 1] > 0, "both ends in the quadrants where x·y > 0");
        }
    }

    @Test
    void quantileLevelsIncreaseAndAreAtLeastFifteen() {
        for (Surface s : SurfaceRegistry.all()) {
            var grid = SurfaceGrid.sample(s, s.info().bounds(), 100, 100);
            double[] levels = grid.quantileLevels(HeatMap.CONTOUR_COUNT);
            assertTrue(levels.length >= 15, s.id() + " has " + levels.length + " levels");
            for (int i = 1; i < levels.length; i++) {
                assertTrue(levels[i] > levels[i - 1]);
            }
        }
    }

    @Test
    void colourScalesRunFromTheFirstToTheLastViridisColour() {
        var map = HeatMap.compute(new Rosenbrock(), 50, 40);
        assertEquals(50 * 40, map.linearPixels().length);
        int lowest = 0;
        int highest = 0;
        for (int i = 0; i < map.linearPixels().length; i++) {
            lowest = map.linearPixels()[i] == Viridis.argb(0) ? lowest + 1 : lowest;
            highest = map.linearPixels()[i] == Viridis.argb(1) ? highest + 1 : highest;
        }
        assertTrue(lowest > 0 && highest > 0);
        assertEquals(0xff440154, Viridis.argb(0));
        assertEquals(0xfffde725, Viridis.argb(1));
    }

    @Test
    void colourScalePositionsInvertToTheirValues() {
        for (boolean log : new boolean[] {false, true}) {
            var scale = new ColourScale(-1, 2500, log);
            for (double t = 0; t <= 1; t += 0.125) {
                assertEquals(t, scale.position(scale.valueAt(t)), 1e-12);
            }
            assertEquals(0, scale.position(-1), 0);
            assertEquals(1, scale.position(2500), 1e-12);
        }
        // On the log scale, a value a ten-thousandth of the way up sits about half way.
        assertEquals(Math.log(2) / Math.log(10001), new ColourScale(0, 1, true).position(1e-4), 1e-12);
    }
}
