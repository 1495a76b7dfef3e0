package org.descentlab.core.scene;

import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.scene.Problem.Wording;

/**
 * One declared limit of a setting: the window's controls and messages, the command line's options and messages, and
 * the scene-file reader all check against the same declaration, as optimizers' hyperparameters are checked against
 * theirs ({@link Hyperparameter}). Its problems carry their {@link Wording}, so that the window can tell them in the
 * student's language; the setting's name there is the word {@link #labelKey()} of the {@code problems} bundle.
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

    /** The key of the setting's name for people in the {@code problems} bundle: {@code limit.clusters}. */
    public String labelKey() {
        return "limit." + key;
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
        var wording = Wording.of(whole ? "problem.range_whole" : "problem.range", whoWording(name), format(min),
                format(max), Double.isNaN(value) ? Wording.of("problem.nan") : got);
        return new Problem(name, who(name) + " must be " + kind + " from " + format(min) + " to "
                + format(max) + ", got " + got, wording);
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
            String typed = text == null ? "" : text.trim();
            throw new SettingException(new Problem(name, who(name) + ": '" + typed + "' is not a number",
                    Wording.of("problem.not_a_number", whoWording(name), typed)));
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

    /**
     * {@link #who} as a wording: the setting's name in the reader's language, with the option or field when the
     * English names it. A window's own label for the setting gives way to the declared one, in the reader's language.
     */
    private Wording whoWording(String name) {
        var word = Wording.of(labelKey());
        return name.startsWith("-") || name.contains(".") ? Wording.of(Problem.NAMED, word, name) : word;
    }

    /** Whole numbers in full (1000000, not 1e+06), others as hyperparameters are shown. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Hyperparameter.format(v);
    }
}
