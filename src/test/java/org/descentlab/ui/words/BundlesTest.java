package org.descentlab.ui.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundles are complete in both languages, and each key lives in one part of the app only. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[sdfeg%n]");

    @Test
    void everyEnglishKeyHasAKoreanStringAndNoOther() {
        for (String name : Words.BUNDLES) {
            var english = new TreeSet<>(Words.bundle(name, Language.ENGLISH).keySet());
            var korean = new TreeSet<>(Words.bundle(name, Language.KOREAN).keySet());
            var missing = new TreeSet<>(english);
            missing.removeAll(korean);
            var extra = new TreeSet<>(korean);
            extra.removeAll(english);
            assertTrue(missing.isEmpty(), name + "_ko.properties lacks " + missing);
            assertTrue(extra.isEmpty(), name + "_ko.properties has keys English lacks: " + extra);
        }
    }

    @Test
    void noStringIsEmptyInEitherLanguage() {
        for (String name : Words.BUNDLES) {
            for (Language language : Language.values()) {
                Words.bundle(name, language).forEach((key, value) ->
                        assertTrue(!value.isBlank(), name + " (" + language + "): " + key + " is empty"));
            }
        }
    }

    @Test
    void eachKeyLivesInOneBundleOnly() {
        var home = new HashMap<String, String>();
        var clashes = new ArrayList<String>();
        for (String name : Words.BUNDLES) {
            for (String key : Words.bundle(name, Language.ENGLISH).keySet()) {
                String before = home.put(key, name);
                if (before != null) {
                    clashes.add(key + " in " + before + " and " + name);
                }
            }
        }
        assertTrue(clashes.isEmpty(), clashes.toString());
    }

    @Test
    void koreanTemplatesTakeTheSameValuesAsEnglishOnes() {
        for (String name : Words.BUNDLES) {
            var korean = Words.bundle(name, Language.KOREAN);
            Words.bundle(name, Language.ENGLISH).forEach((key, value) -> {
                if (korean.containsKey(key)) {
                    assertEquals(placeholders(value), placeholders(korean.get(key)),
                            name + ": " + key + " takes other values in Korean");
                }
            });
        }
    }

    @Test
    void koreanStringsAreWrittenInHangul() {
        // A Korean file that only copies English would pass the key checks; most of its strings must hold Hangul.
        for (String name : Words.BUNDLES) {
            var korean = Words.bundle(name, Language.KOREAN);
            long withHangul = korean.values().stream().filter(v -> v.codePoints().anyMatch(BundlesTest::hangul))
                    .count();
            assertTrue(korean.isEmpty() || withHangul * 2 >= korean.size(),
                    name + "_ko.properties: only " + withHangul + " of " + korean.size() + " strings are in Hangul");
        }
    }

    @Test
    void aKeyNoBundleHoldsShowsAsItselfMarkedMissing() {
        assertEquals("\u2039no.such.key\u203a", Words.get(Language.ENGLISH, "no.such.key"));
    }

    private static boolean hangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    private static java.util.List<String> placeholders(String s) {
        var found = new ArrayList<String>();
        var m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
