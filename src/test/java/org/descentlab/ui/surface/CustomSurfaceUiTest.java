package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The surface chooser's Custom…: a wrong formula is told at its column and changes nothing, a good one becomes the
 * surface (its heat map and its minima), and a scene carries it. Each test begins on Rosenbrock with no dialog open.
 */
@Tag("ui")
class CustomSurfaceUiTest {

    private static DescentLabApp app;
    private static SurfaceTab tab;
    private static SurfaceTabModel model;
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;

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
    void onRosenbrock() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
    }

    @AfterEach
    void noDialogLeft() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != TestApp.stage(app)).forEach(Window::hide));
    }

    @Test
    void aWrongFormulaIsToldAtItsColumnAndLeavesTheSurfaceOnShow() throws Exception {
        Surface before = model.surface();
        openDialog();
        type("x^2 + * y");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("expected a number, x, y or '(' at column 7", text("#customFormulaProblem"));
        FormulaEcho echo = robot.lookup("#customFormulaEcho").queryAs(FormulaEcho.class);
        assertTrue(echo.isVisible());
        assertEquals(7, echo.column());
        assertEquals("x^2 + ", echo.textBefore().getText(), "the marker stands under the 7th character, '*'");
        assertTrue(echo.markerX() > echo.textBefore().getLayoutBounds().getWidth(), "the arrow is past 'x^2 + '");
        assertTrue(button("#customOk").isDisabled());

        robot.type(KeyCode.ENTER); // OK is disabled: Enter changes nothing
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogShowing());
        assertEquals(6, onFx(() -> robot.lookup("#customFormula").queryAs(TextField.class).getCaretPosition()),
                "Enter put the cursor at the problem");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialogShowing(), "Esc is Cancel");
        assertSame(before, model.surface());
        assertEquals(new SurfaceChooser.Entry(before), chooser().getValue());
    }

    @Test
    void aGoodFormulaBecomesTheSurfaceWithItsHeatMapAndItsMinima() throws Exception {
        openDialog();
        type("(x-1)^2 + (y+0.5)^2");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(button("#customOk").isDisabled());
        robot.type(KeyCode.ENTER);
        FormulaSurface surface = waitForTypedSurface();
        assertFalse(dialogShowing());
        assertEquals("(x-1)^2 + (y+0.5)^2", surface.formula().text());
        assertEquals(new Bounds(-3, 3, -3, 3), surface.bounds());
        assertEquals("Custom: (x-1)^2 + (y+0.5)^2", chooser().getButtonCell().getText());
        assertEquals(0, model.clockProperty().get(), "a new race");

        var map = tab.heatMap();
        for (int[] ij : new int[][] {{0, 0}, {123, 456}, {599, 599}, {300, 41}}) {
            double x = map.grid().x(ij[0]);
            double y = map.grid().y(ij[1]);
            double expected = (x - 1) * (x - 1) + (y + 0.5) * (y + 0.5);
            assertEquals(expected, map.grid().value(ij[0], ij[1]), 1e-12 * Math.max(1, expected), x + ", " + y);
        }
        List<Minimum> minima = surface.info().minima();
        assertEquals(1, minima.size());
        assertEquals(1, minima.get(0).point().x(), 1e-6);
        assertEquals(-0.5, minima.get(0).point().y(), 1e-6);
        assertTrue(minima.get(0).global());
        // The star marks it on the plot: white on the heat map's darkest colour there.
        TestApp.waitFrames(2);
        Color at = onFx(() -> {
            var plot = tab.overlayPlot();
            var pixel = plot.toPixel(1, -0.5);
            WritableImage image = plot.snapshot(null, null);
            return image.getPixelReader().getColor((int) Math.round(pixel.getX()), (int) Math.round(pixel.getY()));
        });
        assertTrue(at.getBrightness() > 0.9 && at.getSaturation() < 0.1, "a white star at (1, -0.5): " + at);
    }

    @Test
    void customAgainOpensWithTheFormulaOnShowAndBadBoundsAreTold() throws Exception {
        var typed = new FormulaSurface(org.descentlab.core.formula.Formula.parse("abs(x) + y^2"),
                new Bounds(-2, 4, -1, 1), List.of(new Point(0, 0)));
        robot.interact(() -> model.setSurface(typed));
        openDialog();
        assertEquals("abs(x) + y^2", field("#customFormula").getText());
        assertEquals(List.of("-2", "4", "-1", "1"), List.of(field("#customXMin").getText(),
                field("#customXMax").getText(), field("#customYMin").getText(), field("#customYMax").getText()));
        assertEquals("0, 0", field("#customMinima").getText());
        assertFalse(button("#customOk").isDisabled());

        robot.doubleClickOn("#customXMax").eraseText(3).write("-5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Plot bounds: x must run from a smaller number to a larger one (got -2 to -5)",
                text("#customBoundsProblem"));
        assertTrue(button("#customOk").isDisabled());
        robot.doubleClickOn("#customXMax").eraseText(3).write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Plot bounds: 'abc' is not a number (examples: -3, 2.5, 1e3)", text("#customBoundsProblem"));
        robot.doubleClickOn("#customXMax").eraseText(3).write("4");
        robot.doubleClickOn("#customMinima").eraseText(5).write("9, 9");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#customBoundsProblem").queryAs(Label.class).isVisible());
        assertEquals("the known minimum (9, 9) lies outside the plot bounds", text("#customMinimaProblem"));
        assertTrue(button("#customOk").isDisabled());
        robot.clickOn("#customCancel");
        assertSame(typed, model.surface());
    }

    @Test
    void aSurfaceNowhereFiniteIsRefusedInTheDialogAndTheOldOneStays() throws Exception {
        Surface before = model.surface();
        openDialog();
        type("log(-1 - x^2)");
        robot.clickOn("#customOk");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#customFormulaProblem").startsWith(
                "f(x, y) has no finite value anywhere"));
        assertTrue(dialogShowing());
        assertSame(before, model.surface());
    }

    @Test
    void aSavedSceneAppliesTheSameCustomSurfaceBack() throws Exception {
        var typed = new FormulaSurface(org.descentlab.core.formula.Formula.parse("sin(x)*cos(y) + 0.1*(x^2+y^2)"),
                new Bounds(-4, 4, -3, 3), List.of());
        robot.interact(() -> model.setSurface(typed));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface() == typed);
        var saved = onFx(model::scene);
        Path file = dir.resolve("custom.dlab.json");
        assertEquals(Optional.empty(), onFx(() -> app.window().saveScene(file)));
        robot.interact(() -> model.setSurface(SurfaceRegistry.find("bowl").orElseThrow()));
        assertEquals(Optional.empty(), onFx(() -> app.window().openScene(file)));
        assertEquals(typed, model.surface());
        assertEquals(typed.info(), model.surface().info(), "the same minima found again");
        assertEquals(saved, onFx(model::scene));
        assertEquals(new SurfaceChooser.Entry(typed), chooser().getValue());
        assertTrue(chooser().getButtonCell().getText().startsWith("Custom: sin(x)*cos(y) + 0.1*("),
                chooser().getButtonCell().getText());
        // The surface read back is an equal copy: the plot draws its heat map (computed before), not "drawing…".
        TestApp.waitFrames(3);
        assertSame(model.surface(), tab.heatMap().surface());
        assertFalse(onFx(() -> tab.overlayPlot().drawnWords()).contains(Words.get("surfaces.plot.drawing")));
    }

    private void openDialog() throws Exception {
        openCustom(robot);
    }

    /**
     * Opens the chooser's list and clicks Custom…, then waits for the dialog. The list is opened as a click would
     * open it, again until its Custom… row shows: headless, on a busy machine, a click on the chooser was sometimes
     * lost, and the chooser sometimes said it was showing its list with no list on screen.
     */
    static void openCustom(FxRobot robot) throws Exception {
        String custom = Words.get("formula.custom");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                var box = robot.lookup("#surfaceChoice").queryComboBox();
                box.hide(); // headless, the chooser sometimes said "showing" with no list on screen
                box.show();
                if (box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                        && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
                    list.scrollTo(list.getItems().size() - 1);
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup(custom).tryQuery().filter(javafx.scene.Node::isVisible).isPresent();
        });
        robot.clickOn(custom);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#customSurfaceDialog").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types {@code formula} into the emptied formula field, over [−3, 3]² with no minima given (the dialog opens with
     * the last typed surface's).
     */
    private void type(String formula) {
        robot.interact(() -> {
            field("#customFormula").clear();
            List.of("#customXMin", "#customYMin").forEach(id -> field(id).setText("-3"));
            List.of("#customXMax", "#customYMax").forEach(id -> field(id).setText("3"));
            field("#customMinima").clear();
        });
        robot.clickOn("#customFormula").write(formula);
    }

    private boolean dialogShowing() {
        return robot.lookup("#customSurfaceDialog").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    private FormulaSurface waitForTypedSurface() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surface() instanceof FormulaSurface);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.heatMap() != null
                && tab.heatMap().surface().equals(model.surface()));
        return assertInstanceOf(FormulaSurface.class, model.surface());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<SurfaceChooser.Entry> chooser() {
        return robot.lookup("#surfaceChoice").queryAs(ComboBox.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private Button button(String id) {
        return robot.lookup(id).queryButton();
    }

    private static <T> T onFx(Callable<T> action) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }
}
