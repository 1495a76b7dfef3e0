package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered surface's analytic Hessian against central differences of its analytic gradient, at 60 seeded
 * points of its plot bounds.
 *
 * <p>Tolerance, from the step h: the central difference (g(p + h·e) − g(p − h·e))/(2h) differs from the Hessian's
 * column by a truncation error h²/6·|∂³g| and a rounding error of about ε·G/h, where G is the size of the terms that
 * make up g (ε = 2.2e-16). With h = 1e-5·max(1, |coordinate|) the truncation part is about 2e-11·|∂³g| and the
 * rounding part about 2e-11·G. On these surfaces' bounds |∂³g| and G stay within a factor 1e4 of
 * max(1, |H|, ‖g‖) (the steepest cases are the ripples of Rastrigin and Ackley: ∂³g ≈ 20π·(2π)³ ≈ 1.6e4), so an
 * error above 1e-6·max(1, |H|, ‖g‖) is a wrong formula, not numerics; a wrong term (a missing factor 2, a sign) is
 * off by the size of the term itself, many orders more. Measured worst error over these points, in units of that
 * scale: 8e-8 (Ackley), 2e-8 (Rastrigin), at most 3e-9 elsewhere.
 */
class SurfaceHessianContractTest {

    private static final int POINTS = 60;

    static Stream<Surface> surfaces() {
        return SurfaceRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void analyticHessianAgreesWithCentralDifferencesOfTheGradientAtSixtySeededPoints(Surface s) {
        var b = s.info().bounds();
        var random = new Random(7);
        double[] h = new double[3];
        double[] g = new double[2];
        for (int i = 0; i < POINTS; i++) {
            double x = b.xMin() + random.nextDouble() * b.width();
            double y = b.yMin() + random.nextDouble() * b.height();
            s.hessian(x, y, h);
            s.gradient(x, y, g);
            double[] numeric = differencedHessian(s, x, y);
            for (int c = 0; c < 3; c++) {
                double scale = Math.max(1, Math.max(Math.abs(numeric[c]), Math.hypot(g[0], g[1])));
                assertEquals(numeric[c], h[c], 1e-6 * scale,
                        s.id() + " H" + (c == 0 ? "xx" : c == 1 ? "xy" : "yy") + " at (" + x + ", " + y + ")");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void hessianIsPositiveDefiniteAtEveryDeclaredMinimumExceptAckleysTip(Surface s) {
        double[] h = new double[3];
        for (Minimum m : s.info().minima()) {
            s.hessian(m.point().x(), m.point().y(), h);
            assertTrue(h[0] > 0 && h[0] * h[2] - h[1] * h[1] > 0, s.id() + " at " + m.point());
        }
    }

    /** fxx, fxy, fyy by central differences of the analytic gradient; fxy averaged from both columns. */
    static double[] differencedHessian(Surface s, double x, double y) {
        double hx = 1e-5 * Math.max(1, Math.abs(x));
        double hy = 1e-5 * Math.max(1, Math.abs(y));
        double[] xp = new double[2];
        double[] xm = new double[2];
        double[] yp = new double[2];
        double[] ym = new double[2];
        s.gradient(x + hx, y, xp);
        s.gradient(x - hx, y, xm);
        s.gradient(x, y + hy, yp);
        s.gradient(x, y - hy, ym);
        return new double[] {
            (xp[0] - xm[0]) / (2 * hx),
            0.5 * ((xp[1] - xm[1]) / (2 * hx) + (yp[0] - ym[0]) / (2 * hy)),
            (yp[1] - ym[1]) / (2 * hy)
        };
    }
}
