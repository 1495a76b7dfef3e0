package org.descentlab.core.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The lessons' words in one language, read from the {@code lessons} bundle files with {@link Properties} (the window
 * reads the same files through its own words; core reads them itself, for the command line). Korean falls back to
 * English key by key, as a resource bundle does, though a test keeps both complete.
 */
public final class LessonTexts {

    /** The languages the lessons are written in, as {@code --lang} takes them. */
    public static final List<String> LANGUAGES = List.of("en", "ko");
    /** The English (root) bundle file; Korean is the same name with {@code _ko}. */
    public static final String BUNDLE = "org/descentlab/words/lessons";

    private final String language;
    private final Map<String, String> words;

    private LessonTexts(String language, Map<String, String> words) {
        this.language = language;
        this.words = words;
    }

    /**
     * The words in {@code language} ({@code en} or {@code ko}).
     *
     * @throws IllegalArgumentException naming the languages there are
     */
    public static LessonTexts in(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("the lessons are written in " + String.join(" and ", LANGUAGES)
                    + ", not '" + language + "'");
        }
        var all = new HashMap<>(read(BUNDLE + ".properties"));
        if (!language.equals("en")) {
            all.putAll(read(BUNDLE + "_" + language + ".properties"));
        }
        return new LessonTexts(language, Map.copyOf(all));
    }

    /** The language these words are in. */
    public String language() {
        return language;
    }

    /** The lesson's title (at most 40 characters). */
    public String title(Lesson lesson) {
        return get(lesson.titleKey());
    }

    /** What to watch in the lesson's scene. */
    public String watch(Lesson lesson) {
        return get(lesson.watchKey());
    }

    /** The lesson's one "try this" prompt. */
    public String tryThis(Lesson lesson) {
        return get(lesson.tryKey());
    }

    /** The string of {@code key}, or the key in ‹ › when the bundle lacks it (a test fails on that). */
    public String get(String key) {
        String s = words.get(key);
        return s == null ? "\u2039" + key + "\u203a" : s;
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return words.containsKey(key);
    }

    private static Map<String, String> read(String resource) {
        return TextResource.read(resource, "the lesson texts");
    }
}
