package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Grids and heat maps made from values computed elsewhere (a network's loss landscape). */
class GridFromValuesTest {

    @Test
    void valuesAreLaidOutRowByRowFromTheTop() {
        double[] values = {1, 2, 3, 4, 5, 6};

        var grid = SurfaceGrid.of(new Bounds(0, 3, 0, 2), 3, 2, values);
        values[0] = 99;

        assertEquals(1, grid.value(0, 0), "copied, not shared");
        assertEquals(6, grid.value(2, 1));
        assertEquals(1, grid.min());
        assertEquals(6, grid.max());
        assertEquals(0.5, grid.x(0));
        assertEquals(1.5, grid.y(0), "row 0 is the top");
    }

    @Test
    void aSurfacesOwnValuesGiveTheSameHeatMapAsSamplingIt() {
        var surface = new Rosenbrock();
        var sampled = HeatMap.compute(surface, 40, 30);
        double[] values = new double[40 * 30];
        for (int j = 0; j < 30; j++) {
            for (int i = 0; i < 40; i++) {
                values[j * 40 + i] = sampled.grid().value(i, j);
            }
        }

        var made = HeatMap.of(SurfaceGrid.of(surface.info().bounds(), 40, 30, values));

        assertNull(made.surface());
        assertArrayEquals(sampled.linearPixels(), made.linearPixels());
        assertArrayEquals(sampled.logPixels(), made.logPixels());
        assertEquals(sampled.contours().length, made.contours().length);
        for (int k = 0; k < made.contours().length; k++) {
            assertEquals(sampled.contours()[k].value(), made.contours()[k].value());
            assertArrayEquals(sampled.contours()[k].segments(), made.contours()[k].segments());
        }
    }

    @Test
    void refusesTooFewWrongCountOrNonFiniteValues() {
        var bounds = Bounds.square(1);
        assertThrows(IllegalArgumentException.class, () -> SurfaceGrid.of(bounds, 1, 2, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> SurfaceGrid.of(bounds, 2, 2, new double[5]));
        assertThrows(IllegalArgumentException.class,
                () -> SurfaceGrid.of(bounds, 2, 2, new double[] {0, 1, Double.NaN, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> SurfaceGrid.of(bounds, 2, 2, new double[] {0, 1, Double.POSITIVE_INFINITY, 2}));
    }
}
