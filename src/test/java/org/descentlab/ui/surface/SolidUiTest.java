package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
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
 * The 3D toggle's wiring, headless (Monocle, software rendering: no 3D). There the toggle must be disabled with a
 * tooltip that says why, and the flat plot stay. The rest of the wiring is checked with 3D assumed (the view is built
 * and laid out as on a desktop; nothing 3D is drawn): the view replaces the plot and gives it back, follows the
 * surface, the colour scale, the layout and the race, and turns, zooms and resets. Each test begins on Rosenbrock with
 * the default optimizers, overlaid, at step 0, in English, 3D off and as the platform says.
 */
@Tag("ui")
class SolidUiTest {

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
            tab.useHeatMapMaker(s -> HeatMap.compute(s, 200, 200));
            model.setSurface(surface("rosenbrock"));
            model.layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            model.slots().forEach(s -> s.enabledProperty().set(
                    SurfaceTabModel.ENABLED_AT_START.contains(s.type().id())));
            model.reset();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == model.surface());
    }

    @AfterEach
    void asThePlatformSays() {
        robot.interact(() -> {
            tab.solid().toggle().setSelected(false);
            tab.solid().setSupported(Platform.isSupported(ConditionalFeature.SCENE3D));
            Words.setLanguage(Language.ENGLISH);
            Presentation.reset();
        });
    }

    private static Surface surface(String id) {
        return SurfaceRegistry.find(id).orElseThrow();
    }

    /** Says 3D can be drawn and switches it on with the toggle. */
    private void switchOnAssuming3D() throws Exception {
        robot.interact(() -> tab.solid().setSupported(true));
        robot.clickOn("#solidToggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> centreHolds(tab.solid().madeView()));
        TestApp.waitFrames(2);
    }

    private static boolean centreHolds(javafx.scene.Node node) {
        return node != null && node.getParent() != null && "surfaceCentre".equals(node.getParent().getId());
    }

    @Test
    void headlessTheToggleIsDisabledAndItsTooltipSaysSoInBothLanguages() {
        assertFalse(Platform.isSupported(ConditionalFeature.SCENE3D), "Monocle's software rendering draws no 3D");
        var toggle = robot.lookup("#solidToggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(toggle.isDisabled());
        assertEquals(Words.get("solid.toggle.unsupported"), tab.solid().tooltip().getText());
        assertTrue(tab.solid().tooltip().getText().startsWith("3D cannot be drawn"));
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        assertEquals(Words.get("solid.toggle.unsupported"), tab.solid().tooltip().getText());
        assertTrue(tab.solid().tooltip().getText().contains("3D를 그릴 수 없습니다"));
        assertEquals("3D 보기", toggle.getText());
    }

    @Test
    void headlessHoveringTheDisabledToggleShowsWhy() throws Exception {
        robot.moveTo("#overlayPlot"); // from elsewhere: a pointer already there (after a click) moves no more
        robot.moveTo("#solidToggleHolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tab.solid().tooltip().isShowing());
        robot.moveTo("#overlayPlot");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tab.solid().tooltip().isShowing());
    }

    @Test
    void headlessClickingTheToggleKeepsTheFlatPlot() {
        robot.clickOn("#solidToggleHolder");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tab.solid().shown());
        assertTrue(centreHolds(tab.overlayPlot()));
        assertTrue(tab.overlayPlot().isVisible());
        assertFalse(centreHolds(tab.solid().madeView()));
    }

    @Test
    void theViewTakesThePlotsPlaceWithTheSurfacesMeshAndGivesItBack() throws Exception {
        switchOnAssuming3D();
        var view = tab.solid().madeView();
        assertFalse(centreHolds(tab.overlayPlot()));
        assertEquals(SolidView.MESH_SIZE * SolidView.MESH_SIZE, view.meshVertexCount());
        var bounds = model.surface().info().bounds();
        assertEquals(model.surface().value(bounds.xMin(), bounds.yMin()), view.mesh().value(0, 0), 1e-12);
        robot.clickOn("#solidToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(centreHolds(tab.overlayPlot()));
        assertFalse(centreHolds(view));
    }

    @Test
    void anotherSurfaceOrColourScaleMakesTheMeshAgain() throws Exception {
        switchOnAssuming3D();
        var view = tab.solid().madeView();
        robot.interact(() -> model.setSurface(surface("himmelblau"))); // opens with log colours
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.mesh() != null
                && view.mesh().bounds().equals(surface("himmelblau").info().bounds()));
        assertEquals(surface("himmelblau").value(-5, -5), view.mesh().value(0, 0), 1e-12);
        assertTrue(view.mesh().colours().log());
        assertTrue(view.mesh().height().log());
        assertTrue(view.shownWords().contains(Words.get("solid.height.log")));
        robot.clickOn("#logScaleCheck");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.mesh().colours().log());
        assertFalse(view.mesh().height().log(), "Himmelblau is not tall: its height is f");
        assertTrue(view.shownWords().contains("Height: f"));
    }

    @Test
    void sideBySideThe3DViewShowsEveryRacerOnOneSurfaceAndThePanelsComeBack() throws Exception {
        robot.clickOn("#sideBySideToggle");
        switchOnAssuming3D();
        var view = tab.solid().madeView();
        assertEquals(model.racingSlots().size(), view.race().headPoints().size());
        robot.clickOn("#solidToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tab.panelPlots().isEmpty());
        assertTrue(centreHolds(tab.panelPlots().get(0).getParent().getParent()));
    }

    @Test
    void theRaceWalksOnTheSurfaceStepByStep() throws Exception {
        switchOnAssuming3D();
        var view = tab.solid().madeView();
        robot.interact(() -> {
            for (int i = 0; i < 25; i++) {
                model.singleStep();
            }
        });
        var gd = model.slot("gd");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.race().stepsBuilt(gd.walker()) == 25);
        var p = gd.walker().position();
        double r = SolidRace.HEAD_RADIUS;
        assertArrayEquals(view.mesh().onMesh(p.x(), p.y(), 0.6 * r), view.race().headPoints().get("gd"), 1e-9);
        // The head lies on the mesh, raised by part of its radius.
        assertEquals(view.mesh().meshY(p.x(), p.y()) - 0.6 * r, view.race().headPoints().get("gd")[1], 1e-9);
    }

    @Test
    void aDragTurnsTheWheelZoomsAndADoubleClickGoesBackToTheFirstView() throws Exception {
        switchOnAssuming3D();
        var view = tab.solid().madeView();
        Point2D middle = view.localToScreen(view.getWidth() / 2, view.getHeight() / 2);
        robot.drag(middle, MouseButton.PRIMARY).dropBy(60, 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(SolidOrbit.START.azimuth(), view.orbit().azimuth(), 1);
        assertTrue(view.orbit().elevation() > SolidOrbit.START.elevation());
        double before = view.orbit().distance();
        robot.moveTo(middle).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, view.orbit().distance(), 1e-9);
        robot.doubleClickOn(middle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SolidOrbit.START, view.orbit());
    }

    @Test
    void classroomModeDrawsLargerHeadsAndWords() throws Exception {
        switchOnAssuming3D();
        var view = tab.solid().madeView();
        assertEquals(SolidRace.HEAD_RADIUS, view.race().headRadius("gd"), 1e-9);
        robot.interact(() -> Presentation.classroomProperty().set(true));
        TestApp.waitFrames(2);
        assertEquals(1.5 * SolidRace.HEAD_RADIUS, view.race().headRadius("gd"), 1e-9);
        assertTrue(view.legendBox().getStyle().contains("-fx-font-size: 19.5px"), view.legendBox().getStyle());
        assertSame(view, tab.solid().madeView());
    }
}
