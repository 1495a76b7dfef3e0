package org.descentlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneFile;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SettingException;
import org.descentlab.ui.widgets.ProblemText;
import org.descentlab.ui.words.Words;

/**
 * Scene files for the window's tabs: opening reads the file, has every tab check its part, and only then applies
 * them all, so a refused scene changes nothing; saving collects every tab's record into one file, written safely. Why
 * a scene was refused is told in the student's language where the problem has a wording ({@link ProblemText}).
 */
final class TabScenes implements SceneActions {

    private final List<AppTab> tabs;
    private final Consumer<List<String>> notes;

    /**
     * @param notes told what an opened file held that this version ignores (fields of a newer app)
     */
    TabScenes(List<AppTab> tabs, Consumer<List<String>> notes) {
        this.tabs = List.copyOf(tabs);
        this.notes = notes;
    }

    @Override
    public Optional<String> open(Path file) {
        try {
            var read = SceneFile.read(file);
            Optional<String> refused = apply(read.scene(), SceneJson.folderOf(file));
            if (refused.isEmpty() && !read.notes().isEmpty()) {
                notes.accept(read.notes());
            }
            return refused;
        } catch (SettingException e) {
            return Optional.of(ProblemText.of(e.problem()));
        }
    }

    /**
     * Puts {@code scene} on show (an opened file, or a lesson): every tab checks its part against {@code folder}
     * first, a tab holding work asks before losing it, and only then are they all changed.
     *
     * @return why nothing was changed, in the student's words; empty when the scene is on show
     */
    Optional<String> apply(Scene scene, Path folder) {
        try {
            var changes = new ArrayList<Runnable>();
            for (AppTab tab : tabs) {
                changes.add(tab.prepare(scene, folder));
            }
            for (AppTab tab : tabs) {
                if (changes(scene, tab) && !tab.mayReplaceWork()) {
                    return Optional.of(Words.get("frame.scenes.kept"));
                }
            }
            changes.forEach(Runnable::run);
            return Optional.empty();
        } catch (SettingException e) {
            return Optional.of(ProblemText.of(e.problem()));
        }
    }

    /** Whether {@code scene} holds a part for {@code tab}: one of the parts the tab saves. */
    static boolean changes(Scene scene, AppTab tab) {
        Scene own = tab.saveInto(Scene.EMPTY);
        return own.surfaces() != null && scene.surfaces() != null || own.network() != null && scene.network() != null;
    }

    @Override
    public Optional<String> save(Path file) {
        Scene scene = Scene.EMPTY;
        for (AppTab tab : tabs) {
            scene = tab.saveInto(scene);
        }
        try {
            SceneFile.write(file, scene);
            return Optional.empty();
        } catch (SettingException e) {
            return Optional.of(ProblemText.of(e.problem()));
        } catch (IllegalArgumentException e) { // an empty scene
            return Optional.of(e.getMessage());
        }
    }
}
