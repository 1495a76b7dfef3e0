package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values at chosen points, worked out by hand from the formulas in the issue. */
class SurfaceFormulaTest {

    // Expected numbers re-derived independently by tools/expected/surface_formulas.py (see tools/README.md).

    private static double f(String id, double x, double y) {
        return SurfaceRegistry.find(id).orElseThrow().value(x, y);
    }

    private static double[] grad(String id, double x, double y) {
        double[] g = new double[2];
        SurfaceRegistry.find(id).orElseThrow().gradient(x, y, g);
        return g;
    }

    @Test
    void bowlAndElongatedValues() {
        assertEquals(5, f("bowl", 1, -2), 0);
        assertEquals(0.1 + 2, f("elongated", 1, 1), 1e-15);
    }

    @Test
    void nonconvexAtTheOriginIsMinusFiveTimesExpMinusFive() {
        // x² + y² = 0; both dents are at squared distance 1, exp(−1/0.2) = e⁻⁵.
        assertEquals(-5 * Math.exp(-5), f("nonconvex", 0, 0), 1e-15);
    }

    @Test
    void saddleIsOneAtTheCentreAndZeroAtTheMinima() {
        assertEquals(1, f("saddle", 0, 0), 0);
        assertEquals(0, f("saddle", 0, Math.sqrt(2)), 1e-15);
        // ∂f/∂y = −2y + y³ = −2 + 1 = −1 at y = 1.
        assertEquals(-1, grad("saddle", 0.5, 1)[1], 0);
    }

    @Test
    void rosenbrockValuesAndGradient() {
        assertEquals(1, f("rosenbrock", 0, 0), 0);
        assertEquals(4, f("rosenbrock", -1, 1), 0);
        // At (0, 1): ∂x = −2(1 − 0) − 400·0 = −2, ∂y = 200·(1 − 0) = 200.
        assertEquals(-2, grad("rosenbrock", 0, 1)[0], 0);
        assertEquals(200, grad("rosenbrock", 0, 1)[1], 0);
    }

    @Test
    void bealeAtTheOrigin() {
        assertEquals(1.5 * 1.5 + 2.25 * 2.25 + 2.625 * 2.625, f("beale", 0, 0), 1e-12);
        // At (1, 1): every bracket is its constant, 1.5, 2.25, 2.625; ∂x = 0 since y − 1 = y² − 1 = y³ − 1 = 0.
        assertEquals(0, grad("beale", 1, 1)[0], 0);
        assertEquals(2 * 1.5 + 4 * 2.25 + 6 * 2.625, grad("beale", 1, 1)[1], 1e-12);
    }

    @Test
    void himmelblauBoothRastriginAckleyCamel() {
        assertEquals(121 + 49, f("himmelblau", 0, 0), 0);
        assertEquals(49 + 25, f("booth", 0, 0), 0);
        // 20 + 0.25 − 10·cos(π) + 0 − 10·cos(0) = 20.25
        assertEquals(20.25, f("rastrigin", 0.5, 0), 1e-12);
        assertEquals(0, f("ackley", 0, 0), 0);
        assertEquals(0, grad("ackley", 0, 0)[0], 0);
        assertEquals(0, grad("ackley", 0, 0)[1], 0);
        // (4 − 2.1 + 1/3)·1 + 1 + (−4 + 4)·1
        assertEquals(4 - 2.1 + 1.0 / 3 + 1, f("camel", 1, 1), 1e-12);
    }

    @Test
    void ackleyGradientIsFiniteNextToTheOrigin() {
        double[] g = grad("ackley", 1e-300, -1e-300);
        assertEquals(0, g[0], 1e-250);
        assertEquals(0, g[1], 1e-250);
    }

    @Test
    void globalMinimumValuesAreDerivedFromTheDeclaredMinima() {
        assertEquals(-1.0316284534898774, SurfaceRegistry.find("camel").orElseThrow().info().minimumValue(), 1e-12);
        assertEquals(-2.0630902517681946, SurfaceRegistry.find("nonconvex").orElseThrow().info().minimumValue(), 1e-12);
        assertEquals(6, SurfaceRegistry.find("camel").orElseThrow().info().minima().size());
        assertEquals(4, SurfaceRegistry.find("himmelblau").orElseThrow().info().minima().size());
    }
}
