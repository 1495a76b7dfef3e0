package org.descentlab.core.io;

/**
 * Text taken from a file, made fit for a one-line message: control and invisible characters escaped as Python's
 * {@code repr} does ({@code \n}, {@code \x00}), and long text cut short. A damaged header or a hostile archive can
 * hold anything, including newlines and thousands of characters, in a dtype, a key or an array name.
 */
final class MessageText {

    /** Long enough for any real dtype, key or array name; short enough to keep a message on one line. */
    static final int MAX_CHARS = 40;

    private MessageText() {
    }

    /** {@code text} with unprintable characters escaped, cut to about {@link #MAX_CHARS} characters with "...". */
    static String shown(String text) {
        var shown = new StringBuilder();
        int i = 0;
        for (; i < text.length() && shown.length() < MAX_CHARS; i++) {
            shown.append(shown(text.charAt(i)));
        }
        return i < text.length() ? shown.append("...").toString() : shown.toString();
    }

    /** One character as it can be shown: itself, or an escape such as {@code \t} or {@code \x1b}. */
    static String shown(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> isPrintable(c) ? String.valueOf(c)
                    : c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
        };
    }

    private static boolean isPrintable(char c) {
        int type = Character.getType(c);
        return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
