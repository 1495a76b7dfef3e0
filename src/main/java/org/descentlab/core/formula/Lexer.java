package org.descentlab.core.formula;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.formula.Token.Kind;

/**
 * Splits a formula into tokens. Besides the ASCII operators it reads {@code **} as {@code ^} (Python's power), and
 * the signs a formula copied from a typeset page brings: − (U+2212) as minus, × · ⋅ as times, ÷ as divided by, π as
 * pi. Numbers are decimals with an optional exponent ({@code 2}, {@code .5}, {@code 1e-3}); a number beyond the
 * largest double ({@code 1e999}) is refused, one below the smallest becomes 0.
 */
final class Lexer {

    private final String text;
    private int index;
    private int column = 1;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, ending with {@link Kind#END}. */
    static List<Token> tokens(String text) throws FormulaException {
        if (text.length() > Formula.MAX_LENGTH && text.codePointCount(0, text.length()) > Formula.MAX_LENGTH) {
            throw FormulaException.whole(Formula.MAX_LENGTH + 1, FormulaError.TOO_LONG, Formula.MAX_LENGTH);
        }
        var lexer = new Lexer(text);
        lexer.run();
        if (lexer.tokens.size() == 1) {
            throw FormulaException.whole(1, FormulaError.EMPTY);
        }
        return lexer.tokens;
    }

    private void run() throws FormulaException {
        while (index < text.length()) {
            int c = text.codePointAt(index);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                advance(1);
            } else if (isDigit(c) || c == '.') {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(Kind.END, "", 0, column));
    }

    private void symbol(int c) throws FormulaException {
        Kind kind = switch (c) {
            case '+' -> Kind.PLUS;
            case '-', '\u2212' -> Kind.MINUS;
            case '*', '\u00d7', '\u00b7', '\u22c5' -> Kind.TIMES;
            case '/', '\u00f7' -> Kind.DIVIDE;
            case '^' -> Kind.POWER;
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            case ',' -> Kind.COMMA;
            default -> throw FormulaException.at(column, FormulaError.CHARACTER, shown(c));
        };
        int start = index;
        int startColumn = column;
        advance(1);
        if (kind == Kind.TIMES && c == '*' && index < text.length() && text.charAt(index) == '*') {
            kind = Kind.POWER;
            advance(1);
        }
        tokens.add(new Token(kind, text.substring(start, index), 0, startColumn));
    }

    private void number() throws FormulaException {
        int start = index;
        int startColumn = column;
        int digits = skipDigits();
        if (index < text.length() && text.charAt(index) == '.') {
            advance(1);
            digits += skipDigits();
        }
        if (digits == 0) {
            throw FormulaException.at(startColumn, FormulaError.BAD_NUMBER, text.substring(start, index));
        }
        if (index < text.length() && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
            exponent(start, startColumn);
        }
        String typed = text.substring(start, index);
        double value = Double.parseDouble(typed);
        if (Double.isInfinite(value)) {
            throw FormulaException.at(startColumn, FormulaError.NUMBER_TOO_LARGE, typed);
        }
        tokens.add(new Token(Kind.NUMBER, typed, value, startColumn));
    }

    /**
     * An exponent after a number's digits: {@code e3}, {@code e-3}. An 'e' followed by no digit and no sign is left
     * for the next token (then {@code 2e} reads as 2 followed by e, which the parser refuses with a hint to write *).
     */
    private void exponent(int start, int startColumn) throws FormulaException {
        int after = index + 1;
        boolean signed = after < text.length() && (text.charAt(after) == '+' || text.charAt(after) == '-');
        int first = signed ? after + 1 : after;
        if (first < text.length() && isDigit(text.charAt(first))) {
            advance(first - index);
            skipDigits();
        } else if (signed) {
            advance(after + 1 - index);
            throw FormulaException.at(startColumn, FormulaError.BAD_NUMBER, text.substring(start, index));
        }
    }

    private void name() {
        int start = index;
        int startColumn = column;
        while (index < text.length()) {
            int c = text.codePointAt(index);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                break;
            }
            advance(Character.charCount(c));
        }
        tokens.add(new Token(Kind.NAME, text.substring(start, index), 0, startColumn));
    }

    private int skipDigits() {
        int count = 0;
        while (index < text.length() && isDigit(text.charAt(index))) {
            advance(1);
            count++;
        }
        return count;
    }

    /** Moves on by {@code chars} chars of one code point (or of as many ASCII characters). */
    private void advance(int chars) {
        int end = index + Math.max(chars, Character.charCount(text.codePointAt(index)));
        column += text.codePointCount(index, end);
        index = end;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A character as a message shows it: itself, or U+XXXX when it would not show (a control or blank character). */
    static String shown(int c) {
        boolean visible = !Character.isISOControl(c) && Character.isDefined(c) && !Character.isWhitespace(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.SURROGATE
                && Character.getType(c) != Character.PRIVATE_USE && !Character.isSpaceChar(c);
        return visible ? new String(Character.toChars(c)) : String.format(java.util.Locale.ROOT, "U+%04X", c);
    }
}
