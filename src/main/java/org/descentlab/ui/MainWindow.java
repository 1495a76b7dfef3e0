package org.descentlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.LessonCatalog;
import org.descentlab.ui.lessons.LessonsPanel;
import org.descentlab.ui.network.NetworkTab;
import org.descentlab.ui.network.NetworkTabModel;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.descentlab.ui.widgets.AfterFirstFrame;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;

/**
 * The main window's content: the menu bar, one tab per {@link AppTab}, and a status line at the bottom that appears
 * when there is something to say (a scene opened, or why it could not be). Scene files go through
 * {@link SceneActions}; a {@code .dlab.json} file dropped on the window is opened like one chosen in the menu. Every
 * word of the frame comes from the {@code frame} bundle and follows View → Language at once.
 */
public final class MainWindow {

    /** Style sheet of the whole app, under {@code resources/}. */
    public static final String STYLESHEET = "/org/descentlab/descent-lab.css";
    /** How a scene file's name ends. */
    public static final String SCENE_EXTENSION = org.descentlab.core.scene.SceneFile.EXTENSION;

    private final List<AppTab> appTabs;
    private final RecentScenes recentScenes;
    private final LanguageMemory languageMemory;
    private final Runnable quit;
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private final MainMenu menu;
    private final org.descentlab.ui.export.ExportActions exports;
    private SceneActions sceneActions;
    private final TabScenes tabScenes;
    private final LessonsPanel lessons;
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty(false);
    private boolean followsFullScreen;
    private final Runnable presentation = this::present;
    private boolean classroomTakesTheScreen = true;
    /** What the scene being opened held that this version ignores, for the status line. */
    private String pendingNotes;

    /**
     * The tabs of the app, in order. A new tab is one class implementing {@link AppTab} and one line here; the tab
     * strip, the View menu (Ctrl+1, Ctrl+2, … in this order) and the clean-up follow.
     */
    public static List<AppTab> standardTabs() {
        return List.of(
                new SurfaceTab(new SurfaceTabModel()),
                new NetworkTab(new NetworkTabModel()));
    }

    /** The standard tabs, the recent list and the language in the user's preferences; Quit ends the application. */
    public MainWindow() {
        this(standardTabs(), RecentScenes.standard(), new LanguageMemory(java.util.prefs.Preferences.userRoot()
                .node(RecentScenes.APP_NODE)), Platform::exit);
    }

    /** As {@link #MainWindow(List, RecentScenes, LanguageMemory, Runnable)}, keeping no choice of language. */
    public MainWindow(List<AppTab> tabs, RecentScenes recentScenes, Runnable quit) {
        this(tabs, recentScenes, LanguageMemory.none(), quit);
    }

