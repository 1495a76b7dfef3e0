package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No word of the window's frame is typed in code: the real window is walked node by node (labels, tooltips, prompt
 * texts, tab titles, the menus and their items, table headers, drop-down items) with every bundle string marked, in
 * both languages, together with the dialogs and the shared widgets. A string with a letter outside the marks is
 * listed.
 */
@Tag("ui")
class FrameWordsUiTest {

    /**
     * The tabs, by id, whose content is walked too. The content of the others is skipped until their words are in
     * the bundles: adding a tab here is all it takes to hold it to the same rule.
     */
    private static final List<String> TABS_CHECKED = List.of("surfacesTab", "networkTab");

    private static DescentLabApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Words.markForTesting(true);
        app = TestApp.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Words.setLanguage(Language.ENGLISH)));
            TestApp.close(app);
        } finally {
            Words.markForTesting(false);
        }
    }

    private static <T> T onFx(Callable<T> action) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    @Test
    void everyStringOfTheFrameTheMenusTheDialogsAndTheWidgetsComesFromTheBundles() {
        robot.interact(() -> app.window().startLesson(org.descentlab.core.lesson.LessonCatalog.all().get(1)));
        robot.interact(() -> app.window().networkTab().model().pause());
        for (Language language : Language.values()) {
            robot.interact(() -> Words.setLanguage(language));
            UiStrings strings = onFx(FrameWordsUiTest::walkTheFrame);
            assertEquals(List.of(), strings.offenders(), language + ": strings typed in code");
            assertTrue(strings.seen().size() > 100, "the walk saw the menus, dialogs and forms: " + strings.seen());
            for (String part : List.of("menu languageMenu", "#lessonTitle", "#lessonTry", "window title", "#copyErrorDetails", "#errorDetailsLink",
                    "#gd-lr-error", "#problem", "#pictureWhat", "#pictureButton-")) {
                assertTrue(strings.seen().stream().anyMatch(s -> s.contains(part)), part + " in " + strings.seen());
            }
        }
    }

    @Test
    void theCheckFindsAStringTypedInCode() {
        assertTrue(UiStrings.typedInCode("Open scene"));
        assertTrue(UiStrings.typedInCode("\u27e6Opened\u27e7 a.dlab.json"), "a file name is words too");
        assertFalse(UiStrings.typedInCode("\u27e6\u27e6Clusters\u27e7 must be from 2 to 50\u27e7"));
        assertFalse(UiStrings.typedInCode("3e-4 ms σ β₁ 1.5 −2"));
        var label = new ProblemLabel("typed");
        label.show("Typed in code");
        assertEquals(List.of("ProblemLabel#typed: Typed in code"), new UiStrings(n -> false).walk(label).offenders());
    }

    /** The window (its tabs' content only for {@link #TABS_CHECKED}), the About and error dialogs, the widgets. */
    private static UiStrings walkTheFrame() {
        var tabs = (TabPane) app.window().root().lookup("#mainTabs");
        Set<Node> skipped = new HashSet<>();
        for (Tab tab : tabs.getTabs()) {
            if (!TABS_CHECKED.contains(tab.getId())) {
                skipped.add(tab.getContent());
            }
        }
        var strings = new UiStrings(skipped::contains).walk(app.window().root())
                .text("window title", TestApp.stage(app).getTitle());
        var about = AboutDialog.create(null, AppVersion.shown());
        strings.text("about title", about.getTitle()).walk(about.getDialogPane());
        var picture = new org.descentlab.ui.export.PictureDialog(null, app.window().exports().pictureSources(),
                new org.descentlab.ui.export.PictureDialog.Start(null, 2,
                        org.descentlab.ui.export.Pictures.Backdrop.WHITE,
                        org.descentlab.ui.export.PictureDialog.Action.COPY));
        strings.text("picture title", picture.dialog().getTitle()).walk(picture.pane());
        var error = new ErrorDialog(null, Words.format("frame.errors.explanation", "log.txt"), "trace");
        error.countAnother();
        strings.walk(error.pane()).walk(error.pane().getExpandableContent());
        for (OptimizerType type : OptimizerRegistry.all()) {
            strings.walk(form(type));
        }
        var problem = new ProblemLabel("problem");
        problem.showProblem(NetworkLimits.CLUSTERS.problemWith(Double.NaN, "network.data.clusters"));
        return strings.walk(problem).walk(app.window().lessonsPanel());
    }

    /** An optimizer's form with its tooltips made and a refused value under its learning rate. */
    private static HyperparameterForm form(OptimizerType type) {
        var form = new HyperparameterForm(type, new SimpleObjectProperty<HyperparameterValues>(type.defaults()),
                (key, value) -> null);
        form.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0, false, false, false,
                false, false, false, false, false, false, false, null));
        var field = (TextField) form.lookup("#" + type.id() + "-lr-field");
        field.setText("abc");
        field.fireEvent(new ActionEvent());
        return form;
    }
}
