package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.surface.Bowl;
import org.descentlab.core.surface.ColourScale;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.core.surface.Viridis;
import org.junit.jupiter.api.Test;

/**
 * The 3D view's mesh, without a toolkit: its size, its heights at points worked out by hand, the log height of tall
 * surfaces, and its colours against the heat map's.
 */
class SolidMeshTest {

    private static final double FLOAT = 1e-4;

    /** The bowl f = x² + y² over [−2, 2]² on 5 × 5 vertices (x, y in −2, −1, 0, 1, 2), heights linear in [0, 8]. */
    private static SolidMesh smallBowl() {
        return SolidMesh.build(new Bowl(), 5, new ColourScale(0, 8, false));
    }

    private static Surface surface(String id) {
        return SurfaceRegistry.find(id).orElseThrow();
    }

    @Test
    void aMeshOf200By200Has40000VerticesAnd79202TrianglesThatUseOnlyThem() {
        var mesh = SolidMesh.build(surface("rosenbrock"), 200, new ColourScale(0, 2500, false));
        assertEquals(3 * 40_000, mesh.points().length);
        assertEquals(2 * 40_000, mesh.texCoords().length);
        assertEquals(6 * 2 * 199 * 199, mesh.faces().length);
        for (int index : mesh.faces()) {
            assertTrue(index >= 0 && index < 40_000);
        }
    }

    @Test
    void theBowlsVerticesSitAtTheirWorldPlacesAndHeightsWorkedOutByHand() {
        var mesh = smallBowl();
        assertFalse(mesh.height().log(), "a bowl keeps the true shape of f");
        float[] p = mesh.points();
        int k = 4 * 5 + 3; // x = 1, y = 2: f = 5, height 5/8, world Y = −42 (5/8 − 1/2) = −5.25
        assertEquals(25, p[3 * k], FLOAT); // the longer side, 4 long, is 100 units: x = 1 is 25 right of the middle
        assertEquals(-5.25, p[3 * k + 1], FLOAT);
        assertEquals(50, p[3 * k + 2], FLOAT);
        k = 2 * 5 + 2; // the minimum: f = 0, height 0, world Y = 21 (down is +Y)
        assertEquals(0, p[3 * k], FLOAT);
        assertEquals(21, p[3 * k + 1], FLOAT);
        assertEquals(0, p[3 * k + 2], FLOAT);
        assertEquals(5, mesh.value(3, 4), 0);
    }

    @Test
    void betweenVerticesTheHeightIsTheMeshsNotTheSurfaces() {
        var mesh = smallBowl();
        // The middle of the edge from (1, 2) (f = 5) to (2, 2) (f = 8): f 6.5 on the mesh (the surface has 6.25).
        assertEquals(-42 * (6.5 / 8 - 0.5), mesh.meshY(1.5, 2), FLOAT);
        // (1.25, 1.5) lies in the triangle (1, 1), (2, 2), (1, 2), f = 2, 8, 5: its plane is f = 3x + 3y − 4 = 4.25.
        assertEquals(-42 * (4.25 / 8 - 0.5), mesh.meshY(1.25, 1.5), FLOAT);
        // (1.5, 1.25) lies in the triangle (1, 1), (2, 1), (2, 2), f = 2, 5, 8: its plane is f = 3x + 3y − 4 = 4.25.
        assertEquals(-42 * (4.25 / 8 - 0.5), mesh.meshY(1.5, 1.25), FLOAT);
        // Outside the plot: at its nearest edge.
        assertEquals(mesh.meshY(2, 1), mesh.meshY(7, 1), FLOAT);
    }

    @Test
    void theLogHeightIsTheColourScalesLogWorkedOutByHand() {
        var height = new SolidHeight(0, 1e4, true);
        // δ = 10⁴·10⁻⁴ = 1: ln(1 + 10) / ln(1 + 10⁴) = 2.3978953 / 9.2104404 = 0.2603453
        assertEquals(0.2603453, height.of(10), 1e-6);
        assertEquals(0, height.of(0), 0);
        assertEquals(1, height.of(1e4), 1e-12);
        assertEquals(0.001, new SolidHeight(0, 1e4, false).of(10), 1e-12);
    }

