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
            try {
                // Double.parseDouble also takes "NaN", "Infinity" and hex; only plain numbers are wanted here.
                if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                value = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(label + ": '" + t + "' is not a number (examples: 0.01, 3e-4)");
            }
        }
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

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
