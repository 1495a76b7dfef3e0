package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.LessonCatalog;
import org.descentlab.core.scene.Scene;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons panel and menu in the real window: a lesson puts its scene on show, starts it, and says what to do. */
@Tag("ui")
class LessonsUiTest {

    private static DescentLabApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @AfterEach
    void backToNormal() {
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            Presentation.reset();
            stopTheNetwork();
        });
    }

    private static <T> T onFx(Callable<T> action) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    /** A trained network would make the next network lesson ask first; these tests answer no question. */
    private static void stopTheNetwork() {
        var model = app.window().networkTab().model();
        model.pause();
        model.reset();
    }

    private static Lesson lesson(String id) {
        return LessonCatalog.find(id).orElseThrow();
    }

    @Test
    void choosingALessonPutsItsSceneOnShowStartsItAndShowsItsText() {
        var lesson = lesson("learning-rate");
        Optional<String> refused = onFx(() -> app.window().startLesson(lesson));
        assertTrue(refused.isEmpty(), refused.toString());

        var surfaces = app.window().surfaceTab();
        assertSame(surfaces, app.window().selectedTab());
        assertTrue(onFx(() -> surfaces.model().playingProperty().get()), "the lesson's race runs at once");
        Scene saved = onFx(() -> surfaces.saveInto(Scene.EMPTY));
        assertEquals(LessonCatalog.scene(lesson).surfaces().surface(), saved.surfaces().surface());
        assertEquals(LessonCatalog.scene(lesson).surfaces().start(), saved.surfaces().start());

        var panel = app.window().lessonsPanel();
        assertSame(panel, ((BorderPane) app.window().root()).getRight(), "the panel is beside the tabs");
        assertEquals(Words.get(Language.ENGLISH, lesson.titleKey()), text("#lessonTitle"));
        assertEquals(Words.get(Language.ENGLISH, lesson.watchKey()), text("#lessonWatch"));
        assertEquals(Words.get(Language.ENGLISH, lesson.tryKey()), text("#lessonTry"));
        long formulas = onFx(() -> robot.from(panel).lookup((javafx.scene.Node n) -> n instanceof ImageView).queryAll().size());
        assertTrue(formulas >= lesson.rules().size(), "each rule the lesson is about is typeset: " + formulas);
    }

    @Test
    void restartLessonPutsTheSceneBackAfterTheStudentChangedIt() throws Exception {
        var lesson = lesson("momentum-valley");
        robot.interact(() -> app.window().startLesson(lesson));
        var model = app.window().surfaceTab().model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> model.race().clock()) > 5);
        robot.interact(() -> model.togglePlaying());
        robot.interact(() -> model.setStart(new org.descentlab.core.surface.Point(0.5, 0.5)));

        robot.clickOn("#lessonRestart");

        Scene saved = onFx(() -> app.window().surfaceTab().saveInto(Scene.EMPTY));
        assertEquals(LessonCatalog.scene(lesson).surfaces().start(), saved.surfaces().start());
        assertTrue(onFx(() -> model.playingProperty().get()));
        assertTrue(onFx(() -> model.race().clock()) < 1000, "the race started again");
    }

    @Test
    void aNetworkLessonBringsTheNetworkTabAndTrainsIt() throws Exception {
        var lesson = lesson("sigmoid-relu");
        Optional<String> refused = onFx(() -> app.window().startLesson(lesson));
        assertTrue(refused.isEmpty(), refused.toString());
        var network = app.window().networkTab();
        assertSame(network, app.window().selectedTab());
        assertEquals(LessonCatalog.scene(lesson).network(), onFx(() -> network.saveInto(Scene.EMPTY)).network());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> network.model().trainedEpochs()) >= 2);
    }

    @Test
    void everyLessonStartsInTheWindowWithoutAProblem() {
        var problems = new ArrayList<String>();
        for (Lesson lesson : LessonCatalog.all()) {
            Optional<String> refused = onFx(() -> app.window().startLesson(lesson));
            refused.ifPresent(p -> problems.add(lesson.id() + ": " + p));
            robot.interact(LessonsUiTest::stopTheNetwork);
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theLessonFollowsTheLanguageWithoutRestarting() throws Exception {
        var lesson = lesson("saddle-point");
        robot.interact(() -> app.window().startLesson(lesson));
        var model = app.window().surfaceTab().model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> model.race().clock()) > 3);
        robot.interact(() -> model.togglePlaying());
        int clock = onFx(() -> model.race().clock());

        robot.interact(() -> Words.setLanguage(Language.KOREAN));

        assertEquals(Words.get(Language.KOREAN, lesson.titleKey()), text("#lessonTitle"));
        assertEquals(Words.get(Language.KOREAN, lesson.tryKey()), text("#lessonTry"));
        assertEquals(clock, onFx(() -> model.race().clock()), "the race did not move or restart");
        Menu lessons = app.window().menuBar().getMenus().stream().filter(m -> "lessonsMenu".equals(m.getId()))
                .findFirst().orElseThrow();
        assertEquals(Words.get(Language.KOREAN, "menu.lessons"), lessons.getText());
        assertEquals("5. " + Words.get(Language.KOREAN, lesson.titleKey()), lessons.getItems().get(4).getText());
    }

    @Test
    void classroomModeScalesTheWindowsWordsAndTheFormulas() {
        robot.interact(() -> app.window().startLesson(lesson("descent-on-a-bowl")));
        double before = onFx(() -> lookupLabel("#lessonTitle").getFont().getSize());
        double formulaBefore = onFx(() -> firstFormula().getFitWidth());

        robot.interact(() -> Presentation.classroomProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(app.window().root().getStyleClass().contains(Presentation.CLASSROOM_CLASS));
        double after = onFx(() -> {
            app.window().root().applyCss();
            return lookupLabel("#lessonTitle").getFont().getSize();
        });
        assertTrue(after >= 1.5 * before - 0.01, "title " + before + " → " + after);
        assertTrue(onFx(() -> firstFormula().getFitWidth()) >= 1.4 * formulaBefore, "formulas grow too");
        float axisLabel = onFx(() -> app.window().networkTab().chartLabelSize());
        assertEquals(1.5 * org.descentlab.ui.widgets.Charts.labelSize(), axisLabel, 0.01, "the network's charts too");
        var loadParameters = app.window().networkTab().root().lookup("#loadParamsButton");
        assertFalse(onFx(() -> shown(loadParameters)), "parameter files fold away in classroom mode");

        robot.interact(() -> Presentation.classroomProperty().set(false));
        assertFalse(app.window().root().getStyleClass().contains(Presentation.CLASSROOM_CLASS));
        assertTrue(onFx(() -> shown(loadParameters)), "and come back after it");
    }

    /** Whether {@code node} and every node above it in its tab are visible (the tab itself may be behind another). */
    private static boolean shown(javafx.scene.Node node) {
        var tabRoot = app.window().networkTab().root();
        for (var n = node; n != null && n != tabRoot; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private ImageView firstFormula() {
        var found = robot.from(app.window().lessonsPanel()).lookup((javafx.scene.Node n) -> n instanceof ImageView).queryAll();
        assertFalse(found.isEmpty());
        return (ImageView) found.iterator().next();
    }

    private Label lookupLabel(String id) {
        Label label = robot.from(app.window().lessonsPanel()).lookup(id).queryAs(Label.class);
        assertNotNull(label, id);
        return label;
    }

    private String text(String id) {
        return onFx(() -> lookupLabel(id).getText());
    }
}
