package org.descentlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.descentlab.core.scene.Problem.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refused formulas: the message, the column, and the same sentence in the {@code formula} bundle. */
class FormulaErrorsTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x^2 + * y | expected a number, x, y or '(' at column 7",
        "x^2 + | expected a number, x, y or '(' at column 6",
        "*x | expected a number, x, y or '(' at column 1",
        "2x | expected an operator such as + or * before 'x' (write 2*x, not 2x) at column 2",
        "(x+1)(y-1) | expected an operator such as + or * before '(' (write 2*x, not 2x) at column 6",
        "x y | expected an operator such as + or * before 'y' (write 2*x, not 2x) at column 3",
        "(x + 1 | '(' is never closed at column 1",
        "sin(cos(x) | '(' is never closed at column 4",
        "x + 1) | ')' has no '(' to close at column 6",
        "(x, y) | ',' only separates a function's arguments, as in max(x, y) at column 3",
        "x, y | ',' only separates a function's arguments, as in max(x, y) at column 2",
        "z + 1 | unknown name 'z' (use x, y, pi, e or a function such as sin(x)) at column 1",
        "X^2 | unknown name 'X' (use x, y, pi, e or a function such as sin(x)) at column 1",
        "2 * sine(x) | unknown function 'sine' (there are sqrt, exp, log, sin, cos, tan, tanh, sigmoid, abs, min, max "
                + "and pow) at column 5",
        "x(y + 1) | 'x' is not a function; write x*(…) to multiply at column 1",
        "1 + sin x | sin needs parentheses, as in sin(x) at column 5",
        "max | max needs parentheses, as in max(x, y) at column 1",
        "sin(x, y) | sin takes one argument, got 2 at column 1",
        "sin() | sin takes one argument, got 0 at column 1",
        "y + max(x) | max takes two arguments, got 1 at column 5",
        "pow(x, y, 2) | pow takes two arguments, got 3 at column 1",
        "max(x,) | expected a number, x, y or '(' at column 7",
        "1e999 * x | the number 1e999 is too large at column 1",
        "x + 1e+ | '1e+' is not a number at column 5",
        ". + x | '.' is not a number at column 1",
        "x # y | '#' cannot be part of a formula at column 3",
        "x = 1 | '=' cannot be part of a formula at column 3",
        "가 + x | unknown name '가' (use x, y, pi, e or a function such as sin(x)) at column 1",
        "x² | '²' cannot be part of a formula at column 2",
        "\"\" | the formula is empty; type f(x, y), such as x^2 + 3*y^2",
        "\"   \" | the formula is empty; type f(x, y), such as x^2 + 3*y^2",
    })
    void aWrongFormulaIsRefusedWithItsReasonAndColumn(String text, String message) {
        var e = assertThrows(FormulaException.class, () -> Formula.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void columnsCountCharactersAsShownNotUtf16Units() {
        // 𝑥 (U+1D465) is one character but two UTF-16 units; the '#' after it and a space is at column 3.
        var e = assertThrows(FormulaException.class, () -> Formula.parse("\uD835\uDC65 #"));
        assertEquals(3, e.column());
        var f = assertThrows(FormulaException.class, () -> Formula.parse("x\u00a0+\u00a0\uD83D\uDE00"));
        assertEquals("'\uD83D\uDE00' cannot be part of a formula at column 5", f.getMessage());
    }

    @Test
    void anUnprintableCharacterIsNamedByItsCode() {
        var e = assertThrows(FormulaException.class, () -> Formula.parse("x \u0007"));
        assertEquals("'U+0007' cannot be part of a formula at column 3", e.getMessage());
    }

    @Test
    void theColumnAndTheSentenceTravelAsAWording() {
        var e = assertThrows(FormulaException.class, () -> Formula.parse("x^2 + * y"));
        assertEquals(7, e.column());
        assertEquals(FormulaError.EXPECTED_OPERAND, e.error());
        assertEquals(Wording.of("formula.error.at", Wording.of("formula.error.expected_operand"), 7), e.wording());
        assertEquals("surfaces.formula", e.problem("surfaces.formula").field());
        assertEquals(e.getMessage(), e.problem("").message());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtTheFirstLevelTooMany() throws FormulaException {
        int limit = Formula.MAX_DEPTH;
        assertEquals(1, Formula.parse("(".repeat(limit - 1) + "x" + ")".repeat(limit - 1)).value(1, 0));
        var e = assertThrows(FormulaException.class, () -> Formula.parse("(".repeat(limit) + "x" + ")".repeat(limit)));
        // The column is that of the first token inside the level too many.
        assertEquals("the formula nests more than 64 levels deep at column " + (limit + 1), e.getMessage());
        var signs = assertThrows(FormulaException.class, () -> Formula.parse("-".repeat(200) + "x"));
        assertEquals(limit + 1, signs.column());
        var powers = assertThrows(FormulaException.class, () -> Formula.parse("2^".repeat(100) + "x"));
        assertEquals(FormulaError.TOO_DEEP, powers.error());
    }

    @Test
    void aFormulaLongerThanTheLimitIsRefusedBeforeItIsRead() {
        String longest = "x" + "+x".repeat((Formula.MAX_LENGTH - 1) / 2);
        assertTrue(longest.length() <= Formula.MAX_LENGTH);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Formula.parse(longest));
        var e = assertThrows(FormulaException.class, () -> Formula.parse(longest + "+x"));
        assertEquals("the formula is longer than 500 characters", e.getMessage());
        assertEquals(Formula.MAX_LENGTH + 1, e.column());
    }

    @Test
    void everySentenceIsInTheEnglishBundleWordForWordAndInTheKoreanOne() throws IOException {
        Properties english = bundle("formula.properties");
        Properties korean = bundle("formula_ko.properties");
        for (FormulaError error : FormulaError.values()) {
            assertEquals(error.english(), english.getProperty(error.key()), error.key());
            String ko = korean.getProperty(error.key());
            assertTrue(ko != null && ko.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), error.key());
        }
    }

    @Test
    void aWordingToldFromTheEnglishBundleIsTheMessage() throws IOException {
        Properties english = bundle("formula.properties");
        var refusals = new ArrayList<FormulaException>();
        for (String text : List.of("x^2 + * y", "sin(x, y)", "x(1)", "1 + sin x", "", "2x", "(x", "x)", "1e999",
                "(".repeat(70), "z", "foo(x)", "x, y", "#", "1e-", "x".repeat(600))) {
            refusals.add(assertThrows(FormulaException.class, () -> Formula.parse(text)));
        }
        for (FormulaException e : refusals) {
            assertEquals(e.getMessage(), told(e.wording(), english));
        }
    }

    /** A wording told from a bundle, as the window's ProblemText tells it. */
    private static String told(Wording wording, Properties bundle) {
        Object[] values = wording.values().stream().map(v -> v instanceof Wording w ? told(w, bundle) : v).toArray();
        return String.format(Locale.ROOT, bundle.getProperty(wording.key()), values);
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (var in = FormulaErrorsTest.class.getResourceAsStream("/org/descentlab/words/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
