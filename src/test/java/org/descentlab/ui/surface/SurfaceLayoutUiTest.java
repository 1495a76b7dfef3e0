package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.NiceTicks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The surface tab in a classroom projector's window, 1024 × 768 (and 1280 × 720): the plot stays the largest thing
 * on screen, nothing covers it, and no text is cut short. The window is started once for the class; each test
 * begins at 1024 × 768 on Rosenbrock with every optimizer racing, overlaid.
 */
@Tag("ui")
class SurfaceLayoutUiTest {

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
    void inAProjectorsWindow() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.slots().forEach(s -> s.enabledProperty().set(true));
        });
        show("rosenbrock", 1024, 768);
    }

    /** Shows {@code surfaceId} in a window of the given size, once its heat map is drawn. */
    private void show(String surfaceId, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            if (!model.surface().id().equals(surfaceId)) {
                model.setSurface(SurfaceRegistry.find(surfaceId).orElseThrow());
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        TestApp.waitFrames(2);
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static double area(Bounds b) {
        return b.getWidth() * b.getHeight();
    }

    private static BoundingBox frameBox(SurfacePlot plot) {
        var frame = plot.geometry().frame();
        return new BoundingBox(frame.left(), frame.top(), frame.width(), frame.height());
    }

    @Test
    void at1024By768ThePlotIsTheLargestThingOnScreen() {
        assertEquals(1024, stage.getScene().getWidth(), 1);
        assertEquals(SurfaceTab.Arrangement.COMPACT, tab.arrangement());
        var plot = onScreen(tab.overlayPlot());
        for (String id : new String[] {"#surfaceControls", "#figureTabs", "#viewBar"}) {
            var other = onScreen(robot.lookup(id).query());
            assertTrue(area(plot) > area(other), id + " " + other + " is larger than the plot " + plot);
        }
        // With a menu bar and a status line, the frame of the surface itself stays a good size.
        assertTrue(tab.overlayPlot().geometry().frame().width() >= 300, "" + tab.overlayPlot().geometry().frame());
    }

    @Test
    void foldingTheControlsAwayWidensThePlotAndKeepsPlayInSight() throws Exception {
        double before = onScreen(tab.overlayPlot()).getWidth();
        robot.clickOn("#controlsToggle");
        TestApp.waitFrames(2);
        try {
            assertNotNull(robot.lookup("#foldedPlayButton").query().getScene());
            assertTrue(robot.lookup("#surfaceControls").tryQuery().map(Node::getScene).isEmpty());
            assertTrue(onScreen(tab.overlayPlot()).getWidth() > before + 200);
            robot.clickOn("#foldedPlayButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(model.playingProperty().get());
        } finally {
            robot.interact(() -> model.playingProperty().set(false));
            robot.clickOn("#controlsToggle");
        }
    }

    @Test
    void theLegendStaysOutsideThePlotAtEachSizeWithElevenOptimizers() throws Exception {
        for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
            for (String id : new String[] {"rastrigin", "camel", "beale"}) {
                show(id, size[0], size[1]);
                var plot = tab.overlayPlot();
                var legend = plot.legend();
                assertTrue(legend.isVisible(), id + " at " + size[0]);
                var box = legend.getBoundsInParent();
                assertFalse(box.intersects(frameBox(plot)), id + " at " + size[0] + ": " + box);
                assertTrue(box.getMaxX() <= plot.getWidth() + 0.5 && box.getMaxY() <= plot.getHeight() + 0.5,
                        id + " at " + size[0] + ": legend " + box + " leaves the plot");
            }
        }
    }

    @Test
    void colourBarLabelsFitInsideThePlotOnEverySurface() throws Exception {
        for (Surface surface : SurfaceRegistry.all()) {
            show(surface.id(), 1024, 768);
            for (boolean log : new boolean[] {false, true}) {
                robot.interact(() -> model.logColourScaleProperty().set(log));
                TestApp.waitFrames(1);
                var plot = tab.overlayPlot();
                assertTrue(plot.colourBarRight() > 0);
                assertTrue(plot.colourBarRight() <= plot.getWidth(), surface.id() + (log ? " log" : "") + ": "
                        + plot.colourBarRight() + " > " + plot.getWidth());
                var legend = plot.legend().getBoundsInParent();
                assertTrue(!plot.legend().isVisible() || !plot.geometry().legendBeside()
                        || legend.getMinX() >= plot.colourBarRight(), surface.id() + ": legend over the labels");
            }
        }
    }

    @Test
    void xAxisNumbersStandApartEvenInSmallPanels() throws Exception {
        robot.interact(() -> model.layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE));
        TestApp.waitFrames(2);
        var plots = new java.util.ArrayList<>(tab.panelPlots());
        plots.add(tab.overlayPlot());
        robot.interact(() -> model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY));
        TestApp.waitFrames(2);
        for (SurfacePlot plot : plots) {
            var g = plot.geometry();
            var bounds = g.frame().bounds();
            double step = NiceTicks.step(bounds.width(), g.xTicks());
            double widest = PlotGeometry.widestLabel(bounds.xMin(), bounds.xMax(), g.xTicks());
            assertTrue(step * g.frame().scale() >= widest + 8, plot.getId() + ": ticks " + step * g.frame().scale()
                    + " px apart for labels " + widest + " px wide");
        }
    }

    @Test
    void namesAtTheStartAreOneLabelAndNamesStayInsideThePlotApart() throws Exception {
        show("beale", 1024, 768);
        robot.interact(() -> {
            model.reset();
            tab.redrawRace();
        });
        var plot = tab.overlayPlot();
        assertEquals(1, plot.nameBoxes().size(), "eleven heads on the start share one label");
        robot.interact(() -> {
            // Gradient descent leaves the plot at once; the others spread out.
            model.setHyperparameter(model.slot("gd"), "lr", 0.05);
            for (int i = 0; i < 40; i++) {
                model.singleStep();
            }
            tab.redrawRace();
        });
        assertTrue(model.slot("gd").walker().status().diverged());
        List<Bounds> boxes = plot.nameBoxes();
        assertTrue(boxes.size() >= 2);
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(frameBox(plot).contains(boxes.get(i)), "name " + boxes.get(i) + " leaves the plot");
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), "names " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void elevenSideBySidePanelsShowTheirTitlesInFull() throws Exception {
        show("himmelblau", 1024, 768);
        robot.interact(() -> {
            model.layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE);
            model.race().advance(977);
        });
        TestApp.waitFrames(3);
        try {
            assertEquals(11, tab.panels().size());
            for (var panel : tab.panels()) {
                for (Labeled label : panel.titleLabels()) {
                    assertEquals(label.getText(), shown(label), "cut short in " + panel.plot().getId());
                }
                assertTrue(panel.plot().getHeight() >= 60, panel.plot().getId() + " is " + panel.plot().getHeight());
                var panelBox = onScreen(panel);
                var centre = onScreen(robot.lookup("#surfaceCentre").query());
                assertTrue(panelBox.getMaxY() <= centre.getMaxY() + 1, panel.plot().getId() + " runs off the bottom");
            }
        } finally {
            robot.interact(() -> model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY));
        }
    }

    @Test
    void statusWordsAreShownInFullAt1024By768() throws Exception {
        show("himmelblau", 1024, 768);
        robot.interact(() -> {
            model.race().advance(977);
            tab.refreshFigures();
        });
        TestApp.waitFrames(2);
        var table = tab.statusTable();
        for (String id : new String[] {"gd", "momentum", "nag"}) {
            String full = table.statusOf(id);
            assertTrue(full.startsWith("global minimum, step "), full);
            assertEquals(full, table.shownText(id, "statusColumn"));
            assertEquals(Integer.toString(model.slot(id).walker().currentStep()), table.shownText(id, "stepColumn"));
        }
    }

    /** The text a label shows on screen, after any cutting to "…". */
    private static String shown(Labeled label) {
        var text = (Text) label.lookup(".text");
        return text == null ? "" : text.getText();
    }
}
