package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sweep view and the basin maps on the surface tab, clicked through headless: what they draw is what the core
 * computes for the same settings, a click on the sweep races at that rate, and a stopped computation shows nothing.
 * Each test begins with both views off, the default optimizers ticked, overlaid, on the surface it names.
 */
@Tag("ui")
class InsightViewsUiTest {

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
    void bothViewsOff() {
        robot.interact(() -> {
            app.window().selectTab(0);
            var insight = model.insightProperty().get();
            model.insightProperty().set(insight.withViews(false, false, false, false)
                    .withBasins(BasinMap.DEFAULT_SIZE, List.of(OptimizerRegistry.find("gd").orElseThrow())));
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.slots().forEach(s -> s.enabledProperty().set(
                    SurfaceTabModel.ENABLED_AT_START.contains(s.type().id())));
            new java.util.ArrayList<>(model.copies()).forEach(model::removeCopy);
        });
    }

    private void surface(String id) {
        robot.interact(() -> model.setSurface(SurfaceRegistry.find(id).orElseThrow()));
    }

    private SweepView sweep() {
        return tab.insightViews().sweepView();
    }

    private void sweepDrawn() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sweep().work().state() == InsightWork.State.IDLE
                && sweep().charts().shown().size() == model.enabledSlots().size());
        TestApp.waitFrames(2);
    }

    @Test
    void theSweepOfBowlDrawsEachOptimizersRunsAtEveryRate() throws Exception {
        surface("bowl");
        robot.clickOn("#sweepCheck");
        sweepDrawn();
        var scene = model.scene();
        var grid = scene.insight().sweepGrid();
        var series = sweep().charts().gapSeries();
        assertEquals(6, series.getSeriesCount());
        for (int k = 0; k < series.getSeriesCount(); k++) {
            var slot = sweep().charts().shown().get(k).slot();
            assertEquals(model.enabledSlots().get(k), slot);
            var expected = LearningRateSweep.run(scene.surface(), slot.type(), slot.valuesProperty().get(),
                    scene.start(), scene.steps(), grid).rows();
            assertEquals(61, series.getItemCount(k));
            for (int i = 0; i < 61; i++) {
                var row = expected.get(i);
                assertEquals(row.lr(), series.getXValue(k, i), 0);
                if (row.status().diverged()) {
                    assertNull(series.getY(k, i), slot.key() + " at " + row.lr());
                } else {
                    assertEquals(Math.max(1e-16, row.gap()), series.getYValue(k, i), 0, slot.key() + " " + row.lr());
                }
            }
        }
    }

    @Test
    void clickingASweepPointRacesThatOptimizerAtThatRate() throws Exception {
        surface("elongated");
        robot.clickOn("#sweepCheck");
        sweepDrawn();
        var gd = model.slot("gd");
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                model.singleStep();
            }
        });
        int startsBefore = gd.walker().starts();
        int series = sweep().charts().shown().indexOf(sweep().charts().shown().stream()
                .filter(s -> s.slot() == gd).findFirst().orElseThrow());
        int item = isolatedPoint(series);
        double rate = model.insightProperty().get().sweepGrid().rate(item);
        assertTrue(rate != 0.45, "a rate other than the one it races with");
        robot.clickOn(sweep().screenPoint(true, series, item));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rate, gd.valuesProperty().get().get("lr"), 0);
        assertEquals(rate, gd.walker().optimizer().hyperparameters().get("lr"), 0);
        String field = robot.lookup("#gd-lr-field").queryAs(TextField.class).getText();
        assertEquals(rate, Double.parseDouble(field), rate * 1e-3, field);
        assertTrue(gd.walker().starts() > startsBefore, "the race started again");
        assertTrue(model.playingProperty().get(), "and plays");
        robot.interact(() -> model.playingProperty().set(false));
    }

    /**
     * The point of {@code series} on the loss chart farthest from every other curve's points, so that a click on it
     * picks it (its own neighbours are farther from it than it is from itself).
     */
    private int isolatedPoint(int series) {
        var data = sweep().charts().gapSeries();
        int best = -1;
        double bestGap = 0;
        for (int i = 0; i < data.getItemCount(series); i++) {
            if (!Double.isFinite(data.getYValue(series, i))) {
                continue;
            }
            var at = sweep().screenPoint(true, series, i);
            double gap = Double.POSITIVE_INFINITY;
            for (int k = 0; k < data.getSeriesCount(); k++) {
                for (int j = 0; j < data.getItemCount(k); j++) {
                    if (k != series && Double.isFinite(data.getYValue(k, j))) {
                        gap = Math.min(gap, at.distance(sweep().screenPoint(true, k, j)));
                    }
                }
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        assertTrue(bestGap > 4, "a point of its own, " + bestGap + " px from the other curves");
        return best;
    }

    private BasinLayer overlayBasins() {
        return tab.overlayPlot().basinLayer();
    }

    private void basinsOn() {
        robot.interact(() -> model.insightProperty().set(model.insightProperty().get().withViews(false, false, false,
                true)));
    }

    @Test
    void theBasinMapOfBowlIsOneColour() throws Exception {
        surface("bowl");
        robot.clickOn("#basinCheck");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overlayBasins().map() != null);
        Set<Integer> colours = colours(overlayBasins().image());
        assertEquals(Set.of(BasinColours.argb(0)), colours);
    }

    @Test
    void theBasinMapOfHimmelblauWithSlowGradientDescentHasFourRegionsEachAroundItsMinimum() throws Exception {
        surface("himmelblau");
        robot.interact(() -> model.setHyperparameter(model.slot("gd"), "lr", 0.01));
        basinsOn();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overlayBasins().map() != null);
        var image = overlayBasins().image();
        Surface himmelblau = model.surface();
        var bounds = himmelblau.info().bounds();
        int n = (int) image.getWidth();
        var minimumColours = new HashSet<Integer>();
        for (int m = 0; m < 4; m++) {
            var p = himmelblau.info().minima().get(m).point();
            int i = (int) ((p.x() - bounds.xMin()) / bounds.width() * n);
            int j = (int) ((bounds.yMax() - p.y()) / bounds.height() * n);
            assertEquals(BasinColours.argb(m), image.getPixelReader().getArgb(i, j), "minimum " + m);
            minimumColours.add(BasinColours.argb(m));
        }
        assertEquals(4, minimumColours.size());
        assertTrue(colours(image).containsAll(minimumColours));
    }

    @Test
    void stoppingTheBasinMapShowsNoPictureAndStopsTheProgress() throws Exception {
        surface("himmelblau");
        robot.interact(() -> model.insightProperty().set(model.insightProperty().get().withViews(false, false, false,
                true).withBasins(400, List.of(OptimizerRegistry.find("gd").orElseThrow()))));
        var work = tab.insightViews().basinMaps().work();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> work.state() == InsightWork.State.RUNNING);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> work.progressProperty().get() > 0);
        robot.clickOn("#basinWork-stop");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InsightWork.State.STOPPED, work.state());
        double progress = work.progressProperty().get();
        assertTrue(progress < 1, "stopped before the end: " + progress);
        TestApp.waitFrames(30);
        assertEquals(progress, work.progressProperty().get(), 0, "the progress stands still");
        assertNull(overlayBasins().map(), "no part of a map is drawn");
        assertTrue(robot.lookup("#basinWork-again").query().isVisible());
        assertFalse(robot.lookup("#basinWork-progress").tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false));
        robot.interact(() -> model.insightProperty().set(model.insightProperty().get().withViews(false, false, false,
                false)));
    }

    @Test
    void sideBySideShowsEachChosenOptimizersBasinsInItsOwnPanel() throws Exception {
        surface("himmelblau");
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        var momentum = OptimizerRegistry.find("momentum").orElseThrow();
        robot.interact(() -> {
            model.layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE);
            model.insightProperty().set(model.insightProperty().get().withViews(false, false, false, true)
                    .withBasins(60, List.of(gd, momentum)));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.panelPlots().stream()
                .filter(p -> p.basinLayer().map() != null).count() == 2);
        for (var plot : tab.panelPlots()) {
            var slot = plot.basinLayer().panelSlot();
            var map = plot.basinLayer().map();
            if (slot.type() == gd || slot.type() == momentum) {
                assertNotNull(map, slot.key());
                var expected = BasinMap.compute(model.surface(), slot.type(), slot.valuesProperty().get(), 60,
                        model.maxStepsProperty().get());
                assertTrue(java.util.Arrays.equals(expected.ends(), map.ends()), slot.key());
            } else {
                assertNull(map, slot.key());
            }
        }
    }

    @Test
    void theSwitchesAndChoicesAreSavedAndAppliedWithTheScene() {
        robot.clickOn("#sweepCheck");
        robot.clickOn("#basinCheck");
        var saved = model.scene();
        assertTrue(saved.insight().showSweep());
        assertTrue(saved.insight().showBasins());
        var adam = OptimizerRegistry.find("adam").orElseThrow();
        robot.interact(() -> model.apply(saved.withInsight(saved.insight().withViews(false, false, false, true)
                .withBasins(120, List.of(adam)))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#sweepCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertTrue(robot.lookup("#basinCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertEquals(adam, tab.insightViews().basinBar().first().getValue());
        robot.interact(() -> model.insightProperty().set(model.insightProperty().get().withViews(false, false, false,
                false)));
    }

    private static Set<Integer> colours(WritableImage image) {
        var set = new HashSet<Integer>();
        var reader = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                set.add(reader.getArgb(x, y));
            }
        }
        return set;
    }
}