    @Test
    void aHeightIsClampedToTheRangeAndNaNLiesAtTheBottom() {
        for (boolean log : new boolean[] {false, true}) {
            var height = new SolidHeight(-1, 3, log);
            assertEquals(0, height.of(-50), 0);
            assertEquals(1, height.of(1e9), 0);
            assertEquals(1, height.of(Double.POSITIVE_INFINITY), 0);
            assertEquals(0, height.of(Double.NaN), 0);
        }
    }

    @Test
    void rosenbrockAndBealeGetALogHeightWithLinearColoursAndTheOthersKeepF() {
        for (String id : new String[] {"rosenbrock", "beale"}) {
            assertTrue(heightOf(id, false).log(), id);
        }
        for (String id : new String[] {"bowl", "elongated", "saddle", "booth", "himmelblau", "rastrigin", "ackley"}) {
            assertFalse(heightOf(id, false).log(), id);
            assertTrue(heightOf(id, true).log(), id + " with log colours has a log height");
        }
    }

    private static SolidHeight heightOf(String id, boolean logColours) {
        var map = HeatMap.compute(surface(id), 120, 120);
        return SolidMesh.build(surface(id), 101, map.scale(logColours)).height();
    }

    @Test
    void everyVertexHasTheHeatMapsColourForItsValueOnBothScales() {
        var rosenbrock = surface("rosenbrock");
        var map = HeatMap.compute(rosenbrock, 150, 150);
        for (boolean log : new boolean[] {false, true}) {
            var mesh = SolidMesh.build(rosenbrock, 60, map.scale(log));
            for (int j = 0; j < 60; j++) {
                for (int i = 0; i < 60; i++) {
                    assertEquals(Viridis.argb(map.scale(log).position(mesh.value(i, j))), mesh.colour(i, j),
                            "vertex " + i + ", " + j + (log ? ", log" : ""));
                }
            }
        }
    }

    @Test
    void whereAVertexAndAHeatMapPixelCentreMeetTheyHaveTheSamePixel() {
        // 5 × 5 heat-map cells over [−2, 2] × [−1, 3] have their middle cell's centre at (0, 1), the middle vertex of a
        // 5 × 5 mesh; the heat map's rows run from the top, the mesh's from the bottom: both middle.
        var rosenbrock = surface("rosenbrock");
        var map = HeatMap.compute(rosenbrock, 5, 5);
        for (boolean log : new boolean[] {false, true}) {
            var mesh = SolidMesh.build(rosenbrock, 5, map.scale(log));
            assertEquals(map.pixels(log)[2 * 5 + 2], mesh.colour(2, 2));
        }
    }

    @Test
    void switchingTheColourScaleKeepsTheValuesAndChangesTheHeight() {
        var map = HeatMap.compute(new Bowl(), 50, 50);
        var linear = SolidMesh.build(new Bowl(), 21, map.scale(false));
        var log = linear.withColours(map.scale(true));
        assertTrue(log.height().log());
        assertEquals(linear.value(3, 7), log.value(3, 7), 0);
        assertTrue(log.points()[3 * (7 * 21 + 3) + 1] < linear.points()[3 * (7 * 21 + 3) + 1],
                "the log lifts a value low in the range");
    }

    @Test
    void theColourStripHoldsViridisAtItsPixelCentres() {
        for (int k = 0; k < SolidMesh.TEXTURE_WIDTH; k++) {
            assertEquals(Viridis.argb(k / 255.0), SolidMesh.textureArgb(k));
        }
        assertEquals(0.5f / 256, SolidMesh.textureU(-3), 0);
        assertEquals(255.5f / 256, SolidMesh.textureU(2), 0);
    }
}