    /**
     * @param tabs the tabs, in order (at least one)
     * @param recentScenes where the File menu's recent list is kept
     * @param languageMemory where View → Language keeps its choice for the next start
     * @param quit what File → Quit does
     */
    public MainWindow(List<AppTab> tabs, RecentScenes recentScenes, LanguageMemory languageMemory, Runnable quit) {
        if (tabs.isEmpty()) {
            throw new IllegalArgumentException("a window needs at least one tab");
        }
        this.appTabs = List.copyOf(tabs);
        this.recentScenes = recentScenes;
        this.languageMemory = Objects.requireNonNull(languageMemory);
        this.quit = quit;
        this.tabs.setId("mainTabs");
        this.tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (AppTab appTab : appTabs) {
            // Only the tab on show has its content at first; see attachHiddenTabsAfterTheFirstFrame.
            var tab = new Tab(null, this.tabs.getTabs().isEmpty() ? appTab.root() : null);
            tab.textProperty().bind(Words.text(appTab::title));
            tab.setId(appTab.id());
            tab.selectedProperty().addListener((o, was, selected) -> {
                if (selected) {
                    attach(tab, appTab);
                }
            });
            this.tabs.getTabs().add(tab);
        }
        attachHiddenTabsAfterTheFirstFrame();
        status.setId("windowStatus");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        showStatus(null);
        lessons = new LessonsPanel(LessonCatalog.all(), this::putOnShow);
        lessons.setOnClose(() -> lessonsShown.set(false));
        // A third of a narrow window would leave the plot too little; classroom mode's larger words need more.
        lessons.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(280, Math.min(Presentation.classroom() ? 420 : 380, 0.28 * root.getWidth())),
                root.widthProperty(), Presentation.classroomProperty()));
        exports = new org.descentlab.ui.export.ExportActions(this);
        menu = new MainMenu(this);
        root.setTop(menu.bar());
        root.setCenter(this.tabs);
        root.setBottom(status);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        tabScenes = new TabScenes(appTabs, notes -> pendingNotes = String.join("; ", notes));
        sceneActions = tabScenes;
        lessonsShown.addListener((o, was, shown) -> root.setRight(shown ? lessons : null));
        Presentation.onChange(presentation);
        present();
    }

    /**
     * Puts the hidden tabs' content into the window once its first frame has been laid out. Styling, laying out and
     * drawing a tab nobody sees yet (the network tab's controls, map and charts) would otherwise hold back the first
     * picture of the window by about half a second; a tab chosen before then gets its content at once.
     */
    private void attachHiddenTabsAfterTheFirstFrame() {
        root.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                root.sceneProperty().removeListener(this);
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        // After this pulse, not in it: the layout it has just done is not to be redone at once.
                        Platform.runLater(() -> {
                            for (int i = 0; i < appTabs.size(); i++) {
                                Tab tab = tabs.getTabs().get(i);
                                AppTab appTab = appTabs.get(i);
                                AfterFirstFrame.later(() -> attach(tab, appTab));
                            }
                            // A piece per turn, so that the first heat map can come in between.
                            AfterFirstFrame.release(Platform::runLater);
                        });
                    }
                });
            }
        });
    }

    private static void attach(Tab tab, AppTab appTab) {
        if (tab.getContent() == null) {
            tab.setContent(appTab.root());
        }
    }

    /** Whether every tab has its content in the window (after the first frame, or once chosen). */
    boolean allTabsAttached() {
        return tabs.getTabs().stream().allMatch(t -> t.getContent() != null) && !AfterFirstFrame.pending();
    }

    /** The tabs, in order. */
    public List<AppTab> tabs() {
        return appTabs;
    }

    /** The first tab of type {@code type}. */
    public <T extends AppTab> T tab(Class<T> type) {
        return appTabs.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in this window"));
    }

    /** The surface tab's content. */
    public SurfaceTab surfaceTab() {
        return tab(SurfaceTab.class);
    }

    /** The network tab's content. */
    public NetworkTab networkTab() {
        return tab(NetworkTab.class);
    }

    /** Brings the tab at {@code index} (0 first) to the front. */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** The tab on show. */
    public AppTab selectedTab() {
        return appTabs.get(tabs.getSelectionModel().getSelectedIndex());
    }

    /** File → Save picture…, Copy picture, Export data… and the plots' camera buttons. */
    public org.descentlab.ui.export.ExportActions exports() {
        return exports;
    }

    /** The menu bar. */
    public MenuBar menuBar() {
        return menu.bar();
    }

    /** What the File menu does with scene files: by default, the tabs' scenes read and written by {@link TabScenes}. */
    public void setSceneActions(SceneActions actions) {
        sceneActions = Objects.requireNonNull(actions);
    }

    /**
     * Opens a scene file (File → Open, Recent scenes, or a file dropped on the window): applied to the tabs and
     * put first in the recent list, or the reason it could not be in the status line.
     *
     * @return the problem shown, or empty when the scene was opened
     */
    public Optional<String> openScene(Path file) {
        pendingNotes = null;
        Optional<String> problem = sceneActions.open(file);
        if (problem.isEmpty()) {
            recentScenes.add(file);
        }
        if (problem.isPresent()) {
            showStatus(problem.get());
        } else {
            String notes = pendingNotes;
            showLiveStatus(() -> notes == null ? Words.format("frame.scenes.opened", file.getFileName())
                    : Words.format("frame.scenes.opened_with_notes", file.getFileName(), notes));
        }
        return problem;
    }

    /**
     * Saves the tabs' setups into a scene file (File → Save): put first in the recent list when written, otherwise
     * the reason in the status line.
     *
     * @return the problem shown, or empty when the scene was saved
     */
    public Optional<String> saveScene(Path file) {
        Optional<String> problem = sceneActions.save(file);
        if (problem.isEmpty()) {
            recentScenes.add(file);
        }
        if (problem.isPresent()) {
            showStatus(problem.get());
        } else {
            showLiveStatus(() -> Words.format("frame.scenes.saved", file.getFileName()));
        }
        return problem;
    }

    /** The recent scene files as the File menu lists them. */
    RecentScenes recentScenes() {
        return recentScenes;
    }

    /** Speaks {@code language} from now on (View → Language), and keeps the choice for the next start. */
    void chooseLanguage(Language language) {
        Words.setLanguage(language);
        languageMemory.save(language);
    }

    /**
     * Puts {@code lesson}'s scene on show, brings its tab to the front and starts it (the Lessons panel, the Lessons
     * menu). A tab holding a trained network asks first, as for an opened file.
     *
     * @return why the lesson could not start, in the student's words; empty when it runs
     */
    public Optional<String> startLesson(Lesson lesson) {
        return lessons.choose(lesson);
    }

    /** What the Lessons panel does to start a lesson: its scene on show, its tab in front, playing. */
    private Optional<String> putOnShow(Lesson lesson) {
        org.descentlab.core.scene.Scene scene = LessonCatalog.scene(lesson);
        Optional<String> refused = tabScenes.apply(scene, Path.of("").toAbsolutePath());
        if (refused.isPresent()) {
            showStatus(refused.get());
            return refused;
        }
        for (int i = 0; i < appTabs.size(); i++) {
            if (TabScenes.changes(scene, appTabs.get(i))) {
                selectTab(i);
                appTabs.get(i).play();
                break;
            }
        }
        showStatus(null);
        lessonsShown.set(true);
        return Optional.empty();
    }

    /** The Lessons panel (shown beside the tabs when {@link #lessonsShownProperty()} is on). */
    public LessonsPanel lessonsPanel() {
        return lessons;
    }

    /** Whether the Lessons panel is beside the tabs (View → Lessons, Ctrl+L). */
    public BooleanProperty lessonsShownProperty() {
        return lessonsShown;
    }

    /** Follows classroom mode and high contrast: the root's style classes, full screen, the formulas' size. */
    private void present() {
        toggleClass(Presentation.CLASSROOM_CLASS, Presentation.classroom());
        toggleClass(Presentation.HIGH_CONTRAST_CLASS, Presentation.highContrast());
        lessons.setFormulaPoints(LessonsPanel.BASE_POINTS * Presentation.scale());
        if (classroomTakesTheScreen && root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            if (!followsFullScreen) {
                // Esc leaves full screen: classroom mode ends with it, so the window never stays large but framed.
                stage.fullScreenProperty().addListener((o, was, full) -> {
                    if (!full && Presentation.classroom()) {
                        Presentation.classroomProperty().set(false);
                    }
                });
                followsFullScreen = true;
            }
            if (stage.isFullScreen() != Presentation.classroom()) {
                stage.setFullScreenExitHint(Words.get("frame.classroom.exit_hint"));
                stage.setFullScreen(Presentation.classroom());
            }
        }
    }

    /** Screenshots only: classroom mode keeps the window's size (a picture at 1280 × 720, not the test's screen). */
    void keepTheWindowSizeInClassroomMode() {
        classroomTakesTheScreen = false;
    }

    private void toggleClass(String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }

    /** Ends the application (File → Quit). */
    void quit() {
        quit.run();
    }

    /** Shows {@code text} in the status line at the bottom, or hides the line with {@code null}. */
    public void showStatus(String text) {
        showLiveStatus(text == null ? null : () -> text);
    }

    /**
     * Shows the text {@code make} makes in the status line, made again when the language changes; hides the line
     * with {@code null}.
     */
    public void showLiveStatus(Supplier<String> make) {
        status.textProperty().unbind();
        if (make == null) {
            status.setText("");
        } else {
            status.textProperty().bind(Words.text(make));
        }
        status.setVisible(make != null);
        status.setManaged(make != null);
    }

    /** The status line's text ("" when hidden). */
    public String status() {
        return status.getText();
    }

    /** Stops every frame loop and worker of every tab: the window is closing. */
    public void dispose() {
        Presentation.removeOnChange(presentation);
        appTabs.forEach(AppTab::dispose);
        exports.close();
    }

    /** The node to put in a scene. */
    public Parent root() {
        return root;
    }

    /** Adds the app's style sheet to {@code scene}. */
    public static void applyStyles(Scene scene) {
        org.descentlab.ui.widgets.UiFont.load();
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
    }

    /** The first scene file among files dragged or dropped, if any. */
    static Optional<Path> sceneFileAmong(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(SCENE_EXTENSION))
                .map(File::toPath).findFirst();
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && sceneFileAmong(event.getDragboard().getFiles()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        var file = event.getDragboard().hasFiles() ? sceneFileAmong(event.getDragboard().getFiles())
                : Optional.<Path>empty();
        file.ifPresent(this::openScene);
        event.setDropCompleted(file.isPresent());
        event.consume();
    }
}
