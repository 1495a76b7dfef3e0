package org.descentlab.core.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurvatureTest {

    private static Surface surface(String id) {
        return SurfaceRegistry.find(id).orElseThrow();
    }

    @Test
    void aRoundBowlCurvesEquallyEverywhere() {
        // f = x² + y²: H = 2I, both eigenvalues 2, condition number 1, limit 2/2 = 1.
        var c = Curvature.at(surface("bowl"), 0.3, -1.2);
        assertEquals(2, c.lambdaMax(), 1e-15);
        assertEquals(2, c.lambdaMin(), 1e-15);
        assertEquals(1, c.conditionNumber(), 1e-15);
        assertEquals(1, c.gdStabilityLimit().orElseThrow(), 1e-15);
        assertFalse(c.saddle());
    }

    @Test
    void theElongatedBowlIsTwentyTimesSteeperAcrossThanAlong() {
        // f = 0.1x² + 2y²: H = diag(0.2, 4); λmax = 4 along y, λmin = 0.2 along x; κ = 20; 2/λmax = 0.5.
        var c = Curvature.at(surface("elongated"), -2.5, 1.5);
        assertEquals(4, c.lambdaMax(), 1e-14);
        assertEquals(0.2, c.lambdaMin(), 1e-14);
        assertEquals(0, c.maxDirection().x(), 1e-14);
        assertEquals(1, Math.abs(c.maxDirection().y()), 1e-14);
        assertEquals(1, c.minDirection().x(), 1e-14);
        assertEquals(20, c.conditionNumber(), 1e-12);
        assertEquals(0.5, c.gdStabilityLimit().orElseThrow(), 1e-15);
    }

    @Test
    void aTiltedMatrixHasTheEigenpairsWorkedOutByHand() {
        // Booth's H = [[10, 8], [8, 10]]: eigenvalues 10 ± 8 = 18 and 2, eigenvectors (1, 1)/√2 and (1, −1)/√2.
        var c = Curvature.at(surface("booth"), 0, 0);
        double r = Math.sqrt(0.5);
        assertEquals(18, c.lambdaMax(), 1e-13);
        assertEquals(2, c.lambdaMin(), 1e-13);
        assertEquals(r, c.maxDirection().x(), 1e-14);
        assertEquals(r, c.maxDirection().y(), 1e-14);
        assertEquals(r, c.minDirection().x(), 1e-14);
        assertEquals(-r, c.minDirection().y(), 1e-14);
        assertEquals(9, c.conditionNumber(), 1e-12);
    }

    @Test
    void theSaddleCurvesUpAndDownAndKeepsALimitForItsUpwardDirection() {
        // f = x² − y² + y⁴/4 + 1 at the origin: H = diag(2, −2).
        var c = Curvature.at(surface("saddle"), 0, 0);
        assertEquals(2, c.lambdaMax(), 1e-15);
        assertEquals(-2, c.lambdaMin(), 1e-15);
        assertTrue(c.saddle());
        assertEquals(1, c.conditionNumber(), 1e-15, "the ratio of the curvatures' sizes");
        assertEquals(1, c.gdStabilityLimit().orElseThrow(), 1e-15);
    }

    @Test
    void aFlatDirectionMakesTheConditionNumberInfiniteAndNoUpwardCurvatureMeansNoLimit() {
        var flat = Curvature.of(3, 0, 0);
        assertEquals(Double.POSITIVE_INFINITY, flat.conditionNumber());
        var cap = Curvature.of(-1, 0, -4);
        assertEquals(-1, cap.lambdaMax(), 1e-15);
        assertTrue(cap.gdStabilityLimit().isEmpty());
    }

    @Test
    void eigenvectorsAreUnitAndPerpendicular() {
        var c = Curvature.at(surface("himmelblau"), 0.7, -1.9);
        var a = c.maxDirection();
        var b = c.minDirection();
        assertEquals(1, Math.hypot(a.x(), a.y()), 1e-14);
        assertEquals(1, Math.hypot(b.x(), b.y()), 1e-14);
        assertEquals(0, a.x() * b.x() + a.y() * b.y(), 1e-14);
        double[] h = new double[3];
        surface("himmelblau").hessian(0.7, -1.9, h);
        // H·v = λ·v for the larger pair.
        assertEquals(c.lambdaMax() * a.x(), h[0] * a.x() + h[1] * a.y(), 1e-12);
        assertEquals(c.lambdaMax() * a.y(), h[1] * a.x() + h[2] * a.y(), 1e-12);
    }

    @Test
    void aHessianThatIsNotFiniteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Curvature.of(Double.NaN, 0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bowl", "elongated"})
    void plainDescentConvergesJustBelowTheStabilityLimitAndDivergesJustAbove(String id) {
        Surface s = surface(id);
        Point start = s.info().start();
        double limit = Curvature.at(s, start.x(), start.y()).gdStabilityLimit().orElseThrow();
        // At 0.99 × the limit the stiff direction shrinks by |1 − 1.98| = 0.98 a step: below 1e-8 in ~1000 steps.
        assertTrue(walk(s, 0.99 * limit).converged(), id + " at 0.99 × 2/λmax");
        // At 1.01 × it grows by 1.02 a step: past 1e6 from the start's ~2 within ~700 steps.
        assertTrue(walk(s, 1.01 * limit).diverged(), id + " at 1.01 × 2/λmax");
    }

    private static Status walk(Surface s, double lr) {
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        var walker = new Walker(s, gd.create(gd.defaults().with("lr", lr)), s.info().start());
        for (int k = 0; k < 5000 && walker.step(); k++) {
            // run
        }
        return walker.status();
    }
}
