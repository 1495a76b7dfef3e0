package org.descentlab.core.formula;

/**
 * Every sentence with which a formula, or a surface made from one, is refused: its key in the {@code formula} bundle
 * (where the window finds it in the student's language) and its English template, which the command line prints and
 * the English bundle repeats word for word (a test holds the two together). Templates take their values {@code %s}
 * style, in order.
 */
public enum FormulaError {

    /** Wraps another sentence with the column it is about: the sentence, then the column (1-based). */
    AT("formula.error.at", "%1$s at column %2$s"),
    /** Nothing but blanks was typed. */
    EMPTY("formula.error.empty", "the formula is empty; type f(x, y), such as x^2 + 3*y^2"),
    /** Longer than {@link Formula#MAX_LENGTH}: the limit. */
    TOO_LONG("formula.error.too_long", "the formula is longer than %s characters"),
    /** Nested deeper than {@link Formula#MAX_DEPTH}: the limit. */
    TOO_DEEP("formula.error.too_deep", "the formula nests more than %s levels deep"),
    /** A character that is no part of the grammar: the character (or its code, U+XXXX, when it cannot be shown). */
    CHARACTER("formula.error.character", "'%s' cannot be part of a formula"),
    /** Digits that do not make a number, such as {@code 1e} or {@code 1.2.3}: the text. */
    BAD_NUMBER("formula.error.bad_number", "'%s' is not a number"),
    /** A number beyond the largest double, such as {@code 1e999}: the text. */
    NUMBER_TOO_LARGE("formula.error.number_too_large", "the number %s is too large"),
    /** Where an operand must start. */
    EXPECTED_OPERAND("formula.error.expected_operand", "expected a number, x, y or '('"),
    /** Two operands side by side, such as {@code 2x}: the second one's text. */
    EXPECTED_OPERATOR("formula.error.expected_operator",
            "expected an operator such as + or * before '%s' (write 2*x, not 2x)"),
    /** A ')' that closes nothing. */
    UNMATCHED_CLOSE("formula.error.unmatched_close", "')' has no '(' to close"),
    /** A '(' still open at the end of the formula (the column is the '(''s). */
    UNCLOSED("formula.error.unclosed", "'(' is never closed"),
    /** A ',' outside a function's parentheses. */
    COMMA("formula.error.comma", "',' only separates a function's arguments, as in max(x, y)"),
    /** A name that is neither a variable, a constant nor a function: the name. */
    UNKNOWN_NAME("formula.error.unknown_name", "unknown name '%s' (use x, y, pi, e or a function such as sin(x))"),
    /** A name followed by '(' that is no function: the name. */
    UNKNOWN_FUNCTION("formula.error.unknown_function", "unknown function '%s' (there are sqrt, exp, log, sin, cos, "
            + "tan, tanh, sigmoid, abs, min, max and pow)"),
    /** A variable or constant followed by '(': the name, twice. */
    NOT_A_FUNCTION("formula.error.not_a_function", "'%s' is not a function; write %s*(…) to multiply"),
    /** A function without its parentheses, such as {@code sin x}: the function, then an example of its use. */
    NEEDS_PARENTHESES("formula.error.needs_parentheses", "%s needs parentheses, as in %s"),
    /** A one-argument function given another number of arguments: the function, the number given. */
    ARGUMENTS_ONE("formula.error.arguments_one", "%s takes one argument, got %s"),
    /** A two-argument function given another number of arguments: the function, the number given. */
    ARGUMENTS_TWO("formula.error.arguments_two", "%s takes two arguments, got %s"),
    /** A formula with no finite value at any sampled point of its plot bounds. */
    NOWHERE_FINITE("formula.error.nowhere_finite",
            "f(x, y) has no finite value anywhere inside the plot bounds; choose other bounds or another formula"),
    /** Bounds that are not four numbers in order: the setting's name, the text or values given. */
    BOUNDS("formula.error.bounds", "%s must be four numbers xmin,xmax,ymin,ymax with xmin < xmax and ymin < ymax, "
            + "got %s"),
    /** A given minimum outside the plot bounds: the point. */
    MINIMUM_OUTSIDE("formula.error.minimum_outside", "the known minimum %s lies outside the plot bounds"),
    /** A given minimum where f has no finite value: the point. */
    MINIMUM_UNDEFINED("formula.error.minimum_undefined", "f(x, y) has no finite value at the known minimum %s");

    private final String key;
    private final String english;

    FormulaError(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The sentence's key in the {@code formula} bundle. */
    public String key() {
        return key;
    }

    /** The English template, as the English bundle holds it. */
    public String english() {
        return english;
    }
}
