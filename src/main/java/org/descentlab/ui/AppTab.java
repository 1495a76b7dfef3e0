package org.descentlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.descentlab.core.scene.Scene;
import org.descentlab.ui.export.DataSource;
import org.descentlab.ui.export.PictureSource;

/**
 * One tab of the main window, as a plug-in: {@link MainWindow} builds its tab strip, its View menu and its clean-up
 * from a list of these and knows nothing else about them. Adding a tab is one class implementing this and one line in
 * {@link MainWindow#standardTabs()}.
 *
 * <p>Kept small on purpose. Two methods are to come: the tab's setup record to save in a scene file, and applying a
 * record read from one (typed by the record, not {@code Object}). Anything else a tab offers stays on its own class.
 */
public interface AppTab {

    /**
     * A stable name of the tab, never shown: the id of its {@link javafx.scene.control.Tab} node (tests look it up
     * with {@code #id}) and, later, its key in scene files. Lower camel case, e.g. {@code surfacesTab}.
     */
    String id();

    /** The title on the tab and in the View menu, in the student's language. */
    String title();

    /** The tab's content; the same node on every call. */
    Node root();

    /**
     * Stops everything the tab runs (frame loops, worker threads, background work): the window is closing. Called
     * once, on the JavaFX thread; must not wait long.
     */
    void dispose();

    /** {@code scene} with this tab's whole setup added; the default adds nothing. */
    default Scene saveInto(Scene scene) {
        return scene;
    }

    /**
     * Whether the tab's current work may be replaced by an opened scene: a tab holding work that would be lost (a
     * trained network) asks the person first. The default has nothing to lose.
     */
    default boolean mayReplaceWork() {
        return true;
    }

    /**
     * Checks this tab's part of {@code scene} (if it has one), reading the files it names against {@code folder},
     * and returns the change that puts it on show. Changes nothing itself, so that a window opening a scene changes
     * every tab or none.
     *
     * @throws org.descentlab.core.scene.SettingException why the scene cannot be shown, naming the field
     */
    default Runnable prepare(Scene scene, Path folder) {
        return () -> { };
    }

    /** Starts what the tab runs (the race, the training), as a lesson does once its scene is on show. */
    default void play() {
    }

    /**
     * What the tab can picture now, in the order File → Save picture… offers it: its plots, panels, charts and maps
     * on show (one in a tab not chosen, or folded away, is left out). Each gets a camera button. The default offers
     * nothing (the whole window can always be pictured).
     */
    default List<PictureSource> pictures() {
        return List.of();
    }

    /**
     * The tab's data for File → Export data…, copied now (the tab goes on while they are written), or empty when it
     * has none. The default has none.
     */
    default Optional<DataSource> data() {
        return Optional.empty();
    }
}
