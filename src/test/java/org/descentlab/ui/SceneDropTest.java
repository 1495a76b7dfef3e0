package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which dropped file the window opens, and the name a saved scene gets. */
class SceneDropTest {

    @Test
    void onlyAFileEndingInDlabJsonIsOpened() {
        assertEquals(Optional.of(Path.of("/tmp/b.DLAB.json")), MainWindow.sceneFileAmong(
                List.of(new File("/tmp/a.json"), new File("/tmp/b.DLAB.json"), new File("/tmp/c.dlab.json"))));
        assertTrue(MainWindow.sceneFileAmong(List.of(new File("/tmp/a.npz"), new File("/tmp/dlab.json.txt")))
                .isEmpty());
    }

    @Test
    void aSavedSceneGetsTheExtensionWhenTheChooserLeftItOut() {
        assertEquals(Path.of("/tmp/lesson.dlab.json"), MainMenu.withExtension(Path.of("/tmp/lesson")));
        assertEquals(Path.of("/tmp/lesson.dlab.json"), MainMenu.withExtension(Path.of("/tmp/lesson.dlab.json")));
    }
}
