package org.descentlab.ui.widgets;

import java.util.List;
import java.util.Locale;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.Problem.Wording;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;

/**
 * A problem in the student's language: its {@link Wording} looked up in the {@code problems} bundle when it has one
 * (and every wording among its values, such as the setting's name), its English message otherwise. The command line
 * prints the English message; the window shows this.
 */
public final class ProblemText {

    private ProblemText() {
    }

    /** {@code problem} in the language spoken now. */
    public static String of(Problem problem) {
        return of(problem, Words.language());
    }

    /** {@code problem} in {@code language}. */
    public static String of(Problem problem, Language language) {
        return problem.hasWording() ? of(problem.wording(), language) : problem.message();
    }

    /** {@code wording} in {@code language}, its values put in that language too where they are wordings. */
    public static String of(Wording wording, Language language) {
        List<Object> values = wording.values();
        Object[] filled = new Object[values.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = values.get(i) instanceof Wording w ? of(w, language) : values.get(i);
        }
        return fill(wording.key(), language, filled);
    }

    /**
     * A hyperparameter's refusal in the language spoken now, with {@code name} (the optimizer's label for it, in that
     * language) as the setting's name.
     */
    public static String of(Hyperparameter.Refused refused, String name) {
        return of(refused, name, Words.language());
    }

    /** A hyperparameter's refusal in {@code language}, with {@code name} as the setting's name. */
    public static String of(Hyperparameter.Refused refused, String name, Language language) {
        Object[] filled = new Object[refused.values().size() + 1];
        filled[0] = name;
        for (int i = 1; i < filled.length; i++) {
            filled[i] = refused.values().get(i - 1);
        }
        return fill(refused.key(), language, filled);
    }

    /** As {@link Words#format}, in {@code language}: the root locale, so numbers read the same in every language. */
    private static String fill(String key, Language language, Object... values) {
        return String.format(Locale.ROOT, Words.get(language, key), values);
    }
}
