package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline under the plot and the previous run's ghosts, dragged and clicked through headless. Each test begins on
 * Rosenbrock with the default optimizers, overlaid, 120 steps into the race, no ghosts.
 */
@Tag("ui")
class ReplayUiTest {

    private static final int STEPS = 120;

    private static DescentLabApp app;
    private static SurfaceTab tab;
    private static SurfaceTabModel model;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
        tab = app.window().surfaceTab();
        model = tab.model();
        stage = TestApp.stage(app);
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @BeforeEach
    void midRace() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
            model.slots().forEach(s -> s.enabledProperty().set(
                    SurfaceTabModel.ENABLED_AT_START.contains(s.type().id())));
            model.reset();
            model.ghosts().clear();
            model.ghosts().shownProperty().set(false);
            for (int i = 0; i < STEPS; i++) {
                model.singleStep();
            }
            tab.requestFocus();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        TestApp.waitFrames(2);
    }

    /** The screen point of the timeline's track at step {@code step}, as the slider's skin places its thumb. */
    private Point2D trackPoint(int step) {
        var slider = tab.timeline().slider();
        var thumb = slider.lookup(".thumb");
        double thumbWidth = thumb.getLayoutBounds().getWidth();
        double start = slider.snappedLeftInset() + thumbWidth / 2;
        double length = slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumbWidth;
        double x = start + step / slider.getMax() * length;
        return slider.localToScreen(x, slider.getHeight() / 2);
    }

    private static Node thumb() {
        return tab.timeline().slider().lookup(".thumb");
    }

    /** Each racer's head on {@code plot} is where its path was at {@code step} (or its last point, if shorter). */
    private static void assertHeadsAt(SurfacePlot plot, List<OptimizerSlot> racers, int step) {
        var frame = plot.geometry().frame();
        var heads = plot.drawnHeads();
        for (OptimizerSlot slot : racers) {
            var path = slot.walker().path();
            int k = Math.min(step, path.size() - 1);
            double x = RacePainter.clamp(frame.px(path.x(k)), frame.left(), frame.right());
            double y = RacePainter.clamp(frame.py(path.y(k)), frame.top(), frame.bottom());
            var head = heads.get(slot.key());
            assertEquals(x, head.getX(), 1e-9, slot.key() + " at step " + step);
            assertEquals(y, head.getY(), 1e-9, slot.key() + " at step " + step);
        }
    }

    @Test
    void draggingTheTimelineMovesEveryMarkerTheTableAndTheChartsCursorToThatStep() throws Exception {
        robot.drag(thumb()).moveTo(trackPoint(40)).release(javafx.scene.input.MouseButton.PRIMARY);
        TestApp.waitFrames(2);
        int shown = model.replay().shownStep();
        assertFalse(model.replay().live());
        assertTrue(Math.abs(shown - 40) <= 3, "the thumb was let go at step 40, the view shows " + shown);
        assertEquals(STEPS, model.clockProperty().get(), "looking back leaves the race where it is");
        assertHeadsAt(tab.overlayPlot(), model.racingSlots(), shown);
        for (OptimizerSlot slot : model.racingSlots()) {
            var row = tab.statusTable().rowTexts(slot.key());
            assertEquals(Integer.toString(shown), row.get(0), slot.key());
            assertEquals(RacePainter.formatValue(slot.walker().path().loss(shown)), row.get(1), slot.key());
        }
        assertEquals(shown, tab.charts().cursorStep(), 0);
        assertEquals(Words.format("insight.replay.shown", shown, STEPS), tab.timeline().positionText());
    }

    @Test
    void arrowsStepTheViewByOneAndHomeAndEndGoToTheEnds() throws Exception {
        robot.clickOn(thumb());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tab.timeline().slider().isFocused());
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(STEPS - 1, model.replay().shownStep());
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(STEPS - 2, model.replay().shownStep());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.replay().shownStep());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.replay().shownStep());
        assertEquals(STEPS, model.clockProperty().get(), "→ stepped through the history, not the race");
        TestApp.waitFrames(2);
        assertHeadsAt(tab.overlayPlot(), model.racingSlots(), 1);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.replay().live());
        assertTrue(Double.isNaN(tab.charts().cursorStep()), "no cursor when live");
    }

    @Test
    void playGoesOnFromTheRaceAndTheViewSnapsBackToLive() throws Exception {
        robot.interact(() -> model.replay().show(30));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.clockProperty().get() > STEPS + 3);
        robot.clickOn("#playButton");
        TestApp.waitFrames(2);
        assertTrue(model.replay().live());
        int clock = model.clockProperty().get();
        assertEquals(clock, (int) Math.round(tab.timeline().slider().getValue()));
        assertEquals(Words.format("insight.replay.live", clock), tab.timeline().positionText());
        assertHeadsAt(tab.overlayPlot(), model.racingSlots(), clock);
    }

    @Test
    void theNowButtonAndTheSideBySidePanelsFollowTheTimeline() throws Exception {
        robot.clickOn("#sideBySideToggle");
        robot.interact(() -> model.replay().show(25));
        TestApp.waitFrames(2);
        for (var panel : tab.panels()) {
            assertEquals(Words.format("surfaces.panel.step", 25), panel.titleLabels().get(1).getText());
            assertHeadsAt(panel.plot(), List.of(model.racingSlots().stream()
                    .filter(s -> ("panel-" + s.key()).equals(panel.plot().getId())).findFirst().orElseThrow()), 25);
        }
        robot.clickOn("#timelineLive");
        TestApp.waitFrames(2);
        assertTrue(model.replay().live());
        assertEquals(Words.format("surfaces.panel.step", STEPS), tab.panels().get(0).titleLabels().get(1).getText());
        robot.clickOn("#overlayToggle");
    }

    @Test
    void aNewStartLeavesThePreviousRunAsGhostsUntilCleared() throws Exception {
        var plot = tab.overlayPlot();
        assertEquals(List.of(), plot.drawnGhosts());
        robot.clickOn(plot.localToScreen(plot.toPixel(0.5, -0.5)));
        TestApp.waitFrames(2);
        assertEquals(List.of(), plot.drawnGhosts(), "off until switched on");
        var check = robot.lookup("#ghostsCheck").queryAs(CheckBox.class);
        robot.clickOn(check);
        TestApp.waitFrames(2);
        var keys = model.racingSlots().stream().map(OptimizerSlot::key).toList();
        assertEquals(keys, plot.drawnGhosts(), "every racer's previous path is a ghost, kept while they were off");
        robot.clickOn(check);
        TestApp.waitFrames(2);
        assertEquals(List.of(), plot.drawnGhosts(), "hidden");
        robot.clickOn(check);
        TestApp.waitFrames(2);
        assertEquals(keys, plot.drawnGhosts(), "shown again");
        robot.clickOn("#clearGhostsButton");
        TestApp.waitFrames(2);
        assertEquals(List.of(), plot.drawnGhosts());
        assertFalse(model.ghosts().any());
    }

    @Test
    void thePlotsMenuShowsAndClearsTheGhostsToo() throws Exception {
        robot.interact(model::reset);
        var plot = tab.overlayPlot();
        robot.rightClickOn(plot.localToScreen(plot.toPixel(0, 0)));
        robot.clickOn(Words.get("insight.ghost.menu.show"));
        TestApp.waitFrames(2);
        assertTrue(model.ghosts().shownProperty().get());
        assertFalse(plot.drawnGhosts().isEmpty());
        robot.rightClickOn(plot.localToScreen(plot.toPixel(0, 0)));
        robot.clickOn(Words.get("insight.ghost.menu.clear"));
        TestApp.waitFrames(2);
        assertEquals(List.of(), plot.drawnGhosts());
    }

    @Test
    void theTimelineFitsUnderThePlotAtProjectorSizesAndInClassroomMode() throws Exception {
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            for (boolean classroom : new boolean[] {false, true}) {
                robot.interact(() -> Presentation.classroomProperty().set(classroom));
                for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    TestApp.waitFrames(3);
                    String at = size[0] + "x" + size[1] + (classroom ? " classroom" : "");
                    var timeline = tab.timeline().localToScene(tab.timeline().getBoundsInLocal());
                    var plot = tab.overlayPlot().localToScene(tab.overlayPlot().getBoundsInLocal());
                    assertTrue(timeline.getMinY() >= plot.getMaxY() - 0.5, at + ": under the plot");
                    assertTrue(timeline.getMaxX() <= stage.getScene().getWidth() + 0.5, at + ": inside the window");
                    assertTrue(tab.timeline().slider().getWidth() >= 150, at + ": slider "
                            + tab.timeline().slider().getWidth());
                    var position = robot.lookup("#timelinePosition").queryLabeled();
                    var text = (javafx.scene.text.Text) position.lookup(".text");
                    assertEquals(position.getText(), text.getText(), at + ": the position is not cut short");
                }
            }
        } finally {
            robot.interact(() -> {
                Presentation.reset();
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }
}
