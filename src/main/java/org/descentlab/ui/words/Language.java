package org.descentlab.ui.words;

import java.util.Locale;

/** A language the window speaks: every user-visible string exists in each of them. */
public enum Language {
    /** English: the bundles' root files ({@code frame.properties}). */
    ENGLISH(Locale.ROOT, "en"),
    /** Korean, in the notes' own terms: the {@code _ko} files. */
    KOREAN(Locale.KOREAN, "ko");

    private final Locale bundleLocale;
    private final String code;

    Language(Locale bundleLocale, String code) {
        this.bundleLocale = bundleLocale;
        this.code = code;
    }

    /** The locale its bundle files are named for ({@link Locale#ROOT} for English, the root files). */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    /** Its ISO 639 code, as {@code --lang} and the preferences write it. */
    public String code() {
        return code;
    }

    /** Korean when the system speaks Korean, English otherwise. */
    public static Language ofSystem() {
        return of(Locale.getDefault());
    }

    /** Korean for a Korean locale, English for any other. */
    public static Language of(Locale locale) {
        return KOREAN.code.equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    /** The language of an ISO 639 code, if it is one of ours. */
    public static java.util.Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }
}
