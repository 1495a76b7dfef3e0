package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.descentlab.ui.words.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The language chosen in View → Language outlives the window; with none chosen, the system's is spoken. */
class LanguageMemoryTest {

    private Preferences node;

    @BeforeEach
    void emptyNode() {
        node = Preferences.userRoot().node("/org/descentlab/test-" + UUID.randomUUID());
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withNoneChosenTheSystemsLanguageIsSpoken() {
        var memory = new LanguageMemory(node);
        assertEquals(Optional.empty(), memory.saved());
        assertEquals(Language.ofSystem(), memory.load());
    }

    @Test
    void theLanguageChosenIsKeptByItsCodeAndSpokenAtTheNextStart() {
        new LanguageMemory(node).save(Language.KOREAN);
        assertEquals("ko", node.get("language", null));
        assertEquals(Language.KOREAN, new LanguageMemory(node).load());
        new LanguageMemory(node).save(Language.ENGLISH);
        assertEquals(Language.ENGLISH, new LanguageMemory(node).load());
    }

    @Test
    void aCodeThatIsNoLanguageOfTheAppIsIgnored() {
        node.put("language", "xx");
        assertEquals(Optional.empty(), new LanguageMemory(node).saved());
        assertEquals(Language.ofSystem(), new LanguageMemory(node).load());
    }

    @Test
    void aMemoryOfNothingKeepsNothing() {
        var none = LanguageMemory.none();
        none.save(Language.KOREAN);
        assertEquals(Optional.empty(), none.saved());
        assertEquals(Language.ofSystem(), none.load());
    }
}
