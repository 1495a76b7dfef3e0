package org.descentlab.core.scene;

import org.descentlab.core.optim.Hyperparameter;

/**
 * One declared limit of a setting: the window's controls and messages, the command line's options and messages, and
 * the scene-file reader all check against the same declaration, as optimizers' hyperparameters are checked against
 * theirs ({@link Hyperparameter}).
 *
 * @param key the setting's name in a scene file, relative to its section ({@code clusters})
 * @param label the setting's name for people ("Clusters")
 * @param option the command-line option that sets it ({@code --clusters}), or empty when there is none
 * @param defaultValue the value used when none is given
 * @param min smallest allowed value (inclusive)
 * @param max largest allowed value (inclusive)
 * @param whole whether only whole numbers are allowed
 */
public record Limit(String key, String label, String option, double defaultValue, double min, double max,
        boolean whole) {

    /** Checks that the declaration is consistent. */
    public Limit {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** A whole-number setting. */
    static Limit whole(String key, String label, String option, long defaultValue, long min, long max) {
        return new Limit(key, label, option, defaultValue, min, max, true);
    }

    /** A setting that takes any number in a range. */
    static Limit real(String key, String label, String option, double defaultValue, double min, double max) {
        return new Limit(key, label, option, defaultValue, min, max, false);
    }

    /** Whether {@code value} may be used (NaN and infinities never may). */
    public boolean accepts(double value) {
        return value >= min && value <= max && (!whole || value == Math.rint(value));
    }

    /**
     * Why {@code value} may not be used by the setting called {@code name} (a scene-file field or an option), or
     * {@code null} if it may.
     */
    public Problem problemWith(double value, String name) {
        if (accepts(value)) {
            return null;
        }
        String got = Double.isNaN(value) ? "not a number" : format(value);
        String kind = whole ? "a whole number" : "a number";
        return new Problem(name, who(name) + " must be " + kind + " from " + format(min) + " to "
                + format(max) + ", got " + got);
    }

    /**
     * {@code value} if allowed.
     *
     * @throws SettingException naming {@code name}, the value and the allowed range
     */
    public double check(double value, String name) {
        Problem problem = problemWith(value, name);
        if (problem != null) {
            throw new SettingException(problem);
        }
        return value;
    }

    /**
     * Reads a value typed by a person (decimals and scientific notation) and checks it.
     *
     * @throws SettingException when the text is not a number or the number is out of range
     */
    public double parse(String text, String name) {
        double value;
        try {
            value = Hyperparameter.parseNumber(text, label);
        } catch (IllegalArgumentException e) {
            throw new SettingException(new Problem(name, who(name) + ": '" + (text == null ? "" : text.trim())
                    + "' is not a number"));
        }
        return check(value, name);
    }

    /**
     * How a message names the setting: "Clusters (--clusters)" for an option or a scene-file field, the name alone
     * for a label shown in the window ("Maximum steps").
     */
    private String who(String name) {
        return name.startsWith("-") || name.contains(".") ? label + " (" + name + ")" : name;
    }

    /** Whole numbers in full (1000000, not 1e+06), others as hyperparameters are shown. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Hyperparameter.format(v);
    }
}
