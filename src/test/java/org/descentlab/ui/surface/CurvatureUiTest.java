package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.Reveal;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The curvature axes over the plot and the stability mark on gradient descent's learning-rate slider, headless. Each
 * test begins on the elongated bowl, f = 0.1·x² + 2·y², whose Hessian is diag(0.2, 4) everywhere: λmax = 4 along y,
 * λmin = 0.2 along x, κ = 20, 2/λmax = 0.5.
 */
@Tag("ui")
class CurvatureUiTest {

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
    void onTheElongatedBowl() throws Exception {
        show("elongated");
        robot.interact(() -> {
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.showCurvatureProperty().set(false);
        });
    }

    private void show(String surface) throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find(surface).orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        TestApp.waitFrames(2);
    }

    @Test
    void onTheElongatedBowlTheAxesLieAlongYAndXScaledByTheirEigenvalues() throws Exception {
        var plot = tab.overlayPlot();
        assertTrue(plot.curvatureAxes().isEmpty(), "none until asked for");
        robot.clickOn("#curvatureCheck");
        TestApp.waitFrames(2);
        var axes = plot.curvatureAxes();
        assertEquals(1, axes.size(), "one set, at the start");
        var a = axes.get(0);
        var start = model.startProperty().get();
        assertEquals(plot.toPixel(start.x(), start.y()), a.centre());
        Point2D steep = a.maxEnd().subtract(a.centre());
        Point2D shallow = a.minEnd().subtract(a.centre());
        assertEquals(0, steep.getX(), 1e-9, "λmax = 4 curves along y: a vertical axis");
        assertEquals(48, Math.abs(steep.getY()), 1e-9, "the larger eigenvalue is the full length");
        assertEquals(0, shallow.getY(), 1e-9, "λmin = 0.2 curves along x: a horizontal axis");
        assertEquals(3, Math.abs(shallow.getX()), 1e-9, "0.2/4 of 48 pixels, kept to 3 so that it shows");
        assertEquals(4, a.curvature().lambdaMax(), 1e-12);
        assertTrue(plot.drawnWords().contains(Words.format("insight.curvature.condition", "20")),
                plot.drawnWords().toString());
        robot.clickOn("#curvatureCheck");
        TestApp.waitFrames(2);
        assertTrue(plot.curvatureAxes().isEmpty());
    }

    @Test
    void hoveringDrawsTheAxesUnderThePointerToo() throws Exception {
        robot.interact(() -> model.showCurvatureProperty().set(true));
        var plot = tab.overlayPlot();
        var pixel = plot.toPixel(1, -0.5);
        robot.moveTo(plot.localToScreen(pixel));
        WaitForAsyncUtils.waitForFxEvents();
        var axes = plot.curvatureAxes();
        assertEquals(2, axes.size());
        assertEquals(pixel.getX(), axes.get(1).centre().getX(), 1);
        assertEquals(pixel.getY(), axes.get(1).centre().getY(), 1);
        robot.moveTo(tab.timeline());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, plot.curvatureAxes().size(), "the pointer left: only the start's");
    }

    @Test
    void atTheSaddleTheDownwardAxisIsNegativeAndTheWordsSaySo() throws Exception {
        show("saddle");
        robot.interact(() -> {
            model.setStart(new Point(0.5, 0));
            model.showCurvatureProperty().set(true);
        });
        TestApp.waitFrames(2);
        var a = tab.overlayPlot().curvatureAxes().get(0);
        assertEquals(-2, a.curvature().lambdaMin(), 1e-12, "f = x² − y² + y⁴/4 curves down along y at y = 0");
        assertEquals(0, a.minEnd().getX() - a.centre().getX(), 1e-9);
        String condition = Words.format("insight.curvature.condition", "1");
        assertTrue(tab.overlayPlot().drawnWords().contains(Words.format("insight.curvature.saddle", condition)),
                tab.overlayPlot().drawnWords().toString());
    }

    @Test
    void everyWordDrawnBesideTheAxesComesFromTheBundles() throws Exception {
        robot.interact(() -> {
            Words.markForTesting(true);
            Words.setLanguage(org.descentlab.ui.words.Language.KOREAN);
            model.showCurvatureProperty().set(true);
        });
        try {
            TestApp.waitFrames(2);
            var words = tab.overlayPlot().drawnWords();
            assertTrue(words.stream().anyMatch(w -> w.contains("κ")), words.toString());
            for (String w : words) {
                String outside = w;
                for (String before = null; !outside.equals(before); ) {
                    before = outside;
                    outside = outside.replaceAll("⟦[^⟦⟧]*⟧", "");
                }
                assertFalse(outside.codePoints().anyMatch(Character::isLetter), "typed in code: " + w);
            }
        } finally {
            robot.interact(() -> {
                Words.markForTesting(false);
                Words.setLanguage(org.descentlab.ui.words.Language.ENGLISH);
            });
        }
    }

    /** The centre of the GD learning-rate slider's thumb, and the tip of its mark, in scene x. */
    private double[] thumbAndMark() {
        Slider slider = robot.lookup("#gd-lr-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        Node mark = robot.lookup("#gd-lr-mark").query();
        var box = thumb.localToScene(thumb.getBoundsInLocal());
        return new double[] {(box.getMinX() + box.getMaxX()) / 2, mark.localToScene(0, 0).getX()};
    }

    @Test
    void theStabilityMarkSitsWhereTheThumbStandsAtTwoOverLambdaMax() throws Exception {
        show("bowl"); // H = 2I: 2/λmax = 1
        Reveal.reveal(robot, "#gd-lr-slider");
        robot.interact(() -> model.setHyperparameter(model.slot("gd"), "lr", 1));
        TestApp.waitFrames(2);
        Node mark = robot.lookup("#gd-lr-mark").query();
        assertTrue(mark.isVisible());
        double[] at = thumbAndMark();
        assertEquals(at[0], at[1], 0.5, "the mark stands where the thumb is at learning rate 1");
        show("elongated"); // 2/λmax = 0.5
        robot.interact(() -> model.setHyperparameter(model.slot("gd"), "lr", 0.5));
        TestApp.waitFrames(2);
        at = thumbAndMark();
        assertEquals(at[0], at[1], 0.5, "the mark moved with the surface, to learning rate 0.5");
    }

    @Test
    void theStabilityMarkIsAbsentWhereNothingCurvesUp() throws Exception {
        show("rastrigin");
        robot.interact(() -> model.setStart(new Point(0.5, 0.5))); // a top: fxx = fyy = 2 − 40π² < 0
        TestApp.waitFrames(2);
        assertFalse(robot.lookup("#gd-lr-mark").query().isVisible());
        assertTrue(Double.isNaN(StabilityMark.limit(model, model.slot("gd"))));
        robot.interact(() -> model.setStart(new Point(0, 0))); // the bottom: fxx = fyy = 2 + 40π²
        TestApp.waitFrames(2);
        assertTrue(robot.lookup("#gd-lr-mark").query().isVisible(), "it follows the start");
        assertEquals(2 / (2 + 40 * Math.PI * Math.PI), StabilityMark.limit(model, model.slot("gd")), 1e-12);
    }
}
