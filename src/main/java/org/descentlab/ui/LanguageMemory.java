package org.descentlab.ui;

import java.util.Optional;
import java.util.prefs.Preferences;
import org.descentlab.ui.words.Language;

/**
 * The language chosen in View → Language, kept in the user's preferences (the same node as {@link RecentScenes}) so
 * that the app speaks it at the next start; with none chosen yet, the system's ({@link Language#ofSystem()}).
 */
public final class LanguageMemory {

    /** The preference's key; its value is the language's ISO 639 code ({@code en}, {@code ko}). */
    static final String KEY = "language";

    private final Preferences node;

    /** Kept under {@code node} (tests pass a throwaway node); {@code null} keeps nothing. */
    public LanguageMemory(Preferences node) {
        this.node = node;
    }

    /** A memory that keeps nothing: the language can be switched, and the next start follows the system again. */
    public static LanguageMemory none() {
        return new LanguageMemory(null);
    }

    /** The language chosen last, if one was (and is still one of the app's). */
    public Optional<Language> saved() {
        return node == null ? Optional.empty() : Optional.ofNullable(node.get(KEY, null)).flatMap(Language::ofCode);
    }

    /** The language to start in: the one chosen last, or the system's. */
    public Language load() {
        return saved().orElseGet(Language::ofSystem);
    }

    /** Keeps {@code language} for the next start. */
    public void save(Language language) {
        if (node != null) {
            node.put(KEY, language.code());
        }
    }
}
