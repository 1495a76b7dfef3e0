package org.descentlab.core.landscape;

import static org.descentlab.core.landscape.PrincipalDirectionsTest.assertVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaneTest {

    // Neither orthogonal nor of unit length: d₁·d₂ = 2, ‖d₁‖² = 6, ‖d₂‖² = 3.25.
    private static final double[] D1 = {1, 2, 1, 0};
    private static final double[] D2 = {0, 1, 0, 1.5};
    private static final double[] CENTRE = {1, 0.5, -2, 4};

    private static Plane plane() {
        return new Plane(Directions.RANDOM, D1, D2.clone(), Double.NaN, Double.NaN);
    }

    @Test
    void aPointOfThePlaneIsTheCentrePlusItsCoordinatesTimesTheDirections() {
        double[] out = new double[4];
        plane().pointAt(CENTRE, 2, -4, out);
        // (1 + 2, 0.5 + 4 − 4, −2 + 2, 4 − 6)
        assertVector(new double[] {3, 0.5, 0, -2}, out, 0);
    }

    @Test
    void aPathInThePlaneProjectsToItsExactCoordinatesEvenAlongSkewDirections() {
        double[][] ab = {{0, 0}, {1, 0}, {-0.5, 2}, {3.25, -1.5}};
        float[][] rows = new float[ab.length][4];
        for (int k = 0; k < ab.length; k++) {
            for (int p = 0; p < 4; p++) {
                rows[k][p] = (float) (CENTRE[p] + ab[k][0] * D1[p] + ab[k][1] * D2[p]); // exact in float32
            }
        }

        PathProjection path = plane().project(Trajectory.of(new int[] {0, 5, 6, 9}, rows), CENTRE);

        for (int k = 0; k < ab.length; k++) {
            assertEquals(ab[k][0], path.a()[k], 1e-12, "a of point " + k);
            assertEquals(ab[k][1], path.b()[k], 1e-12, "b of point " + k);
        }
        assertEquals(9, path.epochs()[3]);
    }

    @Test
    void aPointOffThePlaneGoesToItsLeastSquaresCoordinates() {
        // x = 1·d₁ + 0·d₂ + r, with r = (1, 0, −1, 0) orthogonal to both: the residual does not move the coordinates.
        double[] x = {2, 2, 0, 0};

        double[] ab = plane().coordinates(x);

        assertEquals(1, ab[0], 1e-12);
        assertEquals(0, ab[1], 1e-12);
    }

    @Test
    void twoParallelOrZeroDirectionsSpanNoPlane() {
        assertThrows(IllegalArgumentException.class,
                () -> new Plane(Directions.RANDOM, D1, new double[] {2, 4, 2, 0}, Double.NaN, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new Plane(Directions.RANDOM, D1, new double[4], Double.NaN, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new Plane(Directions.RANDOM, D1, new double[3], Double.NaN, Double.NaN));
        assertTrue(Double.isNaN(plane().share(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> plane().direction(2));
    }
}
