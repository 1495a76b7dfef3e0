package org.descentlab.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.junit.jupiter.api.Test;

class PrincipalDirectionsTest {

    /** Orthonormal, and exact in binary: the path built from them is exact in float32. */
    static final double[] U = {0.5, 0.5, 0.5, 0.5, 0};
    static final double[] W = {0.5, -0.5, 0.5, -0.5, 0};
    static final double[] CENTRE = {0.5, -1, 2, 0.25, 1};
    /** Coordinates of the path along U and W: t·s = 3 − 2 − 1 + 0 = 0, ‖t‖² = 14, ‖s‖² = 3. */
    static final double[] T = {-3, -2, -1, 0};
    static final double[] S = {-1, 1, 1, 0};

    /** θ_k = centre + t_k·U + s_k·W, epochs 0, 10, 20, 30. */
    static Trajectory plainPath() {
        float[][] rows = new float[T.length][CENTRE.length];
        for (int k = 0; k < T.length; k++) {
            for (int p = 0; p < CENTRE.length; p++) {
                rows[k][p] = (float) (CENTRE[p] + T[k] * U[p] + S[k] * W[p]);
            }
        }
        return Trajectory.of(new int[] {0, 10, 20, 30}, rows);
    }

    @Test
    void aPathInAKnownPlaneGivesThatPlaneAndItsShares() {
        // M = t·Uᵀ + s·Wᵀ with t ⟂ s and U ⟂ W is its own SVD: σ₁ = ‖t‖ = √14 along U, σ₂ = ‖s‖ = √3 along W. The
        // start (−3, −1) lies at negative coordinates, so the sign convention keeps U and W as they are.
        Plane plane = PrincipalDirections.of(plainPath(), CENTRE);

        assertVector(U, plane.direction(0), 1e-12);
        assertVector(W, plane.direction(1), 1e-12);
        assertEquals(14.0 / 17, plane.share(0), 1e-12);
        assertEquals(3.0 / 17, plane.share(1), 1e-12);
        assertEquals(Directions.PCA, plane.kind());
    }

    @Test
    void aPathInThePlaneProjectsToItsExactCoordinates() {
        Plane plane = PrincipalDirections.of(plainPath(), CENTRE);

        PathProjection path = plane.project(plainPath(), CENTRE);

        assertVector(T, path.a(), 1e-12);
        assertVector(S, path.b(), 1e-12);
        assertEquals(3, path.extent(), 1e-12);
    }

    @Test
    void theDirectionsAndSharesAreThoseOfAPlainSvdOfTheTrajectory() {
        // A random walk of 13 snapshots of 1300 parameters (the Gram product's column blocks are 512 wide; 13 rows
        // leave one over after the blocks of four), against EJML's SVD of M itself.
        var random = new Random(3);
        int n = 13;
        int count = 1300;
        float[][] rows = new float[n][count];
        for (int k = 1; k < n; k++) {
            for (int p = 0; p < count; p++) {
                rows[k][p] = (float) (rows[k - 1][p] + random.nextGaussian() * (1 + (p % 7)));
            }
        }
        var path = Trajectory.of(java.util.stream.IntStream.range(0, n).toArray(), rows);
        double[] centre = path.theta(n - 1);
        var m = new DMatrixRMaj(n, count);
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < count; p++) {
                m.set(k, p, rows[k][p] - centre[p]);
            }
        }
        var svd = DecompositionFactory_DDRM.svd(n, count, false, true, true);
        assertTrue(svd.decompose(m.copy()));
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(null, false, w, v, false);
        double total = 0;
        for (int k = 0; k < Math.min(w.numRows, w.numCols); k++) {
            total += w.get(k, k) * w.get(k, k);
        }

        Plane plane = PrincipalDirections.of(path, centre);

        for (int axis = 0; axis < 2; axis++) {
            double[] expected = new double[count];
            for (int p = 0; p < count; p++) {
                expected[p] = v.get(p, axis);
            }
            double[] got = plane.direction(axis);
            assertEquals(1, Math.abs(Plane.dot(expected, got)), 1e-9, "axis " + axis + " up to its sign");
            assertEquals(w.get(axis, axis) * w.get(axis, axis) / total, plane.share(axis), 1e-10);
            double start = 0;
            for (int p = 0; p < count; p++) {
                start += got[p] * (rows[0][p] - centre[p]);
            }
            assertTrue(start < 0, "the start lies at a negative coordinate of axis " + axis);
        }
    }

    @Test
    void aPathAlongOneLineHasNoPlane() {
        float[][] rows = new float[4][];
        for (int k = 0; k < 4; k++) {
            rows[k] = new float[] {k, 2 * k, 0};
        }
        var line = Trajectory.of(new int[] {0, 1, 2, 3}, rows);

        var e = assertThrows(IllegalArgumentException.class, () -> PrincipalDirections.of(line, new double[3]));
        assertTrue(e.getMessage().contains("fewer than two directions"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrincipalDirections.of(
                Trajectory.of(new int[] {0}, new float[][] {{1, 2, 3}}), new double[3]));
    }

    @Test
    void refusesAPathOfAnotherSizeOrNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> PrincipalDirections.of(plainPath(), new double[4]));
        var broken = Trajectory.of(new int[] {0, 1, 2}, new float[][] {{0, 0}, {1, 0}, {Float.NaN, 1}});
        assertThrows(IllegalArgumentException.class, () -> PrincipalDirections.of(broken, new double[2]));
    }

    static void assertVector(double[] expected, double[] got, double tolerance) {
        assertEquals(expected.length, got.length);
        for (int p = 0; p < expected.length; p++) {
            assertEquals(expected[p], got[p], tolerance, "entry " + p);
        }
    }
}
