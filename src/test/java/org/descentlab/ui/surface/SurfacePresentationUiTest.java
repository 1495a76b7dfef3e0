package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Classroom mode and high contrast in the surface tab: what the canvases and charts draw grows or thickens, the
 * controls a demonstration does not need fold away, and all comes back when switched off. Each test begins on
 * Rosenbrock, overlaid, five steps into the race, in the normal window.
 */
@Tag("ui")
class SurfacePresentationUiTest {

    /** Controls that fold away in classroom mode. */
    private static final String[] FOLDED = {"#surfaceDescription", "#maxStepsField", "#noiseSlider", "#tuneButton",
        "#linkCheck", "#logScaleCheck", "#adam-more"};
    /** Controls a demonstration needs, which stay. */
    private static final String[] KEPT = {"#surfaceChoice", "#playButton", "#stepButton", "#resetButton",
        "#speedSlider", "#gd-enabled", "#gd-lr-field", "#adam-lr-field", "#gd-addCopy"};

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
    void fiveStepsIntoTheRace() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            for (int i = 0; i < 5; i++) {
                model.singleStep();
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        TestApp.waitFrames(3);
    }

    @AfterEach
    void backToTheNormalWindow() throws Exception {
        robot.interact(Presentation::reset);
        TestApp.waitFrames(2);
    }

    /**
     * A 1024 × 768 projector in classroom mode with the lesson open left the plot 100 pixels tall: there the controls
     * column folds away by itself, the plot gets the room, and the column comes back with a wider window.
     */
    @Test
    void onAClassroomProjectorWithTheLessonOpenTheControlsFoldAwayAndTheirRoomGoesToThePlot() throws Exception {
        var toggle = robot.lookup("#controlsToggle").queryAs(javafx.scene.control.ToggleButton.class);
        var stage = TestApp.stage(app);
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
                Presentation.classroomProperty().set(true);
                app.window().lessonsShownProperty().set(true);
            });
            TestApp.waitFrames(3);
            assertFalse(toggle.isSelected(), "folded by itself");
            assertTrue(robot.lookup("#foldedPlayButton").queryAll().stream().anyMatch(Node::isVisible),
                    "Play stays above the plot");
            var plot = tab.overlayPlot().localToScene(tab.overlayPlot().getLayoutBounds());
            assertTrue(plot.getWidth() >= 600 && plot.getHeight() >= 250, "the plot is " + plot);

            robot.interact(() -> {
                app.window().lessonsShownProperty().set(false);
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            TestApp.waitFrames(3);
            assertTrue(toggle.isSelected(), "the room came back, and so did the column");
        } finally {
            robot.interact(() -> {
                app.window().lessonsShownProperty().set(false);
                stage.setWidth(width);
                stage.setHeight(height);
            });
            TestApp.waitFrames(2);
        }
    }

    @Test
    void classroomModeDrawsEveryFontAndPathOneAndAHalfTimesLargerAndFoldsTheFineControlsAway() throws Exception {
        var plot = tab.overlayPlot();
        assertEquals(3, plot.drawnPathWidth(), 1e-9);
        assertEquals(PlotStyle.TICK_POINTS, plot.drawnTickFontSize(), 1e-9);
        assertEquals(2.5f, tab.charts().seriesWidth(), 1e-6);
        float title = tab.charts().titleSize();
        for (String id : FOLDED) {
            assertTrue(shown(id), id + " is on show in the normal window");
        }
        assertTrue(tab.rulePanel().isExpanded());

        robot.interact(() -> Presentation.classroomProperty().set(true));
        TestApp.waitFrames(3);
        assertEquals(4.5, plot.drawnPathWidth(), 1e-9, "the path");
        assertEquals(1.5 * PlotStyle.TICK_POINTS, plot.drawnTickFontSize(), 1e-9, "the axis numbers");
        assertEquals(3.75f, tab.charts().seriesWidth(), 1e-6, "the charts' lines");
        assertEquals(1.5f * title, tab.charts().titleSize(), 1e-3, "the charts' titles");
        for (String id : FOLDED) {
            assertFalse(shown(id), id + " is folded away in classroom mode");
        }
        for (String id : KEPT) {
            assertTrue(shown(id), id + " stays for the demonstration");
        }
        assertFalse(tab.rulePanel().isExpanded(), "the rule folds away, the list keeps the column");

        robot.interact(() -> Presentation.classroomProperty().set(false));
        TestApp.waitFrames(3);
        assertEquals(3, plot.drawnPathWidth(), 1e-9);
        assertEquals(PlotStyle.TICK_POINTS, plot.drawnTickFontSize(), 1e-9);
        assertTrue(shown("#maxStepsField"));
        assertTrue(tab.rulePanel().isExpanded(), "open again, as it was");
    }

    @Test
    void highContrastThickensThePathsAndStrengthensTheContourLines() throws Exception {
        var plot = tab.overlayPlot();
        assertEquals(1, plot.drawnContourWidth(), 1e-9);
        robot.interact(() -> Presentation.highContrastProperty().set(true));
        TestApp.waitFrames(3);
        assertEquals(4.5, plot.drawnPathWidth(), 1e-9);
        assertEquals(1.6, plot.drawnContourWidth(), 1e-9);
        assertEquals(PlotStyle.TICK_POINTS, plot.drawnTickFontSize(), 1e-9, "the words keep their size");
        assertTrue(shown("#maxStepsField"), "nothing folds");
    }

    /**
     * Whether the tab's node {@code id} is on show: it and every parent up to the tab visible (it may be scrolled out
     * of sight).
     */
    private static boolean shown(String id) {
        Node node = tab.lookup(id);
        if (node == null) {
            throw new AssertionError(id + " is not in the tab");
        }
        for (Node n = node; n != tab; n = n.getParent()) {
            if (n == null) {
                return false;
            }
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
