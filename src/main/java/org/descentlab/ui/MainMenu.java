package org.descentlab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The menu bar of {@link MainWindow}: File (scenes, recent scenes, quit), View (one item per tab) and Help (about).
 * Every accelerator holds the shortcut key (Ctrl, or ⌘ on a Mac), so the tabs' single-key shortcuts (Space, →, R)
 * stay theirs.
 */
final class MainMenu {

    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu(UiText.Menu.RECENT_SCENES);

    MainMenu(MainWindow window) {
        this.window = window;
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(file(), view(), help());
    }

    MenuBar bar() {
        return bar;
    }

    private Menu file() {
        var open = item("openSceneItem", UiText.Menu.OPEN_SCENE, shortcut(KeyCode.O));
        open.setOnAction(e -> chooseAndOpen());
        var save = item("saveSceneItem", UiText.Menu.SAVE_SCENE, shortcut(KeyCode.S));
        save.setOnAction(e -> chooseAndSave());
        recent.setId("recentScenesMenu");
        var quit = item("quitItem", UiText.Menu.QUIT, shortcut(KeyCode.Q));
        quit.setOnAction(e -> window.quit());
        var menu = menu("fileMenu", UiText.Menu.FILE, open, save, recent, new SeparatorMenuItem(), quit);
        // Files that have gone since are pruned each time the menu opens.
        menu.setOnShowing(e -> fillRecent());
        fillRecent();
        return menu;
    }

    private Menu view() {
        var menu = menu("viewMenu", UiText.Menu.VIEW);
        var tabs = window.tabs();
        for (int i = 0; i < tabs.size(); i++) {
            final int index = i;
            var item = item("view-" + tabs.get(i).id(), tabs.get(i).title(),
                    i < 9 ? shortcut(KeyCode.getKeyCode(Integer.toString(i + 1))) : null);
            item.setOnAction(e -> window.selectTab(index));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu help() {
        var about = item("aboutItem", UiText.Menu.ABOUT, null);
        about.setOnAction(e -> AboutDialog.create(owner(), AppVersion.current()).show());
        return menu("helpMenu", UiText.Menu.HELP, about);
    }

    /** The recent scenes that still exist, most recent first; one disabled line when there is none. */
    void fillRecent() {
        recent.getItems().clear();
        for (Path file : window.recentScenes().prune()) {
            var item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openScene(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            var none = new MenuItem(UiText.Menu.NO_RECENT_SCENES);
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void chooseAndOpen() {
        File file = chooser(UiText.Scenes.OPEN_TITLE).showOpenDialog(owner());
        if (file != null) {
            window.openScene(file.toPath());
        }
    }

    private void chooseAndSave() {
        File file = chooser(UiText.Scenes.SAVE_TITLE).showSaveDialog(owner());
        if (file != null) {
            window.saveScene(withExtension(file.toPath()));
        }
    }

    private FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.Scenes.CHOOSER_FILTER,
                "*" + MainWindow.SCENE_EXTENSION));
        window.recentScenes().list().stream().map(Path::getParent).filter(p -> p != null && Files.isDirectory(p))
                .findFirst().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    /** {@code file}, or the same name with {@code .dlab.json} added when a chooser returned it without. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(MainWindow.SCENE_EXTENSION) ? file
                : file.resolveSibling(name + MainWindow.SCENE_EXTENSION);
    }

    private Window owner() {
        var scene = bar.getScene();
        return scene == null ? null : scene.getWindow();
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        var menu = new Menu(text);
        menu.setId(id);
        menu.setMnemonicParsing(false);
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
