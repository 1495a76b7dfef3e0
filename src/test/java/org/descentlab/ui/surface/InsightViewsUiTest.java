package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
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
    void aScheduleRunsTheSweepAgainWithItsRatesAsWhereTheScheduleStarts() throws Exception {
        surface("bowl");
        robot.clickOn("#sweepCheck");
        sweepDrawn();
        var halving = new Schedule(ScheduleKind.STEP, HyperparameterValues.defaults(ScheduleKind.STEP.parameters())
                .with("every", 20).with("factor", 0.5));
        try {
            robot.interact(() -> model.setSchedule(halving));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sweep().drawn() != null
                    && sweep().drawn().schedule().equals(halving) && sweep().work().state() == InsightWork.State.IDLE);
            WaitForAsyncUtils.waitForFxEvents();
            var gd = model.slot("gd");
            var scene = model.scene();
            var expected = LearningRateSweep.run(scene.surface(), gd.type(), gd.valuesProperty().get(),
                    scene.start(), scene.steps(), scene.noise(), scene.noiseSeed(), halving,
                    scene.insight().sweepGrid(), done -> { }, () -> false).rows();
            var constant = LearningRateSweep.run(scene.surface(), gd.type(), gd.valuesProperty().get(),
                    scene.start(), scene.steps(), scene.insight().sweepGrid()).rows();
            assertNotEquals(constant, expected, "the schedule changes where the runs end");
            assertEquals(expected, sweep().charts().shown().get(0).result().rows());
            assertEquals("learning rate at the start of the schedule",
                    sweep().charts().gapChart().getXYPlot().getDomainAxis().getLabel());
        } finally {
            robot.interact(() -> model.setSchedule(Schedule.CONSTANT));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sweep().drawn() != null
                && sweep().drawn().schedule().constant() && sweep().work().state() == InsightWork.State.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("learning rate", sweep().charts().gapChart().getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void aNewStartRunsTheSweepAgainFromThere() throws Exception {
        surface("rosenbrock");
        robot.clickOn("#sweepCheck");
        sweepDrawn();
        var start = new org.descentlab.core.surface.Point(1.5, -0.5);
        robot.interact(() -> model.setStart(start));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sweep().drawn() != null
                && sweep().drawn().start().equals(start));
        var gd = model.slot("gd");
        var expected = LearningRateSweep.run(model.surface(), gd.type(), gd.valuesProperty().get(), start,
                model.maxStepsProperty().get(), model.insightProperty().get().sweepGrid()).rows();
        assertEquals(expected, sweep().charts().shown().get(0).result().rows());
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
        robot.clickOn(sweep().screenPoint(series, item));
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
            var at = sweep().screenPoint(series, i);
            double gap = Double.POSITIVE_INFINITY;
            for (int k = 0; k < data.getSeriesCount(); k++) {
                for (int j = 0; j < data.getItemCount(k); j++) {
                    if (k != series && Double.isFinite(data.getYValue(k, j))) {
                        gap = Math.min(gap, at.distance(sweep().screenPoint(k, j)));
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

    /** The overlay's basin image once the map of {@code surfaceId} is on show (read on the JavaFX thread). */
    private WritableImage shownImage(String surfaceId) throws Exception {
        var image = new java.util.concurrent.atomic.AtomicReference<WritableImage>();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                var map = overlayBasins().map();
                image.set(map != null && map.surface().id().equals(surfaceId) ? overlayBasins().image() : null);
            });
            return image.get() != null;
        });
        return image.get();
    }

    private void basinsOn() {
        robot.interact(() -> model.insightProperty().set(model.insightProperty().get().withViews(false, false, false,
                true)));
    }

    @Test
    void theBasinMapOfBowlIsOneColour() throws Exception {
        surface("bowl");
        robot.clickOn("#basinCheck");
        Set<Integer> colours = colours(shownImage("bowl"));
        assertEquals(Set.of(BasinColours.argb(0)), colours);
    }

    @Test
    void theBasinMapOfHimmelblauWithSlowGradientDescentHasFourRegionsEachAroundItsMinimum() throws Exception {
        surface("himmelblau");
        robot.interact(() -> model.setHyperparameter(model.slot("gd"), "lr", 0.01));
        basinsOn();
        var image = shownImage("himmelblau");
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
    void aNewLearningRateDrawsANewBasinMap() throws Exception {
        surface("himmelblau");
        robot.interact(() -> model.setHyperparameter(model.slot("gd"), "lr", 0.01));
        basinsOn();
        var before = shownMap("himmelblau");
        robot.interact(() -> model.setHyperparameter(model.slot("gd"), "lr", 0.02));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownMapNow() != null && shownMapNow() != before);
        var gd = model.slot("gd");
        var expected = BasinMap.compute(model.surface(), gd.type(), gd.valuesProperty().get(), BasinMap.DEFAULT_SIZE,
                model.maxStepsProperty().get());
        assertTrue(java.util.Arrays.equals(expected.ends(), shownMapNow().ends()));
        assertFalse(java.util.Arrays.equals(before.ends(), shownMapNow().ends()), "0.02 redraws the basins");
    }

    private BasinMap shownMapNow() {
        var map = new java.util.concurrent.atomic.AtomicReference<BasinMap>();
        robot.interact(() -> map.set(overlayBasins().map()));
        return map.get();
    }

    private BasinMap shownMap(String surfaceId) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownMapNow() != null
                && shownMapNow().surface().id().equals(surfaceId));
        return shownMapNow();
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

    @Test
    void withMarkedWordsEveryStringOfBothViewsComesFromTheBundlesInKorean() throws Exception {
        surface("rosenbrock");
        robot.interact(() -> {
            Words.markForTesting(true);
            Words.setLanguage(Language.KOREAN);
            model.layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE);
            model.insightProperty().set(model.insightProperty().get().withViews(false, false, true, true)
                    .withBasins(40, List.of(OptimizerRegistry.find("gd").orElseThrow(),
                            OptimizerRegistry.find("adam").orElseThrow())));
        });
        try {
            sweepDrawn();
            var strings = new ArrayList<String>();
            robot.interact(() -> {
                collect(sweep(), strings);
                tab.insightViews().viewBarItems().forEach(n -> collect(n, strings));
                strings.addAll(sweep().charts().texts());
            });
            var shown = strings.stream().filter(t -> t != null && !t.isEmpty()).toList();
            var typed = shown.stream().filter(InsightViewsUiTest::typedInCode).toList();
            assertTrue(typed.isEmpty(), "typed in code, or missing from the bundles: " + typed);
            for (String key : List.of("insight.sweep.check", "insight.basin.check", "insight.basin.of",
                    "insight.basin.and", "insight.basin.key.diverged", "insight.sweep.axis.lr",
                    "insight.sweep.key.rate", "insight.sweep.started", "insight.sweep.budget")) {
                String words = Words.get(key);
                assertTrue(shown.stream().anyMatch(t -> t.contains(words.substring(1, words.length() - 1))),
                        key + " not found in " + shown);
            }
            assertTrue(shown.stream().anyMatch(t -> t.contains("학습률")), shown.toString());
        } finally {
            robot.interact(() -> {
                Words.markForTesting(false);
                Words.setLanguage(Language.ENGLISH);
                model.insightProperty().set(model.insightProperty().get().withViews(false, false, false, false));
            });
        }
    }

    /** A string with a letter (not Greek) outside the ⟦ ⟧ marks: typed in code, not from a bundle. */
    private static boolean typedInCode(String s) {
        String outside = s;
        for (String before = null; !outside.equals(before); ) {
            before = outside;
            outside = outside.replaceAll("⟦[^⟦⟧]*⟧", ""); // innermost marks first: names sit inside templates
        }
        return outside.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.GREEK);
    }

    /** The texts of labelled controls and their tooltips under {@code node}, and the combo boxes' shown cells. */
    private static void collect(javafx.scene.Node node, List<String> out) {
        if (node instanceof javafx.scene.control.Labeled labeled) {
            out.add(labeled.getText());
        }
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
            out.add(control.getTooltip().getText());
        }
        if (node instanceof javafx.scene.control.ComboBox<?> box) {
            collect(box.getButtonCell(), out);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, out));
        }
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
