package org.descentlab.ui.surface;

import java.util.List;
import org.descentlab.core.surface.Bounds;

/**
 * The formulas the Custom… dialog offers to start from: the examples of issue 17, each over bounds that show its
 * shape (Rosenbrock's valley over the built-in surface's own [−2, 2] × [−1, 3], the others over [−3, 3]²). Maths,
 * the same in every language.
 */
final class CustomExamples {

    /** A formula and the plot bounds it is shown over. */
    record Example(String formula, Bounds bounds) {
    }

    private static final Bounds SQUARE = Bounds.square(3);

    /** Every example, in the order offered. */
    static final List<Example> ALL = List.of(
            new Example("x^2 + 3*y^2", SQUARE),
            new Example("(1-x)^2 + 100*(y-x^2)^2", new Bounds(-2, 2, -1, 3)),
            new Example("sin(x)*cos(y) + 0.1*(x^2+y^2)", SQUARE),
            new Example("abs(x) + y^2", SQUARE),
            new Example("exp(-(x^2+y^2))", SQUARE),
            new Example("log(1 + x^2)", SQUARE),
            new Example("max(x, y)", SQUARE));

    private CustomExamples() {
    }
}
