package org.descentlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.descentlab.core.formula.Examples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact derivatives: gradient and Hessian of every example against central differences (of f, and of the exact
 * gradient) at fifty points away from kinks, and the documented values where a function has no derivative.
 */
class FormulaDerivativesTest {

    private static final double H = 1e-5;

    static List<Example> examples() {
        return Examples.ALL;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void gradientAgreesWithCentralDifferencesAtFiftyPoints(Example example) throws FormulaException {
        Formula f = Formula.parse(example.text());
        double[] g = new double[2];
        for (double[] p : points(example)) {
            double x = p[0];
            double y = p[1];
            f.gradient(x, y, g);
            double dx = (f.value(x + H, y) - f.value(x - H, y)) / (2 * H);
            double dy = (f.value(x, y + H) - f.value(x, y - H)) / (2 * H);
            assertEquals(dx, g[0], 1e-6 * Math.max(1, Math.abs(dx)), example + " ∂f/∂x at (" + x + ", " + y + ")");
            assertEquals(dy, g[1], 1e-6 * Math.max(1, Math.abs(dy)), example + " ∂f/∂y at (" + x + ", " + y + ")");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void hessianAgreesWithCentralDifferencesOfTheGradientAtFiftyPoints(Example example) throws FormulaException {
        Formula f = Formula.parse(example.text());
        double[] h = new double[3];
        double[] plus = new double[2];
        double[] minus = new double[2];
        for (double[] p : points(example)) {
            double x = p[0];
            double y = p[1];
            f.hessian(x, y, h);
            f.gradient(x + H, y, plus);
            f.gradient(x - H, y, minus);
            double xx = (plus[0] - minus[0]) / (2 * H);
            double xy = (plus[1] - minus[1]) / (2 * H);
            f.gradient(x, y + H, plus);
            f.gradient(x, y - H, minus);
            double yy = (plus[1] - minus[1]) / (2 * H);
            double yx = (plus[0] - minus[0]) / (2 * H);
            String at = example + " at (" + x + ", " + y + ")";
            assertEquals(xx, h[0], 1e-5 * Math.max(1, Math.abs(xx)), "∂²f/∂x² " + at);
            assertEquals(xy, h[1], 1e-5 * Math.max(1, Math.abs(xy)), "∂²f/∂x∂y " + at);
            assertEquals(yx, h[1], 1e-5 * Math.max(1, Math.abs(yx)), "∂²f/∂y∂x " + at);
            assertEquals(yy, h[2], 1e-5 * Math.max(1, Math.abs(yy)), "∂²f/∂y² " + at);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void bothPassesGiveTheSameNumbersAsTheValueTreeToTheLastBit(Example example) throws FormulaException {
        Formula f = Formula.parse(example.text());
        double[] all = new double[6];
        double[] g = new double[2];
        double[] h = new double[3];
        for (double[] p : points(example)) {
            f.derivatives(p[0], p[1], all);
            f.gradient(p[0], p[1], g);
            f.hessian(p[0], p[1], h);
            assertEquals(f.value(p[0], p[1]), all[0], 0, example.text());
            assertArrayEquals(new double[] {all[1], all[2]}, g, 0, example.text());
            assertArrayEquals(new double[] {all[3], all[4], all[5]}, h, 0, example.text());
        }
    }

    /**
     * Where a function has no derivative: the documented one-sided or middle value, never NaN. Columns: formula,
     * point, f, ∂f/∂x, ∂f/∂y, ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y².
     */
    @ParameterizedTest(name = "{0} at ({1}, {2})")
    @CsvSource(delimiter = '|', value = {
        "abs(x) + y^2 | 0 | 1 | 1 | 0 | 2 | 0 | 0 | 2",
        "abs(x - y) | 2 | 2 | 0 | 0 | 0 | 0 | 0 | 0",
        "max(x, y) | 1 | 1 | 1 | 0.5 | 0.5 | 0 | 0 | 0",
        "max(x, x) | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 0",
        "min(x, 2*x) | 0 | 0 | 0 | 1.5 | 0 | 0 | 0 | 0",
        "max(x^2, y) | 1 | 1 | 1 | 1 | 0.5 | 1 | 0 | 0",
        "sqrt(x^2 + y^2) | 0 | 0 | 0 | 0 | 0 | Infinity | 0 | Infinity",
        "sqrt(x) + y | 0 | 3 | 3 | Infinity | 1 | -Infinity | 0 | 0",
        "sqrt(y) | 5 | 0 | 0 | 0 | Infinity | 0 | 0 | -Infinity",
        "log(x) | 0 | 1 | -Infinity | Infinity | 0 | -Infinity | 0 | 0",
        "x^0.5 | 0 | 1 | 0 | Infinity | 0 | -Infinity | 0 | 0",
        "x^1 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 0",
        "x^0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0",
        "x^y | 0 | 2 | 0 | 0 | 0 | 2 | 0 | 0",
        "x^y | -2 | 2 | 4 | -4 | 0 | 2 | 0 | 0",
        "x^y | 2 | 3 | 8 | 12 | 5.545177444479562 | 12 | 12.317766166719343 | 3.843624111345611",
    })
    void whereAFunctionHasNoDerivativeTheDocumentedValueIsTaken(String text, double x, double y, double value,
            double fx, double fy, double fxx, double fxy, double fyy) throws FormulaException {
        double[] all = new double[6];
        Formula.parse(text).derivatives(x, y, all);
        assertArrayEquals(new double[] {value, fx, fy, fxx, fxy, fyy}, all, 1e-12, text);
        for (double d : all) {
            assertFalse(Double.isNaN(d), text);
        }
    }

    /** Fifty seeded points of [−2, 2]² ((0.1, 2]² for powers of x), each at least 1e-3 from a kink. */
    private static List<double[]> points(Example example) {
        boolean positive = example.text().contains("x^y");
        var random = new Random(50);
        var points = new java.util.ArrayList<double[]>();
        while (points.size() < 50) {
            double x = positive ? 0.1 + 1.9 * random.nextDouble() : -2 + 4 * random.nextDouble();
            double y = positive ? 0.1 + 1.9 * random.nextDouble() : -2 + 4 * random.nextDouble();
            if (example.kinkDistance().applyAsDouble(x, y) > 1e-3) {
                points.add(new double[] {x, y});
            }
        }
        return points;
    }
}
