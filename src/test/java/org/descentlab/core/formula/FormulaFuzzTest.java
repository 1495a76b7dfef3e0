package org.descentlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.surface.Bounds;
import org.junit.jupiter.api.Test;

/**
 * Hostile text: random tokens, random bytes, deep nesting and huge numbers. Each string either parses (and then its
 * value and derivatives can be asked for anywhere without an exception) or is refused with a {@link FormulaException}
 * whose column lies within the text; nothing else is thrown, nothing hangs, the stack never overflows.
 */
class FormulaFuzzTest {

    private static final String[] TOKENS = {
        "x", "y", "pi", "e", "1", "0", "2.5", "1e-3", "1e308", "1e999", "1e-999", ".5", "5.", "1e", "1e+", ".", "+",
        "-", "*", "/", "^", "**", "(", ")", "(", ")", ",", " ", "sqrt", "exp", "log", "sin", "cos", "tan", "tanh",
        "sigmoid", "abs", "min", "max", "pow", "foo", "X", "−", "×", "÷", "π", "#", "\u0000", "\uD800", "가", "²",
    };

    /**
     * Half the strings are random tokens; the other half random formulas of the grammar, every other one with one
     * token inserted, dropped or replaced, so that both outcomes and every kind of refusal are reached.
     */
    @Test
    void tenThousandRandomTokenStringsParseOrAreRefusedWithAColumn() {
        var random = new Random(2024);
        var inputs = new ArrayList<String>();
        for (int i = 0; i < 5_000; i++) {
            var s = new StringBuilder();
            for (int k = 1 + random.nextInt(30); k > 0; k--) {
                s.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            inputs.add(s.toString());
            var tokens = new ArrayList<String>();
            expression(random, 0, tokens);
            if (i % 2 == 1) {
                int at = random.nextInt(tokens.size());
                switch (random.nextInt(3)) {
                    case 0 -> tokens.add(at, TOKENS[random.nextInt(TOKENS.length)]);
                    case 1 -> tokens.remove(at);
                    default -> tokens.set(at, TOKENS[random.nextInt(TOKENS.length)]);
                }
            }
            inputs.add(String.join(random.nextBoolean() ? " " : "", tokens));
        }
        int parsed = check(inputs);
        // The generator must reach both outcomes, or the test says little.
        assertTrue(parsed > 2_000 && parsed < 8_000, parsed + " of 10000 parsed");
    }

    /** A random formula of the grammar, as tokens. */
    private static void expression(Random random, int depth, List<String> out) {
        int kind = depth > 4 ? random.nextInt(3) : random.nextInt(9);
        switch (kind) {
            case 0 -> out.add(new String[] {"x", "y", "pi", "e"}[random.nextInt(4)]);
            case 1 -> out.add(Double.toString(Math.round(random.nextGaussian() * 1000) / 100.0).replace("-", ""));
            case 2 -> out.add(new String[] {"1e-3", "2", ".5", "1E2", "3."}[random.nextInt(5)]);
            case 3, 4 -> {
                expression(random, depth + 1, out);
                out.add(new String[] {"+", "-", "*", "/", "^"}[random.nextInt(5)]);
                expression(random, depth + 1, out);
            }
            case 5 -> {
                out.add("-");
                expression(random, depth + 1, out);
            }
            case 6 -> {
                out.add("(");
                expression(random, depth + 1, out);
                out.add(")");
            }
            case 7 -> {
                out.add(new String[] {"sqrt", "exp", "log", "sin", "cos", "tan", "tanh", "sigmoid", "abs"}
                        [random.nextInt(9)]);
                out.add("(");
                expression(random, depth + 1, out);
                out.add(")");
            }
            default -> {
                out.add(new String[] {"min", "max", "pow"}[random.nextInt(3)]);
                out.add("(");
                expression(random, depth + 1, out);
                out.add(",");
                expression(random, depth + 1, out);
                out.add(")");
            }
        }
    }

    @Test
    void fiveThousandStringsOfRandomBytesAndCharactersAreHandled() {
        var random = new Random(7);
        var inputs = new ArrayList<String>();
        for (int i = 0; i < 2_500; i++) {
            byte[] bytes = new byte[random.nextInt(60)];
            random.nextBytes(bytes);
            inputs.add(new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            var chars = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                chars.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000)));
            }
            inputs.add(chars.toString());
        }
        check(inputs);
    }

    @Test
    void deepNestingAndHugeNumbersAreRefusedOrComputedWithoutOverflowingTheStack() {
        var inputs = new ArrayList<String>();
        for (int n : new int[] {63, 64, 65, 200, 10_000, 100_000}) {
            inputs.add("(".repeat(n));
            inputs.add("(".repeat(n) + "x" + ")".repeat(n));
            inputs.add("-".repeat(n) + "x");
            inputs.add("2^".repeat(n) + "2");
            inputs.add("sin(".repeat(n) + "x" + ")".repeat(n));
            inputs.add("x" + "+x".repeat(n));
            inputs.add("x" + "*x".repeat(n));
            inputs.add("max(x,".repeat(n) + "y" + ")".repeat(n));
            inputs.add(")".repeat(n));
        }
        inputs.addAll(List.of("1e999", "-1e999", "1e-999", "9".repeat(400), "0." + "0".repeat(400) + "1",
                "1e308*1e308*x", "x^1e308", "exp(1e308)", "exp(exp(exp(x)))", "1/0", "0/0", "log(0)", "sqrt(-1)",
                "(-8)^(1/3)", "x^y^x^y", "pow(0, -1)", "tan(pi/2)", "1e308 - 1e308 + x"));
        check(inputs);
    }

    @Test
    void surfacesOfRandomFormulasAreMadeOrRefusedWithAProblem() {
        var random = new Random(99);
        var formulas = new ArrayList<Formula>();
        while (formulas.size() < 150) {
            var s = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                s.append(TOKENS[random.nextInt(28)]);
            }
            try {
                formulas.add(Formula.parse(s.toString()));
            } catch (FormulaException e) {
                // only the ones that parse are of interest here
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Formula f : formulas) {
                try {
                    var surface = new FormulaSurface(f, Bounds.square(2), List.of());
                    assertTrue(surface.info().minima().stream().anyMatch(m -> m.global()), f.text());
                } catch (SettingException e) {
                    assertTrue(e.problem().hasWording(), f.text());
                }
            }
        });
    }

    /** Parses every input within a time budget; returns how many parsed. */
    private static int check(List<String> inputs) {
        int[] parsed = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            double[] out = new double[6];
            for (String text : inputs) {
                try {
                    Formula f = Formula.parse(text);
                    parsed[0]++;
                    for (double x : new double[] {0, -1.5, 2, 1e300}) {
                        f.value(x, 0.5);
                        f.gradient(x, 0.5, out);
                        f.hessian(x, 0.5, out);
                    }
                } catch (FormulaException e) {
                    int length = text.codePointCount(0, text.length());
                    if (e.column() < 1 || e.column() > Math.max(length, Formula.MAX_LENGTH) + 1
                            || e.getMessage().isBlank()) {
                        fail("column " + e.column() + " of " + length + " for " + shown(text) + ": " + e.getMessage());
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("unexpected " + e + " for " + shown(text), e);
                }
            }
        });
        return parsed[0];
    }

    private static String shown(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " chars)" : text;
    }
}
