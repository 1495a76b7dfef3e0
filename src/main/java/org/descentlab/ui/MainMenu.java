package org.descentlab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;

/**
 * The menu bar of {@link MainWindow}: File (scenes, recent scenes, pictures and data, quit), View (one item per tab, and the language)
 * and Help (about). Every accelerator holds the shortcut key (Ctrl, or ⌘ on a Mac), so the tabs' single-key shortcuts
 * (Space, →, R) stay theirs. Every text follows the language; each language's name is written in itself.
 */
final class MainMenu {

    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu();
    private ChangeListener<Language> followLanguage;

    MainMenu(MainWindow window) {
        this.window = window;
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(file(), view(), lessons(), help());
    }

    MenuBar bar() {
        return bar;
    }

    private Menu file() {
        var open = item("openSceneItem", "menu.file.open", shortcut(KeyCode.O));
        open.setOnAction(e -> chooseAndOpen());
        var save = item("saveSceneItem", "menu.file.save", shortcut(KeyCode.S));
        save.setOnAction(e -> chooseAndSave());
        var animation = item("saveAnimationItem", "export.animation.menu", null);
        animation.setOnAction(e -> org.descentlab.ui.export.AnimationDialog.open(window));
        recent.setId("recentScenesMenu");
        recent.setMnemonicParsing(false);
        Words.bind(recent.textProperty(), "menu.file.recent");
        var quit = item("quitItem", "menu.file.quit", shortcut(KeyCode.Q));
        quit.setOnAction(e -> window.quit());
        var exports = new java.util.ArrayList<>(window.exports().menuItems()); // pictures, animation, data
        exports.add(2, animation);
        var menu = menu("fileMenu", "menu.file", open, save, recent, new SeparatorMenuItem());
        menu.getItems().addAll(exports);
        menu.getItems().add(quit);
        // Files that have gone since are pruned each time the menu opens.
        menu.setOnShowing(e -> fillRecent());
        fillRecent();
        return menu;
    }

    private Menu view() {
        var menu = menu("viewMenu", "menu.view");
        var tabs = window.tabs();
        for (int i = 0; i < tabs.size(); i++) {
            final int index = i;
            var tab = tabs.get(i);
            var item = new MenuItem();
            item.setId("view-" + tab.id());
            item.setMnemonicParsing(false);
            item.textProperty().bind(Words.text(tab::title));
            if (i < 9) {
                item.setAccelerator(shortcut(KeyCode.getKeyCode(Integer.toString(i + 1))));
            }
            item.setOnAction(e -> window.selectTab(index));
            menu.getItems().add(item);
        }
        var classroom = check("classroomItem", "menu.view.classroom", new KeyCodeCombination(KeyCode.F11),
                Presentation.classroomProperty());
        var contrast = check("highContrastItem", "menu.view.high_contrast", null, Presentation.highContrastProperty());
        var lessonsPanel = check("lessonsPanelItem", "menu.view.lessons", shortcut(KeyCode.L),
                window.lessonsShownProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), lessonsPanel, classroom, contrast, new SeparatorMenuItem(),
                languages());
        return menu;
    }

    /** Lessons: the panel, then every lesson in the notes' order, numbered as the panel numbers them. */
    private Menu lessons() {
        var menu = menu("lessonsMenu", "menu.lessons");
        var all = window.lessonsPanel().lessons();
        for (int i = 0; i < all.size(); i++) {
            var lesson = all.get(i);
            var item = new MenuItem();
            int number = i + 1;
            item.setId("lesson-" + lesson.id());
            item.setMnemonicParsing(false);
            item.textProperty().bind(Words.text(() -> number + ". " + Words.get(lesson.titleKey())));
            item.setOnAction(e -> window.lessonsPanel().choose(lesson));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static CheckMenuItem check(String id, String key, KeyCombination accelerator,
            javafx.beans.property.BooleanProperty state) {
        var item = new CheckMenuItem();
        Words.bind(item.textProperty(), key);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setAccelerator(accelerator);
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    /** View → Language: one radio item per language, named in itself, ticked at the language spoken. */
    private Menu languages() {
        var menu = menu("languageMenu", "menu.view.language");
        var group = new ToggleGroup();
        for (Language language : Language.values()) {
            var item = new RadioMenuItem();
            item.setId("language-" + language.code());
            item.setMnemonicParsing(false);
            Words.bind(item.textProperty(), "menu.view.language." + language.code());
            item.setToggleGroup(group);
            item.setSelected(Words.language() == language);
            item.setOnAction(e -> window.chooseLanguage(language));
            menu.getItems().add(item);
        }
        // Ticked again when the language changes from elsewhere (a lesson, a test); held weakly by the language, so
        // that a window thrown away is not kept.
        followLanguage = (o, was, is) -> tick(group, is);
        Words.languageProperty().addListener(new WeakChangeListener<>(followLanguage));
        menu.setOnShowing(e -> tick(group, Words.language()));
        return menu;
    }

    private static void tick(ToggleGroup group, Language language) {
        group.getToggles().forEach(t -> t.setSelected(((MenuItem) t).getId().equals("language-" + language.code())));
    }

    private Menu help() {
        var about = item("aboutItem", "menu.help.about", null);
        about.setOnAction(e -> AboutDialog.create(owner(), AppVersion.shown()).show());
        return menu("helpMenu", "menu.help", about);
    }

    /** The recent scenes that still exist, most recent first; one disabled line when there is none. */
    void fillRecent() {
        recent.getItems().clear();
        for (Path file : window.recentScenes().prune()) {
            var item = new MenuItem();
            item.textProperty().bind(Words.text(() -> Words.format("menu.file.recent.item", file.getFileName(),
                    file.getParent())));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openScene(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            var none = new MenuItem();
            Words.bind(none.textProperty(), "menu.file.recent.none");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void chooseAndOpen() {
        File file = chooser("frame.scenes.open_title").showOpenDialog(owner());
        if (file != null) {
            window.openScene(file.toPath());
        }
    }

    private void chooseAndSave() {
        File file = chooser("frame.scenes.save_title").showSaveDialog(owner());
        if (file != null) {
            window.saveScene(withExtension(file.toPath()));
        }
    }

    private FileChooser chooser(String titleKey) {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Words.get("frame.scenes.filter"),
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

    private static Menu menu(String id, String key, MenuItem... items) {
        var menu = new Menu();
        Words.bind(menu.textProperty(), key);
        menu.setId(id);
        menu.setMnemonicParsing(false);
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String id, String key, KeyCombination accelerator) {
        var item = new MenuItem();
        Words.bind(item.textProperty(), key);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
