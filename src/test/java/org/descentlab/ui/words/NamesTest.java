package org.descentlab.ui.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every registered optimizer, surface, hyperparameter and activation has its display words in the {@code names}
 * bundle, in both languages; the English ones are the registries' own.
 */
class NamesTest {

    private static final Map<String, String> ENGLISH = Words.bundle("names", Language.ENGLISH);
    private static final Map<String, String> KOREAN = Words.bundle("names", Language.KOREAN);

    /** Every key the window asks {@link Names} for, with the registry's own English string. */
    private static Map<String, String> registryWords() {
        var words = new java.util.LinkedHashMap<String, String>();
        for (OptimizerType type : OptimizerRegistry.all()) {
            words.put(Names.optimizerKey(type, "name"), type.name());
            words.put(Names.optimizerKey(type, "description"), type.description());
            for (Hyperparameter h : type.hyperparameters()) {
                words.put(Names.hyperparameterKey(type, h, "label"), h.label());
                words.put(Names.hyperparameterKey(type, h, "help"), h.help());
            }
        }
        for (Surface surface : SurfaceRegistry.all()) {
            words.put(Names.surfaceKey(surface, "name"), surface.info().name());
            words.put(Names.surfaceKey(surface, "description"), surface.info().description());
        }
        for (Activation a : Activation.values()) {
            words.put("activation." + a.id(), a.label());
        }
        return words;
    }

    @Test
    void everyRegistryEntryHasAllItsWordsInBothLanguages() {
        var missing = new ArrayList<String>();
        for (String key : registryWords().keySet()) {
            if (!ENGLISH.containsKey(key)) {
                missing.add(key + " (English)");
            }
            if (!KOREAN.containsKey(key)) {
                missing.add(key + " (Korean)");
            }
        }
        assertTrue(missing.isEmpty(), "names bundle lacks " + missing);
        assertEquals(OptimizerRegistry.all().size() * 2 + SurfaceRegistry.all().size() * 2
                + OptimizerRegistry.all().stream().mapToInt(t -> t.hyperparameters().size() * 2).sum()
                + Activation.values().length, registryWords().size(), "one key per word, no two alike");
    }

    @Test
    void theEnglishWordsAreTheRegistriesOwnSoTheWindowAndTheCommandLineAgree() {
        var differ = new ArrayList<String>();
        registryWords().forEach((key, registry) -> {
            if (!registry.equals(ENGLISH.get(key))) {
                differ.add(key + ": bundle '" + ENGLISH.get(key) + "', registry '" + registry + "'");
            }
        });
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    @Test
    void theBundleHoldsNoWordsOfThingsThatAreNotRegistered() {
        var stale = new ArrayList<>(ENGLISH.keySet());
        stale.removeAll(registryWords().keySet());
        assertEquals(List.of(), stale, "an optimizer, surface or hyperparameter that went still has words");
    }

    @Test
    void koreanDescriptionsAndHelpAreWrittenInHangulAndNamesKeepTheNotesTerms() {
        registryWords().keySet().stream().filter(k -> k.endsWith(".description") || k.endsWith(".help"))
                .forEach(k -> assertTrue(KOREAN.get(k).codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3),
                        k + " is not in Hangul: " + KOREAN.get(k)));
        // The notes' own names for the methods, not translations of them.
        assertEquals("Adam", Words.get(Language.KOREAN, "optimizer.adam.name"));
        assertEquals("RMSProp", Words.get(Language.KOREAN, "optimizer.rmsprop.name"));
        assertEquals("학습률 γ", Words.get(Language.KOREAN, "hyperparameter.gd.lr.label"));
    }
}
