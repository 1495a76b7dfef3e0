package org.descentlab.ui.words;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.descentlab.core.lesson.TextResource;

/**
 * Every string the window shows, in the language chosen: the English and Korean resource bundles under
 * {@code resources/org/descentlab/words/}, one pair of files per part of the app ({@link #BUNDLES}), every key in
 * both (a test checks it) and each key in one part only.
 *
 * <p>A text that never changes but for the language is bound once ({@link #bind}, {@link #text}); a text made from
 * the running state (a status line, a chart title with a number) is made again by its view when the state or the
 * language changes ({@link #onChange}). Switching the language ({@link #setLanguage}) needs no restart and leaves
 * the running state as it is. JavaFX thread only.
 */
public final class Words {

    /** The parts of the app with a pair of bundle files each; a key lives in exactly one of them. */
    public static final List<String> BUNDLES = List.of(
            "frame", "surface", "network", "names", "problems", "lessons", "teach", "export", "insight", "depth",
            "formula", "solid", "custom", "train", "data", "schedule", "confusion");
    /** Where the bundle files are, as a class-path resource folder. */
    public static final String FOLDER = "org/descentlab/words/";
    /** What a key that no bundle holds shows as (a test fails on it); never an exception in front of a class. */
    private static final String MISSING = "\u2039%s\u203a";

    private static final SimpleObjectProperty<Language> LANGUAGE = new SimpleObjectProperty<>(Language.ENGLISH);
    private static final Map<Language, Map<String, String>> LOADED = new EnumMap<>(Language.class);
    private static final List<Runnable> LISTENERS = new ArrayList<>();
    private static volatile boolean marked;

    private Words() {
    }

    /** The language the window speaks now. */
    public static Language language() {
        return LANGUAGE.get();
    }

    /** The language as a property, to bind to or listen on. */
    public static ReadOnlyObjectProperty<Language> languageProperty() {
        return LANGUAGE;
    }

    /** Speaks {@code language} from now on: every bound text and every {@link #onChange} view follows at once. */
    public static void setLanguage(Language language) {
        if (language != LANGUAGE.get()) {
            LANGUAGE.set(language);
            for (Runnable r : List.copyOf(LISTENERS)) {
                r.run();
            }
        }
    }

    /** Runs {@code refresh} after every change of language (views whose words come from the running state). */
    public static void onChange(Runnable refresh) {
        LISTENERS.add(refresh);
    }

    /** Stops running {@code refresh} (a view that was disposed). */
    public static void removeOnChange(Runnable refresh) {
        LISTENERS.remove(refresh);
    }

    /** The string of {@code key} in the language spoken now. */
    public static String get(String key) {
        return get(LANGUAGE.get(), key);
    }

    /** The string of {@code key} in {@code language}. */
    public static String get(Language language, String key) {
        String value = table(language).get(key);
        if (value == null) {
            value = String.format(Locale.ROOT, MISSING, key);
        }
        return marked ? "\u27e6" + value + "\u27e7" : value;
    }

    /** Whether {@code key} is in the bundles (of English; a test holds Korean to the same keys). */
    public static boolean has(String key) {
        return table(Language.ENGLISH).containsKey(key);
    }

    /**
     * The template of {@code key} filled with {@code values}, {@code %s} style in the root locale, so that numbers
     * are written the same way in both languages (a decimal point, no grouping).
     */
    public static String format(String key, Object... values) {
        return String.format(Locale.ROOT, get(key), values);
    }

    /** The string of {@code key}, following the language. */
    public static StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), LANGUAGE);
    }

    /** A text made by {@code make} from the words of the moment, made again when the language changes. */
    public static StringBinding text(Supplier<String> make) {
        return Bindings.createStringBinding(make::get, LANGUAGE);
    }

    /** Binds {@code target} to the string of {@code key}, following the language. */
    public static void bind(StringProperty target, String key) {
        target.bind(text(key));
    }

    /**
     * Every key of {@code bundle} in {@code language}, straight from its own file (the Korean file without the English
     * it would fall back on), for the completeness tests. The files are ordinary resource-bundle files, read as UTF-8.
     */
    public static Map<String, String> bundle(String bundle, Language language) {
        String file = FOLDER + bundle + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
        return TextResource.read(file, "the words of the window");
    }

    private static synchronized Map<String, String> table(Language language) {
        return LOADED.computeIfAbsent(language, l -> {
            var all = new HashMap<String, String>();
            for (String name : BUNDLES) {
                // A key the Korean file lacks falls back on English (a test makes sure none does).
                all.putAll(bundle(name, Language.ENGLISH));
                if (l != Language.ENGLISH) {
                    all.putAll(bundle(name, l));
                }
            }
            return Map.copyOf(all);
        });
    }

    /**
     * Tests only: wraps every string in ⟦ ⟧, so that a test walking the window's nodes can tell a string that came
     * from the bundles from one typed in code.
     */
    public static void markForTesting(boolean on) {
        marked = on;
    }
}
