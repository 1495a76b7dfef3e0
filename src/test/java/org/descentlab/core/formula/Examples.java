package org.descentlab.core.formula;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The formulas of issue 17's examples, and two more that use every other function, each with the same function
 * written independently in Java's Math, and where it has a kink (to keep finite differences away from it).
 */
final class Examples {

    /** A formula as typed, the same function in Java, and its distance from the nearest kink at (x, y). */
    record Example(String text, DoubleBinaryOperator java, DoubleBinaryOperator kinkDistance) {

        Example(String text, DoubleBinaryOperator java) {
            this(text, java, (x, y) -> Double.POSITIVE_INFINITY);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final List<Example> ALL = List.of(
            new Example("x^2 + 3*y^2", (x, y) -> x * x + 3 * y * y),
            new Example("(1-x)^2 + 100*(y-x^2)^2", (x, y) -> Math.pow(1 - x, 2) + 100 * Math.pow(y - x * x, 2)),
            new Example("sin(x)*cos(y) + 0.1*(x^2+y^2)", (x, y) -> Math.sin(x) * Math.cos(y) + 0.1 * (x * x + y * y)),
            new Example("abs(x) + y^2", (x, y) -> Math.abs(x) + y * y, (x, y) -> Math.abs(x)),
            new Example("exp(-(x^2+y^2))", (x, y) -> Math.exp(-(x * x + y * y))),
            new Example("log(1 + x^2)", (x, y) -> Math.log(1 + x * x)),
            new Example("max(x, y)", Math::max, (x, y) -> Math.abs(x - y)),
            new Example("sqrt(x^2 + y^2 + 1) + tanh(x*y) - sigmoid(x - 2*y)",
                    (x, y) -> Math.sqrt(x * x + y * y + 1) + Math.tanh(x * y) - 1 / (1 + Math.exp(-(x - 2 * y)))),
            new Example("tan(x/4) * pow(2, y) / (1 + min(x^2, y^2)) + pi - e",
                    (x, y) -> Math.tan(x / 4) * Math.pow(2, y) / (1 + Math.min(x * x, y * y)) + Math.PI - Math.E,
                    (x, y) -> Math.abs(x * x - y * y)),
            new Example("x^y + y^(x/3)", (x, y) -> Math.pow(x, y) + Math.pow(y, x / 3)));

    private Examples() {
    }
}
