package org.descentlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.descentlab.core.formula.Examples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Values of typed formulas against the same functions written in Java, and the grammar's precedence rules. */
class FormulaValuesTest {

    static java.util.List<Example> examples() {
        return Examples.ALL;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleHasJavasValueAtTwentyPoints(Example example) throws FormulaException {
        Formula f = Formula.parse(example.text());
        var random = new Random(17);
        for (int i = 0; i < 20; i++) {
            // Positive x and y for x^y; elsewhere the whole square [-3, 3]².
            boolean positive = example.text().contains("x^y");
            double x = positive ? 0.1 + 2.9 * random.nextDouble() : -3 + 6 * random.nextDouble();
            double y = positive ? 0.1 + 2.9 * random.nextDouble() : -3 + 6 * random.nextDouble();
            double expected = example.java().applyAsDouble(x, y);
            assertEquals(expected, f.value(x, y), 1e-13 * Math.max(1, Math.abs(expected)),
                    example + " at (" + x + ", " + y + ")");
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "2^3^2 | 512",
        "(2^3)^2 | 64",
        "-2^2 | -4",
        "(-2)^2 | 4",
        "-x^2 | -9",
        "2*3+4 | 10",
        "2+3*4 | 14",
        "2*3^2 | 18",
        "8/4/2 | 1",
        "8-4-2 | 2",
        "2^-1 | 0.5",
        "-2^-2 | -0.25",
        "--x | 3",
        "+x - -x | 6",
        "(1-x)^2 | 4",
        "1e-3 * 1E3 | 1",
        ".5 + 5. | 5.5",
        "2 ** 3 | 8",
        "x·2 − 1 | 5",
        "pow(2, 3^2) | 512",
        "max(1, -x^2) + min(x, y) | 0",
        "sigmoid(0) + tanh(0) + log(e) + exp(0) + sqrt(4) + abs(-x) | 7.5",
        "2 * pi / pi | 2",
    })
    void operatorsFollowTheUsualPrecedenceAndGrouping(String text, double expected) throws FormulaException {
        // At (x, y) = (3, -1).
        assertEquals(expected, Formula.parse(text).value(3, -1), 1e-15, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-x^2 | -(x^2)",
        "2^3^x | 2^(3^x)",
        "x - y - 1 | (x - y) - 1",
        "x / y / 2 | (x / y) / 2",
        "-x*y | (-x)*y",
        "x^-y | x^(-y)",
        "2*x^2 | 2*(x^2)",
    })
    void aFormulaEqualsItsFullyParenthesisedForm(String text, String parenthesised) throws FormulaException {
        Formula a = Formula.parse(text);
        Formula b = Formula.parse(parenthesised);
        var random = new Random(3);
        for (int i = 0; i < 20; i++) {
            double x = 0.5 + 2 * random.nextDouble();
            double y = 0.5 + 2 * random.nextDouble();
            assertEquals(b.value(x, y), a.value(x, y), 0, text + " at (" + x + ", " + y + ")");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x^2 + 3*y^2 | 9", "  x * y  | 3", "sin(x) | 2"})
    void countsTheNodesOfItsTreeAndKeepsTheTextWithoutOuterBlanks(String text, int nodes) throws FormulaException {
        Formula f = Formula.parse(text);
        assertEquals(nodes, f.nodes());
        assertEquals(text.strip(), f.text());
    }
}
