package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.descentlab.ui.WindowPlacement.Area;
import org.descentlab.ui.WindowPlacement.Placement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's last place, kept in a throwaway preferences node. */
class WindowMemoryTest {

    private Preferences node;
    private WindowMemory memory;

    @BeforeEach
    void throwawayNode() {
        node = TestApp.throwawayNode();
        memory = new WindowMemory(node);
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingIsRememberedTheFirstTime() {
        assertEquals(Optional.empty(), memory.load());
    }

    @Test
    void aSavedPlaceIsLoadedBackExactly() {
        var placement = new Placement(new Area(-1500.5, 20, 1280, 777), true);
        memory.save(placement);
        assertEquals(Optional.of(placement), new WindowMemory(node).load());
    }

    @Test
    void aPlaceWrittenByHandWithoutASizeIsIgnored() {
        node.putDouble("window.x", 10);
        node.putDouble("window.y", 10);
        node.put("window.width", "wide");
        node.putDouble("window.height", 700);
        assertEquals(Optional.empty(), memory.load());
    }
}
