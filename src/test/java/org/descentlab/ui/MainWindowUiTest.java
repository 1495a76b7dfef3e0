package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle: tabs, menus, the status line. Started once for the class. */
@Tag("ui")
class MainWindowUiTest {

    private static DescentLabApp app;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @BeforeEach
    void surfacesOnShowAndNothingElseOpen() {
        robot.interact(() -> {
            closeDialogs();
            TestApp.stage(app).requestFocus();
            app.window().selectTab(0);
            app.window().showStatus(null);
            app.window().surfaceTab().model().reset();
            app.window().surfaceTab().requestFocus();
        });
    }

    private static void closeDialogs() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != TestApp.stage(app) && w instanceof Stage stage) {
                stage.close();
            }
        }
    }

    /** Runs {@code action} on the JavaFX thread and returns what it returned. */
    private static <T> T onFx(java.util.concurrent.Callable<T> action) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static Menu menu(String id) {
        return app.window().menuBar().getMenus().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void windowOpensWithTheSurfacesAndNetworkTabs() {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals(List.of("Surfaces", "Network"), tabs.getTabs().stream().map(Tab::getText).toList());
        assertEquals("surfacesTab", tabs.getSelectionModel().getSelectedItem().getId());
        robot.clickOn("#networkTab");
        assertEquals("networkTab", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void windowIsTitledAndLargeEnoughForAProjector() {
        Stage stage = TestApp.stage(app);
        assertEquals("Descent Lab", stage.getTitle());
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
    }

    @Test
    void onTheSmallTestScreenTheWindowOpensMaximisedWithinItsVisualBounds() {
        // Monocle's headless screen is 1280 × 800, narrower than a 1366 × 800 laptop.
        Stage stage = TestApp.stage(app);
        var screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.isMaximized());
        assertTrue(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.getX() + ", " + stage.getY() + ", " + stage.getWidth() + " × " + stage.getHeight());
    }

    @Test
    void aWindowRememberedOffTheScreenOpensOnItAndWhereItIsClosedIsRemembered() throws Exception {
        var node = TestApp.throwawayNode();
        try {
            var memory = new WindowMemory(node);
            memory.save(new WindowPlacement.Placement(new WindowPlacement.Area(-3000, 2000, 1000, 700), false));
            var second = new DescentLabApp(node);
            var stage = onFx(() -> {
                var s = new Stage();
                second.start(s);
                return s;
            });
            try {
                var screen = Screen.getPrimary().getVisualBounds();
                assertFalse(stage.isMaximized(), "it was not maximised when it was closed");
                assertEquals(List.of(140.0, 50.0, 1000.0, 700.0), List.of(stage.getX() - screen.getMinX(),
                        stage.getY() - screen.getMinY(), stage.getWidth(), stage.getHeight()), "centred");
                robot.interact(() -> {
                    stage.setX(screen.getMinX() + 20);
                    stage.setWidth(950);
                });
                WaitForAsyncUtils.waitForFxEvents();
            } finally {
                robot.interact(() -> {
                    second.stop();
                    stage.close();
                });
            }
            var remembered = memory.load().orElseThrow();
            assertEquals(new WindowPlacement.Area(screen().getMinX() + 20, screen().getMinY() + 50, 950, 700),
                    remembered.bounds());
            assertFalse(remembered.maximised());
        } finally {
            node.removeNode();
        }
    }

    private static javafx.geometry.Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    @Test
    void theMenuBarHasFileViewAndHelpWithTheirItemsAndShortcuts() {
        assertEquals(List.of("File", "View", "Lessons", "Help"),
                app.window().menuBar().getMenus().stream().map(Menu::getText).toList());
        var file = menu("fileMenu").getItems();
        assertEquals(List.of("Open scene…", "Save scene…", "Recent scenes", "", "Save picture…", "Copy picture",
                "Save animation…", "Export data…", "", "Quit"),
                file.stream().map(i -> i instanceof SeparatorMenuItem ? "" : i.getText()).toList());
        assertEquals(shortcut(KeyCode.O), file.get(0).getAccelerator());
        assertEquals(shortcut(KeyCode.S), file.get(1).getAccelerator());
        assertTrue(file.get(2) instanceof Menu, "Recent scenes is a submenu");
        assertEquals(shortcut(KeyCode.Q), file.get(file.size() - 1).getAccelerator());
        var view = menu("viewMenu").getItems();
        assertEquals(List.of("Surfaces", "Network", "", "Lessons panel", "Classroom mode", "High contrast", "",
                "Language"), view.stream().map(i -> i instanceof SeparatorMenuItem ? "" : i.getText()).toList());
        assertEquals(shortcut(KeyCode.DIGIT1), view.get(0).getAccelerator());
        assertEquals(shortcut(KeyCode.DIGIT2), view.get(1).getAccelerator());
        assertEquals(shortcut(KeyCode.L), view.get(3).getAccelerator());
        assertEquals(new KeyCodeCombination(KeyCode.F11), view.get(4).getAccelerator());
        assertEquals(List.of("English", "한국어"),
                ((Menu) view.get(7)).getItems().stream().map(MenuItem::getText).toList(), "each in itself");
        var lessons = menu("lessonsMenu").getItems();
        assertEquals(org.descentlab.core.lesson.LessonCatalog.all().size(), lessons.size());
        assertEquals("1. " + Words.get(Language.ENGLISH, "lesson.descent-on-a-bowl.title"),
                lessons.get(0).getText());
        assertEquals(List.of("About Descent Lab"),
                menu("helpMenu").getItems().stream().map(MenuItem::getText).toList());
    }

    @Test
    void launchedTheWindowShowsItsOpeningScreenFirstAndItsContentRightAfterInTheSameScene() throws Exception {
        var node = TestApp.throwawayNode();
        var launched = new DescentLabApp(node, true, null);
        try {
            // Taken in the same turn of the JavaFX thread as start(): what the first frame draws.
            var first = onFx(() -> {
                var s = new Stage();
                launched.start(s);
                var message = (javafx.scene.text.Text) s.getScene().getRoot().lookup("#opening-message");
                return List.of(s, s.getScene(), s.getScene().getRoot().getId(), message.getText(),
                        message.getFont().getFamily(), launched.window() == null, s.isShowing());
            });
            var stage = (Stage) first.get(0);
            assertEquals(List.of("opening-screen", "Opening…", "NanumGothic", true, true), first.subList(2, 7),
                    "on screen with the opening screen, in the shipped font, before the content is built");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> launched.window() != null);
            WaitForAsyncUtils.waitForFxEvents();
            var after = onFx(() -> List.of(stage.getScene(), stage.getScene().getRoot(),
                    stage.getScene().getStylesheets().size(), launched.window().allTabsAttached()));
            assertEquals(List.of(first.get(1), launched.window().root(), 1, true), after,
                    "the same scene now holds the whole window, styled, every tab attached");
        } finally {
            closeLaunched(launched, node);
        }
    }

    /** Stops a second app started by a test, hides its windows and forgets its preferences. */
    private void closeLaunched(DescentLabApp launched, Preferences node) throws Exception {
        robot.interact(() -> {
            launched.stop();
            Window.getWindows().stream().filter(w -> w != TestApp.stage(app)).toList().forEach(Window::hide);
        });
        node.removeNode();
    }

    @Test
    void aSceneFileGivenAtLaunchOpensInTheWindowAndABrokenOneIsSaidInTheStatusLine() throws Exception {
        var lesson = dir.resolve("momentum valley.dlab.json");
        try (var in = DescentLabApp.class.getResourceAsStream("/org/descentlab/lessons/momentum-valley.dlab.json")) {
            Files.copy(in, lesson);
        }
        var missing = dir.resolve("gone.dlab.json");
        for (Path file : List.of(lesson, missing)) {
            var node = TestApp.throwawayNode();
            var launched = new DescentLabApp(node, true, file);
            try {
                robot.interact(() -> launched.start(new Stage()));
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> launched.window() != null);
                WaitForAsyncUtils.waitForFxEvents();
                var seen = onFx(() -> List.of(launched.window().surfaceTab().model().surface().info().id(),
                        launched.window().status(), new RecentScenes(node).list()));
                if (file == lesson) {
                    assertEquals(List.of("elongated", "Opened momentum valley.dlab.json", List.of(lesson)), seen,
                            "the lesson's surface, the status line, the recent scenes");
                } else {
                    assertEquals(org.descentlab.core.scene.SurfacesScene.FIRST_SURFACE, seen.get(0),
                            "the window as it opens without a file");
                    assertTrue(((String) seen.get(1)).contains("gone.dlab.json"), (String) seen.get(1));
                    assertEquals(List.of(), seen.get(2), "nothing added to the recent scenes");
                }
            } finally {
                closeLaunched(launched, node);
            }
        }
    }

    @Test
    void oneSceneFileIsForTheWindowAndAnythingElseIsACommand() {
        assertTrue(DescentLabApp.isSceneFile(new String[] {"lesson.dlab.json"}));
        assertTrue(DescentLabApp.isSceneFile(new String[] {"/home/t/Lesson.DLAB.JSON"}));
        assertFalse(DescentLabApp.isSceneFile(new String[] {"train"}));
        assertFalse(DescentLabApp.isSceneFile(new String[] {"lesson.json"}));
        assertFalse(DescentLabApp.isSceneFile(new String[] {"trajectory", "--scene", "lesson.dlab.json"}));
        assertFalse(DescentLabApp.isSceneFile(new String[] {}));
    }

    @Test
    void aWindowClosedWhileItIsOpeningIsNotBuiltAndItsOpeningScreenSpeaksTheKeptLanguage() throws Exception {
        var node = TestApp.throwawayNode();
        new LanguageMemory(node).save(Language.KOREAN);
        var launched = new DescentLabApp(node, true, null);
        try {
            var message = onFx(() -> {
                var s = new Stage();
                launched.start(s);
                var text = ((javafx.scene.text.Text) s.getScene().getRoot().lookup("#opening-message")).getText();
                // Closed in the pulse that lays the opening screen out: after the app has asked for its content to be
                // built, before that is done.
                s.getScene().addPostLayoutPulseListener(s::close);
                return text;
            });
            assertEquals("여는 중…", message);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                    .noneMatch(w -> w != TestApp.stage(app))));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(onFx(() -> launched.window() == null), "nothing built for a window already closed");
        } finally {
            robot.interact(() -> Words.setLanguage(Language.ENGLISH));
            node.removeNode();
        }
    }

    @Test
    void koreanChosenInTheViewMenuSpeaksAtOnceIsKeptAndANewAppStartsInIt() throws Exception {
        Stage second = null;
        DescentLabApp secondApp = null;
        try {
            robot.clickOn("View");
            robot.clickOn("Language");
            robot.clickOn("한국어");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Language.KOREAN, Words.language());
            assertEquals(List.of("파일", "보기", "수업", "도움말"),
                    app.window().menuBar().getMenus().stream().map(Menu::getText).toList());
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            assertEquals(List.of("손실 곡면", "신경망"), tabs.getTabs().stream().map(Tab::getText).toList());
            assertEquals(Optional.of(Language.KOREAN), new LanguageMemory(app.preferences()).saved(), "kept");

            // A new start, with English spoken until then, follows the kept choice before its tabs are built.
            robot.interact(() -> Words.setLanguage(Language.ENGLISH));
            secondApp = new DescentLabApp(app.preferences());
            var starting = secondApp;
            second = onFx(() -> {
                var s = new Stage();
                starting.start(s);
                return s;
            });
            assertEquals(Language.KOREAN, onFx(Words::language));
            var menus = secondApp.window().menuBar().getMenus();
            assertEquals("파일", menus.get(0).getText());
            var view = menus.get(1).getItems();
            var korean = (RadioMenuItem) ((Menu) view.get(view.size() - 1)).getItems().get(1);
            assertEquals("language-ko", korean.getId());
            assertTrue(korean.isSelected(), "the language spoken is ticked");
        } finally {
            var closing = secondApp;
            var stage = second;
            robot.interact(() -> {
                Words.setLanguage(Language.ENGLISH);
                if (closing != null) {
                    closing.stop();
                }
                if (stage != null) {
                    stage.close();
                }
            });
            new LanguageMemory(app.preferences()).save(Language.ENGLISH);
        }
        assertEquals("File", menu("fileMenu").getText(), "back in English");
    }

    @Test
    void ctrlTwoAndCtrlOneSwitchTheTabs() {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("networkTab", tabs.getSelectionModel().getSelectedItem().getId());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("surfacesTab", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void helpAboutShowsTheVersionAndTheLicences() throws Exception {
        robot.clickOn("Help");
        robot.clickOn("About Descent Lab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertEquals("Descent Lab " + org.descentlab.testing.PomVersion.read(), about.getHeaderText());
        var texts = robot.from(about).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("EJML"), texts.toString());
        assertTrue(texts.contains("GPL v2 with the Classpath Exception"), texts.toString());
        assertTrue(texts.contains("LGPL 2.1"), texts.toString());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#aboutDialog").tryQuery().isEmpty(), "OK closes it");
    }

    @Test
    void spaceStillPlaysTheRaceAfterTheMenuWasUsed() {
        var model = app.window().surfaceTab().model();
        robot.clickOn("Help");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("File");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.playingProperty().get(), "Space went to the tab, not to the menu");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.playingProperty().get());
    }

    @Test
    void aSavedSceneOpensBackExactlyAndTheControlsShowIt() throws Exception {
        Path file = dir.resolve("lesson.dlab.json");
        var surfaces = app.window().surfaceTab().model();
        var network = app.window().networkTab().model();
        robot.interact(() -> {
            surfaces.setSurface(SurfaceRegistry.find("beale").orElseThrow());
            surfaces.noiseProperty().set(0.25);
            network.setEpochs(77);
        });
        var savedSurfaces = onFx(surfaces::scene);
        var savedNetwork = onFx(network::scene);
        assertEquals(Optional.empty(), onFx(() -> app.window().saveScene(file)));
        robot.interact(() -> {
            surfaces.setSurface(SurfaceRegistry.find("bowl").orElseThrow());
            network.setEpochs(5);
        });
        assertEquals(Optional.empty(), onFx(() -> app.window().openScene(file)));
        assertEquals(savedSurfaces, onFx(surfaces::scene));
        assertEquals(savedNetwork, onFx(network::scene));
        assertEquals("77", robot.lookup("#epochsField").queryAs(TextField.class).getText());
        Label status = robot.lookup("#windowStatus").queryAs(Label.class);
        assertTrue(status.getText().contains("lesson.dlab.json"), status.getText());
    }

    @Test
    void aBrokenSceneChangesNeitherTabAndSaysWhichFieldIsWrong() throws Exception {
        var surfaces = app.window().surfaceTab().model();
        var network = app.window().networkTab().model();
        var all = org.descentlab.core.scene.Scene.defaults();
        String text = org.descentlab.core.scene.SceneJson.write(all.with(all.surfaces().withRun(10, 0, 1)))
                .replace("\"clusters\" : 10", "\"clusters\" : 100");
        Path file = Files.writeString(dir.resolve("broken.dlab.json"), text);
        var beforeSurfaces = onFx(surfaces::scene);
        var beforeNetwork = onFx(network::scene);
        var problem = onFx(() -> app.window().openScene(file));
        assertTrue(problem.orElseThrow().contains("Clusters (network.data.clusters)"), problem.toString());
        assertEquals(beforeSurfaces, onFx(surfaces::scene), "the surfaces part was valid but is not applied alone");
        assertEquals(beforeNetwork, onFx(network::scene));
        Label status = robot.lookup("#windowStatus").queryAs(Label.class);
        assertEquals(problem.get(), status.getText());
    }

    /** A tab that is nothing but a label: what a plug-in needs and no more. */
    private record LabelTab(String id, String title, Node root) implements AppTab {
        LabelTab(String id) {
            this(id, id.toUpperCase(java.util.Locale.ROOT), new Label(id));
        }

        @Override
        public void dispose() {
        }
    }

    @Test
    void aThirdTabIsOneClassAndGetsItsTabAndItsViewShortcut() throws Exception {
        var node = Preferences.userRoot().node("/org/descentlab/test-" + UUID.randomUUID());
        try {
            var window = onFx(() -> new MainWindow(
                    List.of(new LabelTab("one"), new LabelTab("two"), new LabelTab("three")),
                    new RecentScenes(node), () -> { }));
            assertEquals(List.of("one", "two", "three"), onFx(() ->
                    ((TabPane) ((javafx.scene.layout.BorderPane) window.root()).getCenter()).getTabs().stream()
                            .map(Tab::getId).toList()));
            var view = window.menuBar().getMenus().get(1).getItems().stream()
                    .filter(i -> i.getId() != null && i.getId().startsWith("view-")).toList();
            assertEquals(List.of("ONE", "TWO", "THREE"), view.stream().map(MenuItem::getText).toList());
            assertEquals(shortcut(KeyCode.DIGIT3), view.get(2).getAccelerator());
            robot.interact(() -> view.get(2).fire());
            assertEquals("three", window.selectedTab().id());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void hiddenTabsGetTheirContentAfterTheFirstFrameOrWhenChosen() throws Exception {
        var node = TestApp.throwawayNode();
        var stage = onFx(Stage::new);
        try {
            var tabs = List.<AppTab>of(new LabelTab("one"), new LabelTab("two"), new LabelTab("three"));
            var window = onFx(() -> new MainWindow(tabs, new RecentScenes(node), () -> { }));
            TabPane pane = (TabPane) ((javafx.scene.layout.BorderPane) window.root()).getCenter();
            assertEquals(java.util.Arrays.asList(tabs.get(0).root(), null, null),
                    pane.getTabs().stream().map(Tab::getContent).toList(), "only the tab on show before the window is");
            robot.interact(() -> window.selectTab(2));
            assertEquals(tabs.get(2).root(), pane.getTabs().get(2).getContent(), "a tab chosen gets it at once");
            robot.interact(() -> {
                stage.setScene(new javafx.scene.Scene(window.root(), 400, 300));
                stage.show();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window::allTabsAttached);
            assertEquals(tabs.get(1).root(), pane.getTabs().get(1).getContent());
        } finally {
            robot.interact(stage::close);
            node.removeNode();
        }
    }

    @Test
    void aSceneOpenedOrSavedGoesFirstInTheRecentList() throws Exception {
        var node = Preferences.userRoot().node("/org/descentlab/test-" + UUID.randomUUID());
        try {
            var recent = new RecentScenes(node);
            Path a = Files.writeString(dir.resolve("a.dlab.json"), "{}");
            Path b = Files.writeString(dir.resolve("b.dlab.json"), "{}");
            var window = onFx(() -> new MainWindow(List.of(new LabelTab("one")), recent, () -> { }));
            robot.interact(() -> window.openScene(a));
            assertTrue(recent.list().isEmpty(), "a scene that could not be opened is not remembered");
            var opened = new java.util.ArrayList<Path>();
            window.setSceneActions(new SceneActions() {
                @Override
                public java.util.Optional<String> open(Path file) {
                    opened.add(file);
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Optional<String> save(Path file) {
                    return java.util.Optional.empty();
                }
            });
            robot.interact(() -> window.openScene(a));
            robot.interact(() -> window.saveScene(b));
            assertEquals(List.of(a), opened);
            assertEquals(List.of(b, a), recent.list());
            assertEquals("Saved b.dlab.json", window.status());
            Files.delete(b);
            var recentMenu = (Menu) window.menuBar().getMenus().get(0).getItems().get(2);
            robot.interact(() -> window.menuBar().getMenus().get(0).getOnShowing().handle(null));
            assertEquals(List.of("a.dlab.json  —  " + dir), recentMenu.getItems().stream().map(MenuItem::getText)
                    .toList(), "the file that went is pruned when the menu opens");
            robot.interact(() -> recentMenu.getItems().get(0).fire());
            assertEquals(List.of(a, a), opened);
        } finally {
            node.removeNode();
        }
    }
}
