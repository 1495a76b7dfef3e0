package org.descentlab.core.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small part of Python's literal syntax that numpy writes into a {@code .npy} header: a dict of strings,
 * booleans, None, integers, tuples and lists. numpy itself reads the header with {@code ast.literal_eval}, so we
 * accept any spacing, either quote style and a trailing comma, plus Python 2's {@code 10L} integers, which numpy also
 * still reads.
 *
 * <p>Nesting is limited to {@link #MAX_DEPTH} levels: a numpy header needs two (a dict holding a tuple), and the
 * parser recurses once per level, so thousands of brackets, which fit in numpy's 10,000-byte header, would
 * otherwise overflow the stack.
 *
 * <p>Values become {@link String}, {@link Boolean}, {@link Long}, {@link #NONE}, {@link Tuple}, {@link PyList} and
 * {@link Map} (insertion-ordered).
 */
final class PythonLiteral {

    /** Python's None. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A Python tuple. */
    record Tuple(List<Object> items) {
    }

    /** A Python list. */
    record PyList(List<Object> items) {
    }

    /** The text is not a literal we understand; the message says where and why, in a few words. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    /** Deepest nesting of dicts, tuples and lists accepted; far beyond what numpy writes, far below the stack's. */
    static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** The single literal that makes up {@code text}, surrounded by nothing but whitespace. */
    static Object parse(String text) throws SyntaxError {
        var parser = new PythonLiteral(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the dictionary");
        }
        return value;
    }

    private Object value() throws SyntaxError {
        skipSpace();
        if (pos >= text.length()) {
            throw error("text ends too early");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> dict();
            case '(' -> new Tuple(sequence(')', true));
            case '[' -> new PyList(sequence(']', false));
            case '\'', '"' -> string(c);
            default -> c == '-' || c == '+' || Character.isDigit(c) ? integer() : name();
        };
    }

    private Map<Object, Object> dict() throws SyntaxError {
        enter();
        Map<Object, Object> entries = new LinkedHashMap<>();
        while (!consume('}')) {
            Object key = value();
            expect(':');
            entries.put(key, value());
            if (!consume(',')) {
                expect('}');
                break;
            }
        }
        depth--;
        return entries;
    }

    /** Items up to {@code close}; a one-item tuple needs its trailing comma, as in Python: {@code (5,)}. */
    private List<Object> sequence(char close, boolean tuple) throws SyntaxError {
        enter();
        List<Object> items = new ArrayList<>();
        boolean comma = false;
        while (!consume(close)) {
            items.add(value());
            comma = consume(',');
            if (!comma) {
                expect(close);
                break;
            }
        }
        if (tuple && items.size() == 1 && !comma) {
            // "(5)" is just 5 in Python, not a tuple; numpy would refuse it as a shape too.
            throw error("a one-item tuple needs a trailing comma");
        }
        depth--;
        return items;
    }

    /** Steps past an opening bracket, one level deeper. */
    private void enter() throws SyntaxError {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        pos++;
    }

    private String string(char quote) throws SyntaxError {
        var value = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        if (pos >= text.length()) {
            throw error("a quoted text is not closed");
        }
        pos++;
        return value.toString();
    }

    private Long integer() throws SyntaxError {
        int start = pos;
        if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == 'L' || text.charAt(pos) == 'l')) {
            pos++;
        }
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(digits.length() - 1))) {
            throw error("a number has no digits");
        }
        var value = new BigInteger(digits);
        if (value.bitLength() > 63) {
            throw error("the number " + MessageText.shown(digits) + " is too large");
        }
        return value.longValue();
    }

    private Object name() throws SyntaxError {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        return switch (name) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> NONE;
            default -> throw error(name.isEmpty() ? "unexpected '" + MessageText.shown(text.charAt(pos)) + "'"
                    : "unexpected word '" + MessageText.shown(name) + "'");
        };
    }

    private boolean consume(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws SyntaxError {
        if (!consume(c)) {
            throw error(pos < text.length()
                    ? "expected '" + c + "' but found '" + MessageText.shown(text.charAt(pos)) + "'"
                    : "expected '" + c + "' but the text ends");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SyntaxError error(String what) {
        return new SyntaxError(what + " at character " + (pos + 1));
    }
}
