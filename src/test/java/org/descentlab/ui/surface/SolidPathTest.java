package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.surface.ColourScale;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

/**
 * Paths in the 3D view, without a toolkit: draped over the mesh, cut at the plot's edge, and turned into tubes; and
 * the camera's turns.
 */
class SolidPathTest {

    private static final double FLOAT = 1e-3;

    private static SolidMesh rosenbrock() {
        var surface = SurfaceRegistry.find("rosenbrock").orElseThrow();
        return SolidMesh.build(surface, 201, new ColourScale(0, 2500, true));
    }

    @Test
    void everyPointOfADrapedStepLiesOnTheMeshRaisedByTheLift() {
        var mesh = rosenbrock();
        double lift = 0.4;
        // Across the valley: x changes by 2 of 4, y by 2.3 of 4, on 200 cells: 115 cells, so the most pieces, 64.
        var points = mesh.drape(-1.5, 2.5, 0.5, 0.2, lift);
        assertEquals(SolidMesh.MAX_PIECES + 1, points.size());
        float[] p = mesh.points();
        for (int k = 0; k < points.size(); k++) {
            double t = k / 64.0;
            double x = -1.5 + 2 * t;
            double y = 2.5 - 2.3 * t;
            double[] q = points.get(k);
            assertEquals(mesh.worldX(x), q[0], FLOAT);
            assertEquals(mesh.worldZ(y), q[2], FLOAT);
            assertEquals(mesh.meshY(x, y) - lift, q[1], FLOAT);
            // On the mesh: between the lowest and highest corner of the cell it is in.
            int i = Math.min(199, (int) ((x + 2) / 4 * 200));
            int j = Math.min(199, (int) ((y + 1) / 4 * 200));
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int corner : new int[] {j * 201 + i, j * 201 + i + 1, (j + 1) * 201 + i, (j + 1) * 201 + i + 1}) {
                lo = Math.min(lo, p[3 * corner + 1]);
                hi = Math.max(hi, p[3 * corner + 1]);
            }
            assertTrue(q[1] + lift >= lo - FLOAT && q[1] + lift <= hi + FLOAT, "point " + k + " is on its cell");
        }
    }

    @Test
    void aShortStepIsOnePieceWithItsEndsOnTheMesh() {
        var mesh = rosenbrock();
        var points = mesh.drape(1, 1, 1.005, 1.004, 0);
        assertEquals(2, points.size());
        assertEquals(mesh.meshY(1, 1), points.get(0)[1], FLOAT);
        assertEquals(mesh.meshY(1.005, 1.004), points.get(1)[1], FLOAT);
    }

    @Test
    void aStepThatLeavesThePlotStopsAtItsEdge() {
        var mesh = rosenbrock();
        var points = mesh.drape(1.5, 1, 1e6, 1, 0);
        double[] last = points.get(points.size() - 1);
        assertEquals(mesh.worldX(2), last[0], FLOAT);
        assertEquals(mesh.meshY(2, 1), last[1], FLOAT);
        assertEquals(26, points.size(), "cut at x = 2: 0.5 of 4 across 200 cells, 25 pieces");
    }

    @Test
    void everyCornerOfATubeIsItsRadiusFromItsLine() {
        double[] a = {0, 0, 0};
        double[] b = {3, -4, 12}; // 13 long
        double r = 0.5;
        float[] corners = SolidTube.stepPoints(a, b, r);
        assertEquals(SolidTube.POINT_FLOATS, corners.length);
        double[] t = {3 / 13.0, -4 / 13.0, 12 / 13.0};
        for (int c = 0; c < 2 * SolidTube.SIDES; c++) {
            double[] v = {corners[3 * c], corners[3 * c + 1], corners[3 * c + 2]};
            double along = v[0] * t[0] + v[1] * t[1] + v[2] * t[2];
            double across = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] - along * along);
            assertEquals(r, across, 1e-5, "corner " + c);
            // The first ring half a radius before a, the second past b: no gaps at a zigzag's joints.
            assertEquals(c < SolidTube.SIDES ? -r : 13 + r, along, 1e-5, "corner " + c);
        }
    }

    @Test
    void aTubeAlongThreePointsHasTwoPrismsWhoseFacesUseOnlyTheirOwnCorners() {
        var centres = java.util.List.of(new double[] {0, 0, 0}, new double[] {1, 0, 0}, new double[] {1, 1, 0});
        var pieces = SolidTube.along(centres, 0.1, 40);
        assertEquals(2 * SolidTube.POINT_FLOATS, pieces.points().length);
        assertEquals(2 * SolidTube.FACE_INTS, pieces.faces().length);
        for (int k = 0; k < pieces.faces().length; k += 2) {
            int point = pieces.faces()[k];
            assertTrue(point >= 40 && point < 40 + 4 * SolidTube.SIDES, "point " + point);
            assertEquals(0, pieces.faces()[k + 1], "the one texture coordinate");
        }
    }

    @Test
    void aDragTurnsAndTipsTheViewWithinItsLimitsAndTheWheelZooms() {
        var start = SolidOrbit.START;
        var turned = start.dragged(50, 0);
        assertEquals(start.azimuth() + 20, turned.azimuth(), 1e-9);
        assertEquals(start.elevation(), turned.elevation(), 0);
        assertEquals(90, start.dragged(0, 1000).elevation(), 0, "from straight above at most");
        assertEquals(-10, start.dragged(0, -1000).elevation(), 0);
        assertEquals(-170, new SolidOrbit(170, 30, 200).dragged(50, 0).azimuth(), 1e-9, "kept in [-180, 180)");
        assertTrue(start.zoomed(120).distance() < start.distance(), "the wheel away from the user comes nearer");
        assertEquals(SolidOrbit.MIN_DISTANCE, start.zoomed(1e6).distance(), 0);
        assertEquals(SolidOrbit.MAX_DISTANCE, start.zoomed(-1e6).distance(), 0);
    }
}
