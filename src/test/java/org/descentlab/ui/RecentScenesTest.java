package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's recent list, kept in a throwaway preferences node. */
class RecentScenesTest {

    @TempDir
    Path dir;

    private Preferences node;
    private RecentScenes recent;

    @BeforeEach
    void throwawayNode() {
        node = Preferences.userRoot().node("/org/descentlab/test-" + UUID.randomUUID());
        recent = new RecentScenes(node);
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private Path scene(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void theMostRecentComesFirstAndOpeningAgainMovesAFileUp() throws Exception {
        Path a = scene("a.dlab.json");
        Path b = scene("b.dlab.json");
        recent.add(a);
        recent.add(b);
        assertEquals(List.of(b, a), recent.list());
        recent.add(a);
        assertEquals(List.of(a, b), recent.list(), "listed once, now first");
    }

    @Test
    void atMostEightAreKeptAndTheOldestGoes() throws Exception {
        var added = new ArrayList<Path>();
        for (int i = 0; i < 10; i++) {
            Path p = scene("s" + i + ".dlab.json");
            added.add(p);
            recent.add(p);
        }
        assertEquals(RecentScenes.MAX, recent.list().size());
        assertEquals(added.get(9), recent.list().get(0));
        assertEquals(added.get(2), recent.list().get(7));
    }

    @Test
    void filesThatHaveGoneArePrunedAndStayForgotten() throws Exception {
        Path kept = scene("kept.dlab.json");
        Path gone = scene("gone.dlab.json");
        recent.add(kept);
        recent.add(gone);
        Files.delete(gone);
        assertEquals(List.of(kept), recent.prune());
        assertEquals(List.of(kept), new RecentScenes(node).list(), "the pruned list is what is stored");
    }

    @Test
    void theListOutlivesTheObjectThatWroteIt() throws Exception {
        Path a = scene("a.dlab.json");
        recent.add(dir.resolve("x/../a.dlab.json"));
        assertEquals(List.of(a.toAbsolutePath()), new RecentScenes(node).list(), "stored absolute and normalised");
    }
}
