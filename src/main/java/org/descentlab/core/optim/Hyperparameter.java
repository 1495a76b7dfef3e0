package org.descentlab.core.optim;

import java.util.Locale;

/**
 * One declared hyperparameter of an optimizer. The UI builds its sliders and fields, and the command line checks
 * {@code --param key=value}, from these declarations alone.
 *
 * @param key identifier used on the command line ({@code lr}, {@code beta1})
 * @param label name shown next to the control, in the seed notes' words
 * @param defaultValue value used when none is given
 * @param min smallest allowed value (inclusive)
 * @param max largest allowed value (inclusive)
 * @param scale how the control moves
 * @param help one sentence on what the value does
 */
public record Hyperparameter(
        String key, String label, double defaultValue, double min, double max, Scale scale, String help) {

    /** Checks that the declaration is consistent. */
    public Hyperparameter {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
        if (scale == Scale.LOG && !(min > 0)) {
            throw new IllegalArgumentException(key + ": a log scale needs a positive minimum");
        }
    }

    /** Whether {@code value} may be used. */
    public boolean accepts(double value) {
        if (scale == Scale.SWITCH) {
            return value == 0 || value == 1;
        }
        return value >= min && value <= max;
    }

    /**
     * Why {@code value} may not be used, in words for a student, or {@code null} if it may.
     * NaN and infinities are refused by the range check because every comparison with them fails.
     */
    public String problemWith(double value) {
        Refused refused = refusal(value);
        return refused == null ? null : refused.getMessage();
    }

    /**
     * Why {@code value} may not be used, as the English sentence of {@link #problemWith} and as its wording for a
     * window in another language; {@code null} if it may.
     */
    public Refused refusal(double value) {
        if (accepts(value)) {
            return null;
        }
        if (scale == Scale.SWITCH) {
            return new Refused(label + " must be 0 (off) or 1 (on)", "problem.switch");
        }
        return new Refused(label + " must be between " + format(min) + " and " + format(max) + ", got "
                + format(value), "problem.between", format(min), format(max), format(value));
    }

    /**
     * Reads a value typed by a person: decimals and scientific notation ({@code 3e-4}); for switches also
     * on/off/true/false.
     *
     * @throws Refused with a message for a student when the text is not a number or out of range
     */
    public double parse(String text) {
        String t = text == null ? "" : text.trim();
        double value;
        if (scale == Scale.SWITCH && t.matches("(?i)on|true|yes")) {
            value = 1;
        } else if (scale == Scale.SWITCH && t.matches("(?i)off|false|no")) {
            value = 0;
        } else {
            value = parseNumber(t, label);
        }
        Refused refused = refusal(value);
        if (refused != null) {
            throw refused;
        }
        return value;
    }

    /**
     * A number typed by a person: decimals and scientific notation only ({@code Double.parseDouble} would also take
     * "NaN", "Infinity" and hexadecimal, which no student means).
     *
     * @throws Refused "{@code name}: 'text' is not a number (examples: 0.01, 3e-4)"
     */
    public static double parseNumber(String text, String name) {
        String t = text == null ? "" : text.trim();
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            throw new Refused(name + ": '" + t + "' is not a number (examples: 0.01, 3e-4)",
                    "problem.not_a_number_example", t);
        }
        return Double.parseDouble(t);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** A short human-readable rendering of a value: {@code 0.001}, {@code 1e-08}, {@code 0.9}. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v).replaceFirst("\\.?0+e", "e");
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+$", "");
    }

    /**
     * A value refused: the English sentence ({@link #getMessage()}, as the command line prints it) and the same
     * sentence as a key of the {@code problems} bundle with its values, for a window that words it in the reader's
     * language. The setting's name is not among the values: it is the template's first {@code %s}, and the window
     * puts in its own name for the setting (an optimizer's label for its hyperparameter, in the reader's language).
     */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final java.util.List<String> values;

        Refused(String message, String key, String... values) {
            super(message);
            this.key = key;
            this.values = java.util.List.of(values);
        }

        /** The template's key ({@code problem.between}); its first {@code %s} is the setting's name. */
        public String key() {
            return key;
        }

        /** The values after the setting's name, in order, written out as the English message writes them. */
        public java.util.List<String> values() {
            return values;
        }
    }
}
