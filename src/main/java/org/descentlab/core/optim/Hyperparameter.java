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
        if (accepts(value)) {
            return null;
        }
        if (scale == Scale.SWITCH) {
            return label + " must be 0 (off) or 1 (on)";
        }
        return label + " must be between " + format(min) + " and " + format(max) + ", got " + format(value);
    }

    /**
     * Reads a value typed by a person: decimals and scientific notation ({@code 3e-4}); for switches also
     * on/off/true/false.
     *
     * @throws IllegalArgumentException with a message for a student when the text is not a number or out of range
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
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /**
     * A number typed by a person: decimals and scientific notation only ({@code Double.parseDouble} would also take
     * "NaN", "Infinity" and hexadecimal, which no student means).
     *
     * @throws IllegalArgumentException "{@code name}: 'text' is not a number (examples: 0.01, 3e-4)"
     */
    public static double parseNumber(String text, String name) {
        String t = text == null ? "" : text.trim();
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException(name + ": '" + t + "' is not a number (examples: 0.01, 3e-4)");
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
}
