package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The surface tab speaks the language chosen, switched live without touching the race, and every string it shows
 * comes from the bundles. The window is started once for the class; each test begins on Rosenbrock with the default
 * optimizers, overlaid, at step 0, in English.
 */
@Tag("ui")
class SurfaceWordsUiTest {

    /** A number as the tab writes one (3, −0.25, 1.5e-4, 2e3); it may stand outside the marks. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** One marked string with no marked string inside it: removed again and again, nested marks go too. */
    private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");

    /** Words only the overlaid plot shows: its legend, its axes and colour bar, the read-out. */
    private static final String[] OVERLAID = {"surfaces.legend.start", "surfaces.plot.axisX",
        "surfaces.plot.axisY", "surfaces.plot.readout"};

    private static DescentLabApp app;
    private static SurfaceTab tab;
    private static SurfaceTabModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
        tab = app.window().surfaceTab();
        model = tab.model();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @BeforeEach
    void asTheTabOpens() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
            model.slots().forEach(s -> s.enabledProperty().set(
                    SurfaceTabModel.ENABLED_AT_START.contains(s.type().id())));
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.reset();
            tab.requestFocus();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
    }

    @AfterEach
    void backInEnglishUnmarked() {
        robot.interact(() -> {
            model.playingProperty().set(false);
            Words.markForTesting(false);
            // Through Korean and back: every bound and remade text is made again, without the marks.
            Words.setLanguage(Language.KOREAN);
            Words.setLanguage(Language.ENGLISH);
        });
    }

    @Test
    void switchingToKoreanOnAPausedRaceChangesTheWordsAndLeavesTheRaceWhereItWas() throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < 25; i++) {
                model.singleStep();
            }
        });
        TestApp.waitFrames(2);
        var before = race();
        assertEquals("Step", robot.lookup("#stepButton").queryButton().getText());

        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        TestApp.waitFrames(2);
        assertEquals("한 스텝", robot.lookup("#stepButton").queryButton().getText());
        assertEquals("스텝 25 / 1000", robot.lookup("#stepCounter").queryAs(Label.class).getText());
        assertEquals("상태", columnTitle("statusColumn"));
        assertEquals("진행 중", tab.statusTable().shownText("gd", "statusColumn"));
        assertTrue(tab.overlayPlot().legend().texts().contains("전역 최솟값"), tab.overlayPlot().legend().texts()
                .toString());
        assertEquals("최솟값보다 높은 만큼의 손실", tab.charts().texts().get(0));
        assertEquals(before, race(), "the race is where it was");
        assertFalse(model.playingProperty().get());

        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        TestApp.waitFrames(2);
        assertEquals("Step", robot.lookup("#stepButton").queryButton().getText());
        assertEquals("Step 25 of 1000", robot.lookup("#stepCounter").queryAs(Label.class).getText());
        assertEquals("Status", columnTitle("statusColumn"));
        assertEquals("running", tab.statusTable().shownText("gd", "statusColumn"));
        assertEquals(before, race());
    }

    @Test
    void switchingLanguageWhileTheRacePlaysLetsItRunOnWithoutARestart() throws Exception {
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.clockProperty().get() >= 10);
        var starts = new ArrayList<Integer>();
        int[] clock = new int[2];
        robot.interact(() -> {
            model.enabledSlots().forEach(s -> starts.add(s.walker().starts()));
            clock[0] = model.clockProperty().get();
            Words.setLanguage(Language.KOREAN);
            clock[1] = model.clockProperty().get();
        });
        assertEquals(clock[0], clock[1], "the switch itself moves nothing");
        assertTrue(model.playingProperty().get(), "still playing");
        assertEquals("일시 정지", robot.lookup("#playButton").queryButton().getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.clockProperty().get() >= clock[0] + 10);
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("재생", robot.lookup("#playButton").queryButton().getText());
        assertEquals(starts, model.enabledSlots().stream().map(s -> s.walker().starts()).toList(),
                "no walker was started again");
        model.enabledSlots().forEach(s -> assertTrue(s.walker().currentStep() > clock[0], s.type().id()));
    }

    @Test
    void withMarkedWordsNoStringOfTheTabIsTypedInCode() throws Exception {
        robot.interact(() -> {
            model.slots().forEach(s -> s.enabledProperty().set(true));
            // Plain descent at a rate of 10 leaves Rosenbrock's plot within a few steps: "(diverged)" is drawn too.
            model.setHyperparameter(model.slot("gd"), "lr", 10);
            for (int i = 0; i < 8; i++) {
                model.singleStep();
            }
            Words.markForTesting(true);
            Words.setLanguage(Language.KOREAN);
        });
        // A refused maximum, so that its message is on show; and the read-out of the point under the pointer.
        robot.doubleClickOn("#maxStepsField").eraseText(10).write("abc").type(KeyCode.ENTER);
        var plot = tab.overlayPlot();
        robot.moveTo(plot.localToScreen(plot.toPixel(0.5, 0.5)));
        TestApp.waitFrames(2);
        try {
            assertEveryStringMarked("Korean, overlaid", OVERLAID);
            robot.interact(() -> model.layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE));
            TestApp.waitFrames(2);
            assertEveryStringMarked("Korean, side by side", "surfaces.panel.value");
            robot.interact(() -> {
                model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
                Words.setLanguage(Language.ENGLISH);
            });
            TestApp.waitFrames(2);
            assertEveryStringMarked("English, overlaid", OVERLAID);
        } finally {
            robot.doubleClickOn("#maxStepsField").eraseText(10).write("1000").type(KeyCode.ENTER);
        }
    }

    /** The race as numbers: the clock, and every walker's point, path length and starts. */
    private static List<Object> race() {
        var state = new ArrayList<Object>();
        state.add(model.clockProperty().get());
        for (OptimizerSlot slot : model.enabledSlots()) {
            var walker = slot.walker();
            state.add(List.of(slot.type().id(), walker.position(), walker.path().size(), walker.starts()));
        }
        return state;
    }

    private String columnTitle(String id) {
        return tab.statusTable().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow()
                .getText();
    }

    /** Fails on a string on show (or one hover or click away) that holds a letter outside the test marks. */
    private void assertEveryStringMarked(String when, String... alsoKeys) {
        var strings = new ArrayList<String>();
        robot.interact(() -> {
            collect(tab, strings);
            for (Tab t : tab.figureTabs()) {
                strings.add(t.getText());
            }
            for (ContextMenu menu : List.of(tab.overlayPlot().menu())) {
                menu.getItems().forEach(i -> collect(i, strings));
            }
            tab.charts().menus().forEach(m -> m.getItems().forEach(i -> collect(i, strings)));
            strings.addAll(tab.charts().texts());
            strings.addAll(tab.overlayPlot().drawnWords());
            tab.panelPlots().forEach(p -> strings.addAll(p.drawnWords()));
        });
        var shown = strings.stream().filter(s -> s != null && !s.isEmpty()).toList();
        var typed = shown.stream().filter(SurfaceWordsUiTest::typedInCode).toList();
        assertTrue(typed.isEmpty(), when + ": typed in code, or missing from the bundles: " + typed);
        // The walk reached the parts it is meant to: the controls, the table, the charts' menu, and what is asked.
        var keys = new ArrayList<>(List.of("surfaces.step", "surfaces.table.status", "surfaces.chart.saveAs"));
        keys.addAll(List.of(alsoKeys));
        for (String key : keys) {
            String words = Words.get(key);
            // A template is found by its words before the first value.
            String start = words.contains("%s") ? words.substring(0, words.indexOf("%s")) : words;
            assertTrue(shown.stream().anyMatch(x -> x.startsWith(start)), when + ": " + key + " not found in "
                    + shown);
        }
        assertTrue(shown.size() > 60, when + ": only " + shown.size() + " strings found: " + shown);
    }

    /**
     * A string with a letter (not Greek) outside the marks, or a key of this tab's bundle that is missing. (The names
     * of optimizers and surfaces are another bundle's, held complete by its own test.)
     */
    private static boolean typedInCode(String s) {
        if (s.contains("\u2039surfaces.")) {
            return true;
        }
        String outside = s;
        for (String before = null; !outside.equals(before); ) {
            before = outside;
            outside = MARKED.matcher(outside).replaceAll("");
        }
        outside = NUMBER.matcher(outside).replaceAll("");
        return outside.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.GREEK);
    }

    /**
     * The strings of {@code node} and everything under it: texts of labelled controls, tooltips, prompts, column
     * titles, tabs, menus. The hyperparameter forms are left out: they are a shared widget with their own words.
     */
    private static void collect(Node node, List<String> out) {
        if (node == null || node instanceof HyperparameterForm) {
            return;
        }
        if (node instanceof Labeled labeled) {
            out.add(labeled.getText());
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip(), out);
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(i -> collect(i, out));
            }
        }
        if (node instanceof TextInputControl input) {
            out.add(input.getPromptText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, out));
            collect(table.getPlaceholder(), out);
        }
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                out.add(t.getText());
                tooltip(t.getTooltip(), out);
                collect(t.getContent(), out);
            }
        }
        if (node instanceof TitledPane pane) {
            collect(pane.getContent(), out);
        }
        if (node instanceof ScrollPane pane) {
            collect(pane.getContent(), out);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, out));
        }
    }

    private static void collect(MenuItem item, List<String> out) {
        out.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, out));
        }
    }

    private static void column(TableColumnBase<?, ?> column, List<String> out) {
        out.add(column.getText());
        column.getColumns().forEach(c -> column(c, out));
    }

    private static void tooltip(Tooltip tip, List<String> out) {
        if (tip != null) {
            out.add(tip.getText());
        }
    }
}
