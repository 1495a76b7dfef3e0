package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.Reveal;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.UpdateRuleView;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The surface tab's wiring, clicked and typed through headless (Monocle). The window is started once for the class;
 * each test begins from the tab as it opens: Rosenbrock, the default optimizers, overlay, step 0.
 */
@Tag("ui")
class SurfaceTabUiTest {

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
            tab.useHeatMapMaker(SurfaceTabUiTest::heatMap);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
            model.slots().forEach(s -> s.enabledProperty().set(
                    SurfaceTabModel.ENABLED_AT_START.contains(s.type().id())));
            new java.util.ArrayList<>(model.copies()).forEach(model::removeCopy);
            model.reset();
            tab.requestFocus(); // out of any field a test typed in, so the tab's keys reach it
        });
        if (model.layoutProperty().get() != SurfaceTabModel.Layout.OVERLAY) {
            robot.clickOn("#overlayToggle");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
    }

    private static HeatMap heatMap(Surface surface) {
        return HeatMap.compute(surface, SurfaceTab.HEAT_MAP_SIZE, SurfaceTab.HEAT_MAP_SIZE);
    }

    @Test
    void choosingASurfaceChangesTheHeatMap() throws Exception {
        var before = tab.heatMap();
        ComboBox<Surface> choice = robot.lookup("#surfaceChoice").queryComboBox();
        robot.clickOn(choice);
        robot.clickOn(Names.surface(SurfaceRegistry.find("himmelblau").orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != before && tab.heatMap() != null);
        assertEquals("himmelblau", tab.heatMap().surface().id());
        assertEquals("himmelblau", model.surface().id());
        assertNotEquals(before.linearPixels()[0], tab.heatMap().linearPixels()[0]);
        assertEquals(Names.surfaceDescription(model.surface()),
                robot.lookup("#surfaceDescription").queryAs(Label.class).getText());
    }

    @Test
    void playAdvancesTheStepCounterAndPauseStopsIt() throws Exception {
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.clockProperty().get() >= 5);
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        int paused = model.clockProperty().get();
        assertTrue(paused > 0, "the counter moved while playing");
        assertEquals("Step " + paused + " of 1000", robot.lookup("#stepCounter").queryAs(Label.class).getText());
        TestApp.waitFrames(20);
        assertEquals(paused, model.clockProperty().get(), "nothing moves after Pause");
    }

    @Test
    void aSingleStepAdvancesEveryEnabledWalkerByExactlyOne() {
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitForFxEvents();
        model.enabledSlots().forEach(s -> assertEquals(1, s.walker().currentStep(), s.type().id()));
    }

    @Test
    void theLearningRateFieldAcceptsThreeEMinusFourAndRefusesAbcAndMinusOne() {
        var gd = model.slot("gd");
        robot.doubleClickOn(Reveal.reveal(robot, "#gd-lr-field")).eraseText(12).write("3e-4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3e-4, gd.valuesProperty().get().get("lr"), 0);
        assertEquals(3e-4, gd.walker().optimizer().hyperparameters().get("lr"), 0);
        Label error = robot.lookup("#gd-lr-error").queryAs(Label.class);
        assertFalse(error.isVisible());

        for (String bad : new String[] {"abc", "-1"}) {
            robot.doubleClickOn(Reveal.reveal(robot, "#gd-lr-field")).eraseText(12).write(bad).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(error.isVisible(), "a message is shown for " + bad);
            assertTrue(error.getText().startsWith("Learning rate"), error.getText());
            assertEquals(3e-4, gd.valuesProperty().get().get("lr"), 0, "the old value stays");
            assertEquals("3e-04", robot.lookup("#gd-lr-field").queryAs(TextField.class).getText());
        }
    }

    @Test
    void clickingTheSurfaceMovesTheStartPointThere() {
        var plot = tab.overlayPlot();
        var pixel = plot.toPixel(0.5, -0.25);
        robot.clickOn(plot.localToScreen(pixel));
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = model.surface().info().bounds();
        double pixelWidth = bounds.width() / (plot.toPixel(bounds.xMax(), 0).getX() - plot.toPixel(bounds.xMin(), 0)
                .getX());
        assertEquals(0.5, model.startProperty().get().x(), pixelWidth);
        assertEquals(-0.25, model.startProperty().get().y(), pixelWidth);
        model.enabledSlots().forEach(s -> assertEquals(model.startProperty().get(), s.walker().position()));
    }

    @Test
    void learningRateTenOnRosenbrockShowsGradientDescentDivergedInRed() {
        assertEquals("rosenbrock", model.surface().id());
        robot.doubleClickOn(Reveal.reveal(robot, "#gd-lr-field")).eraseText(12).write("10").type(KeyCode.ENTER);
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#stepButton");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.slot("gd").walker().status().diverged());
        assertTrue(tab.statusTable().statusOf("gd").startsWith("diverged at step"));
        var redCell = robot.lookup(".status-diverged").queryLabeled();
        assertTrue(redCell.getText().startsWith("diverged at step"), redCell.getText());
    }

    @Test
    void aRestartedPathIsChartedFromItsStartEvenWhenItGrewPastTheOldOne() {
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                model.singleStep();
            }
            tab.refreshFigures();
            model.setStart(new org.descentlab.core.surface.Point(0.5, 0.5));
            for (int i = 0; i < 30; i++) {
                model.singleStep();
            }
            tab.refreshFigures();
        });
        assertEquals(31, tab.charts().pointCount(0), "steps 0 to 30 of the new path, nothing of the old one");
    }

    @Test
    void theSideBySideLayoutShowsOnePanelPerEnabledOptimizer() {
        robot.clickOn("#sideBySideToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, tab.panelPlots().size());
        assertEquals(6, robot.lookup(node -> node.getId() != null && node.getId().startsWith("panel-")).queryAll()
                .size());
        robot.interact(() -> model.slot("adamw").enabledProperty().set(true));
        assertEquals(7, tab.panelPlots().size());
        robot.clickOn("#overlayToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tab.overlayPlot().getScene() != null);
    }

    @Test
    void keyboardShortcutsPlayStepAndReset() {
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.clockProperty().get());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.playingProperty().get());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.playingProperty().get());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.clockProperty().get());
    }

    @Test
    void aHeatMapThatCannotBeComputedSaysWhyInsteadOfLeavingThePlotBlank() throws Exception {
        robot.interact(() -> tab.useHeatMapMaker(surface -> {
            throw new IllegalStateException("injected failure");
        }));
        var beale = SurfaceRegistry.find("beale").orElseThrow();
        robot.interact(() -> model.setSurface(beale));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMapProblem().isVisible());
        String message = robot.lookup("#surfaceProblem").queryAs(Label.class).getText();
        assertTrue(message.startsWith("The surface could not be drawn (injected failure)"), message);
        assertEquals("The surface could not be drawn", tab.overlayPlot().problem());
        assertEquals(null, tab.heatMap());

        robot.interact(() -> model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow()));
        assertFalse(tab.heatMapProblem().isVisible(), "another surface clears the message");
        robot.interact(() -> {
            tab.useHeatMapMaker(SurfaceTabUiTest::heatMap);
            model.setSurface(beale);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        assertEquals("beale", tab.heatMap().surface().id());
        assertFalse(tab.heatMapProblem().isVisible());
        assertEquals(null, tab.overlayPlot().problem());
    }

    @Test
    void afterPauseTheTableTheChartsAndTheCounterShowTheClocksStep() throws Exception {
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.clockProperty().get() >= 30);
        robot.clickOn("#playButton");
        TestApp.waitFrames(2);
        int clock = model.clockProperty().get();
        assertEquals(Integer.toString(clock), tab.statusTable().shownText("gd", "stepColumn"));
        assertEquals(clock, tab.charts().lastStep(0));
        assertEquals("Step " + clock + " of 1000", robot.lookup("#stepCounter").queryAs(Label.class).getText());
    }

    @Test
    void whilePlayingEveryFrameShowsOneStepInTheTableTheChartsAndTheCounter() throws Exception {
        robot.interact(() -> model.stepsPerSecondProperty().set(1000));
        robot.clickOn("#playButton");
        try {
            for (int look = 0; look < 10; look++) {
                TestApp.waitFrames(1);
                // Between two frames, as the screen shows them.
                int[] seen = new int[3];
                robot.interact(() -> {
                    seen[0] = model.clockProperty().get();
                    seen[1] = Integer.parseInt(tab.statusTable().shownText("gd", "stepColumn"));
                    seen[2] = tab.charts().lastStep(0);
                });
                assertEquals(seen[0], seen[1], "table at look " + look);
                assertEquals(seen[0], seen[2], "chart at look " + look);
            }
        } finally {
            robot.interact(() -> {
                model.playingProperty().set(false);
                model.stepsPerSecondProperty().set(100);
            });
        }
    }

    @Test
    void theFrameLoopStopsOnceAPausedRaceIsDrawnAndWakesForAChange() throws Exception {
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.clockProperty().get() >= 5);
        assertTrue(tab.animating());
        robot.clickOn("#playButton");
        TestApp.waitFrames(2);
        assertFalse(tab.animating(), "paused and drawn: no frame loop");
        robot.interact(() -> {
            model.setStart(new org.descentlab.core.surface.Point(0.5, 0.5));
            assertTrue(tab.animating(), "a new start must be drawn");
        });
        TestApp.waitFrames(2);
        assertFalse(tab.animating());
    }

    @Test
    void theSecondaryButtonOpensAMenuInsteadOfMovingTheStart() throws Exception {
        var plot = tab.overlayPlot();
        var before = model.startProperty().get();
        robot.rightClickOn(plot.localToScreen(plot.toPixel(0.5, -0.25)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.startProperty().get(), "the secondary button leaves the start");
        assertTrue(plot.menu().isShowing());
        robot.clickOn("Set start here");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, model.startProperty().get().x(), 0.02);
        assertEquals(-0.25, model.startProperty().get().y(), 0.02);
    }

    @Test
    void theMenusRestartRaceSendsEveryWalkerBackToTheStart() {
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                model.singleStep();
            }
        });
        var plot = tab.overlayPlot();
        robot.rightClickOn(plot.localToScreen(plot.toPixel(0, 0)));
        robot.clickOn("Restart race");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.clockProperty().get());
    }

    @Test
    void theLegendStandsOutsideThePlotAndAClickOnItLeavesTheStart() {
        robot.interact(() -> model.slots().forEach(s -> s.enabledProperty().set(true)));
        WaitForAsyncUtils.waitForFxEvents();
        var plot = tab.overlayPlot();
        var legend = plot.legend();
        assertTrue(legend.isVisible());
        var frame = plot.geometry().frame();
        var frameBox = new javafx.geometry.BoundingBox(frame.left(), frame.top(), frame.width(), frame.height());
        assertFalse(legend.getBoundsInParent().intersects(frameBox), legend.getBoundsInParent() + " " + frameBox);
        assertEquals(13, legend.texts().size(), "11 optimizers, the start and the global minimum");
        var before = model.startProperty().get();
        robot.clickOn(legend.item(Names.optimizer(model.slot("nadam").type())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.startProperty().get());
    }

    @Test
    void theReadoutFollowsADragAndStaysAbovePlot() {
        var plot = tab.overlayPlot();
        robot.moveTo(plot.localToScreen(plot.toPixel(-1, 0)));
        robot.press(javafx.scene.input.MouseButton.PRIMARY);
        try {
            robot.moveTo(plot.localToScreen(plot.toPixel(0.5, 2)));
            WaitForAsyncUtils.waitForFxEvents();
            String text = plot.readout().getText();
            assertTrue(text.startsWith("x = 0.5") || text.startsWith("x = 0.4"), text);
            assertTrue(text.contains("y = 2.0") || text.contains("y = 1.9"), text);
        } finally {
            robot.release(javafx.scene.input.MouseButton.PRIMARY);
        }
        var frame = plot.geometry().frame();
        assertTrue(plot.readout().getBoundsInParent().getMaxY() <= frame.top(), "the read-out hides no point");
    }

    @Test
    void playAndPauseAreWordsWithDrawnIconsNotGlyphs() {
        var play = robot.lookup("#playButton").queryButton();
        assertEquals("Play", play.getText());
        assertTrue(play.getGraphic() instanceof javafx.scene.shape.Shape);
        robot.clickOn(play);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pause", play.getText());
        assertTrue(play.getGraphic() instanceof javafx.scene.shape.Shape);
        robot.clickOn(play);
        for (String id : new String[] {"#stepButton", "#resetButton"}) {
            assertTrue(robot.lookup(id).queryButton().getText().matches("[A-Za-z ]+"), id);
        }
    }

    @Test
    void onRastriginTheDistanceChartMeasuresToTheDimpleAPathIsIn() throws Exception {
        robot.interact(() -> model.setSurface(SurfaceRegistry.find("rastrigin").orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
        robot.interact(() -> {
            model.race().advance(600);
            tab.refreshFigures();
        });
        // Plain descent settles in the dimple by (2, 3): 3.6 from the global minimum, next to a local one.
        assertTrue(tab.charts().lastDistance(0) < 0.01, "distance " + tab.charts().lastDistance(0));
    }

    @Test
    void thePlusButtonRacesACopyWithARowOfItsOwnAndItsCrossTakesItOut() {
        double rate = model.slot("gd").valuesProperty().get().get("lr");
        robot.clickOn(Reveal.reveal(robot, "#gd-addCopy"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.copies().size());
        var copy = model.copies().get(0);
        assertEquals(7, model.race().walkers().size());
        String field = "#" + copy.key() + "-lr-field";
        robot.doubleClickOn(Reveal.reveal(robot, field)).eraseText(12).write("5e-4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5e-4, copy.walker().optimizer().hyperparameters().get("lr"), 0);
        assertEquals(rate, model.slot("gd").valuesProperty().get().get("lr"), 0,
                "the optimizer's own rate stays");
        String name = Names.optimizer(copy.type()) + " γ=5e-04";
        assertEquals(name, robot.lookup("#" + copy.key() + "-name").queryAs(Label.class).getText());
        robot.interact(() -> {
            tab.redrawRace();
            tab.refreshFigures();
        });
        assertTrue(tab.overlayPlot().legend().texts().contains(name), tab.overlayPlot().legend().texts().toString());
        assertEquals(name, tab.statusTable().shownText(copy.key(), "optimizerColumn"));

        robot.clickOn(Reveal.reveal(robot, "#" + copy.key() + "-remove"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.copies().isEmpty());
        assertEquals(6, model.race().walkers().size());
        assertTrue(robot.lookup(field).tryQuery().isEmpty(), "its row is gone");
    }

    @Test
    void aSceneWithCopiesOpensWithTheirRowsAndIsSavedWithThem() {
        var gd = model.slot("gd").type();
        var scene = model.scene().withCopies(java.util.List.of(
                new org.descentlab.core.scene.OptimizerCopy(gd, gd.defaults().with("lr", 2e-4)),
                new org.descentlab.core.scene.OptimizerCopy(gd, gd.defaults().with("lr", 1e-3),
                        new org.descentlab.core.surface.Point(-1, 2))));
        robot.interact(() -> tab.prepare(org.descentlab.core.scene.Scene.EMPTY.with(scene), null).run());
        WaitForAsyncUtils.waitForFxEvents();
        var copies = model.copies();
        assertEquals(2, copies.size());
        assertEquals("2e-04", robot.lookup("#" + copies.get(0).key() + "-lr-field").queryAs(TextField.class)
                .getText());
        assertEquals(new org.descentlab.core.surface.Point(-1, 2), model.race().startOf(copies.get(1).walker()));
        assertEquals(scene, tab.saveInto(org.descentlab.core.scene.Scene.EMPTY.with(scene)).surfaces());
    }

    @Test
    void theUpdateRuleIsTheLastClickedOrEditedOptimizersWithItsValuesNow() {
        robot.interact(() -> tab.optimizerList().selectFirst());
        var gd = model.slot("gd");
        assertEquals(Words.format("teach.rule.heading", Names.optimizer(gd.type())), tab.rulePanel().getText());
        assertEquals(UpdateRuleView.valuesLatex(gd.type(), gd.valuesProperty().get()), shownValues());

        var adam = model.slot("adam");
        robot.clickOn(inTab("#adam-enabled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Words.format("teach.rule.heading", Names.optimizer(adam.type())), tab.rulePanel().getText());
        robot.doubleClickOn(inTab("#adam-lr-field")).eraseText(12).write("0.0123").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.0123, adam.valuesProperty().get().get("lr"), 0);
        assertEquals(UpdateRuleView.valuesLatex(adam.type(), adam.valuesProperty().get()), shownValues());
        assertTrue(shownValues().contains("0.0123"), shownValues());

        robot.doubleClickOn(inTab("#gd-lr-field")).eraseText(12).write("0.002").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Words.format("teach.rule.heading", Names.optimizer(gd.type())), tab.rulePanel().getText(),
                "an edit chooses the row too");
    }

    /**
     * The node of this tab with {@code query} (the network tab has forms with the same ids), scrolled into sight in
     * the optimizer list.
     */
    private javafx.scene.Node inTab(String query) {
        var node = tab.lookup(query);
        robot.interact(() -> {
            var list = (javafx.scene.control.ScrollPane) tab.lookup("#optimizerList");
            var content = list.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double hidden = content.getBoundsInLocal().getHeight() - list.getViewportBounds().getHeight();
            list.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / hidden)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** The LaTeX of the values line under the rule on show. */
    private static String shownValues() {
        var formulas = tab.rulePanel().view().lookupAll(".formula").stream().toList();
        return (String) formulas.get(formulas.size() - 1).getUserData();
    }
}
