package org.descentlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javax.imageio.ImageIO;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.io.CsvRows;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.export.PictureDialog.Action;
import org.descentlab.ui.export.PictureDialog.Choice;
import org.descentlab.ui.export.Pictures.Backdrop;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Save picture…, Copy picture, Export data… and the camera buttons, on the surface tab of the real window (headless):
 * the files are read back, their pixels and numbers checked. Files are "chosen" through the seam that stands for the
 * file chooser.
 */
@Tag("ui")
class WindowExportUiTest {

    private static DescentLabApp app;
    private static SurfaceTab tab;
    private static ExportActions exports;
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
        tab = app.window().surfaceTab();
        exports = app.window().exports();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @BeforeEach
    void onTheRosenbrockOverlay() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            tab.model().setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
            tab.model().layoutProperty().set(SurfaceTabModel.Layout.OVERLAY);
            new java.util.ArrayList<>(tab.model().copies()).forEach(tab.model()::removeCopy);
            tab.model().reset();
            app.window().showStatus(null);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        TestApp.waitFrames(3);
    }

    /** Files are chosen as {@code file}, whatever name is offered; the offered name is kept in {@code offered}. */
    private void chooseAs(Path file, String[] offered) {
        exports.useSaveTarget((owner, title, folder, name, filter) -> {
            offered[0] = name;
            return Optional.of(file);
        });
    }

    private PictureSource source(String id) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> exports.pictureSources().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id))));
    }

    private static Optional<String> done(java.util.concurrent.CompletableFuture<Optional<String>> future)
            throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Test
    void theSurfacePlotsCameraButtonSavesItAtTwiceItsSizeInPixels() throws Exception {
        Path file = dir.resolve("chosen.png");
        String[] offered = new String[1];
        chooseAs(file, offered);
        var plot = tab.overlayPlot();
        // Measured before: the status line that says the picture was saved then takes some of the window's height.
        long width = Math.round(plot.getWidth());
        long height = Math.round(plot.getHeight());
        robot.clickOn("#pictureButton-overlay");
        robot.clickOn("#pictureScale2");
        robot.clickOn("#savePictureButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().status().startsWith("Saved the picture"));
        assertEquals("rosenbrock-overlay.png", offered[0]);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(2 * width, image.getWidth());
        assertEquals(2 * height, image.getHeight());
        assertEquals("Saved the picture chosen.png (" + image.getWidth() + " × " + image.getHeight() + " pixels).",
                app.window().status());
    }

    @Test
    void aChartOnATransparentBackgroundIsClearInItsCornerAndOnWhiteIsWhite() throws Exception {
        robot.interact(() -> ((TabPane) tab.lookup("#figureTabs")).getSelectionModel().select(1));
        TestApp.waitFrames(3);
        var chart = source("loss-chart");
        assertTrue(chart.chart());
        var viewer = (ChartViewer) chart.node();
        long width = Math.round(viewer.getWidth());
        long height = Math.round(viewer.getHeight());
        Path clear = dir.resolve("clear.png");
        Path white = dir.resolve("white.png");
        assertEquals(Optional.empty(), done(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                exports.savePicture(new Choice(chart, 1, Backdrop.TRANSPARENT, Action.SAVE), clear)))));
        assertEquals(Optional.empty(), done(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                exports.savePicture(new Choice(chart, 2, Backdrop.WHITE, Action.SAVE), white)))));
        BufferedImage transparent = ImageIO.read(clear.toFile());
        BufferedImage opaque = ImageIO.read(white.toFile());
        assertEquals(0, transparent.getRGB(2, 2) >>> 24, "alpha in the corner");
        assertEquals(0xffffffff, opaque.getRGB(2, 2), "white in the corner");
        assertTrue(transparent.getColorModel().hasAlpha());
        assertEquals(List.of(width, height), List.of((long) transparent.getWidth(), (long) transparent.getHeight()));
        assertEquals(List.of(2 * width, 2 * height), List.of((long) opaque.getWidth(), (long) opaque.getHeight()));
        assertEquals(java.awt.Color.WHITE, viewer.getChart().getBackgroundPaint(), "the chart on screen stays white");
    }

    @Test
    void copyPictureFromTheMenuPutsAnImageOfThePlotsSizeOnTheClipboard() throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        var plot = tab.overlayPlot();
        long width = Math.round(plot.getWidth());
        long height = Math.round(plot.getHeight());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#pictureScale1");
        robot.clickOn("#copyPictureButton");
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard()
                .getImage()));
        assertEquals(width, Math.round(image.getWidth()));
        assertEquals(height, Math.round(image.getHeight()));
        assertTrue(app.window().status().startsWith("Copied the picture"), app.window().status());
    }

    @Test
    void aSaveIntoAReadOnlyFolderSaysWhyInBothLanguagesAndCreatesNoFile() throws Exception {
        try (var locked = new ReadOnlyFolder(dir.resolve("locked"))) {
            assumeTrue(locked.readOnly(), "no way to make a folder read-only here");
            Path file = locked.path().resolve("plot.png");
            robot.interact(() -> {
                for (int i = 0; i < 7; i++) {
                    tab.model().singleStep();
                }
            });
            var plot = source("overlay");
            var problem = done(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                    exports.savePicture(new Choice(plot, 1, Backdrop.WHITE, Action.SAVE), file))));
            assertEquals(Optional.of("The picture was not saved: the folder " + locked.path()
                    + " cannot be written to (it is read-only). Choose another folder, such as your Documents."),
                    problem);
            assertEquals(problem.get(), app.window().status());
            assertEquals(7, tab.model().clockProperty().get(), "the race is where it was");
            assertEquals(SurfaceTabModel.Layout.OVERLAY, tab.model().layoutProperty().get());
            try (var files = Files.list(locked.path())) {
                assertEquals(List.of(), files.toList(), "nothing written, not even a temporary file");
            }
            robot.interact(() -> Words.setLanguage(Language.KOREAN));
            try {
                assertTrue(app.window().status().startsWith("그림을 저장하지 못했습니다: " + locked.path()
                        + " 폴더에는 쓸 수 없습니다"), app.window().status());
            } finally {
                robot.interact(() -> Words.setLanguage(Language.ENGLISH));
            }
        }
    }

    @Test
    void aFolderChosenAsTheFileIsExplainedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pictures.png"));
        var plot = source("overlay");
        var problem = done(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                exports.savePicture(new Choice(plot, 1, Backdrop.WHITE, Action.SAVE), folder))));
        assertEquals(Optional.of("The picture was not saved: pictures.png is a folder. Choose a file name inside it."),
                problem);
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void theWholeWindowIsPicturedWithoutTheCameraButtons() throws Exception {
        var layer = exports.buttonLayers().get(0);
        robot.moveTo(tab.overlayPlot());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layer.shown("overlay"), "the pointer over the plot shows its button");
        var window = source(PictureSource.WINDOW);
        var scene = app.window().root().getScene();
        Path file = dir.resolve("window.png");
        assertEquals(Optional.empty(), done(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                exports.savePicture(new Choice(window, 2, Backdrop.WHITE, Action.SAVE), file)))));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.round(2 * scene.getWidth()), image.getWidth());
        assertEquals(Math.round(2 * scene.getHeight()), image.getHeight());
        var button = layer.buttons().get("overlay");
        assertTrue(button.isVisible() && button.getParent().isVisible(), "the buttons are back on screen");
        // The picture under the button is the plot's corner, the same as in the plot's own picture, not the button.
        var corner = button.localToScene(button.getLayoutBounds().getWidth() / 2,
                button.getLayoutBounds().getHeight() / 2);
        int rgb = image.getRGB((int) (2 * corner.getX()), (int) (2 * corner.getY()));
        var plotCorner = tab.overlayPlot().sceneToLocal(corner);
        BufferedImage plot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                PictureTaking.take(source("overlay"), 2, Backdrop.WHITE)));
        assertEquals(plot.getRGB((int) (2 * plotCorner.getX()), (int) (2 * plotCorner.getY())), rgb);
    }

    @Test
    void everyPlotOnShowHasACameraButtonShownWhileThePointerIsOverItAndSideBySideEveryPanel() throws Exception {
        var layer = exports.buttonLayers().get(0);
        assertTrue(layer.buttons().containsKey("overlay"));
        robot.moveTo("#surfaceChoice");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(layer.shown("overlay"), "hidden while the pointer is elsewhere");
        robot.moveTo(tab.overlayPlot());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layer.shown("overlay"), "shown with the pointer over the plot");
        robot.interact(() -> tab.model().layoutProperty().set(SurfaceTabModel.Layout.SIDE_BY_SIDE));
        TestApp.waitFrames(3);
        var panels = tab.model().racingSlots().stream().map(s -> "panel-" + s.key()).toList();
        assertEquals(6, panels.size());
        for (String panel : panels) {
            assertTrue(layer.buttons().containsKey(panel), panel + " in " + layer.buttons().keySet());
        }
        assertFalse(layer.buttons().containsKey("overlay"), "the overlay plot is not on show");
    }

    @Test
    void theFileMenuHasThePictureAndDataItemsWithTheirShortcuts() {
        var items = app.window().menuBar().getMenus().get(0).getItems();
        var save = items.stream().filter(i -> "savePictureItem".equals(i.getId())).findFirst().orElseThrow();
        var copy = items.stream().filter(i -> "copyPictureItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                save.getAccelerator());
        assertEquals(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                copy.getAccelerator());
    }

    @Test
    void exportDataWritesEveryStepOfEveryWalkerAndCopyWithTheWalkersOwnDoubles() throws Exception {
        var model = tab.model();
        robot.interact(() -> {
            model.addCopy(model.slot("adam"));
            for (int i = 0; i < 40; i++) {
                model.singleStep();
            }
        });
        Path file = dir.resolve("paths");
        String[] offered = new String[1];
        chooseAs(file, offered);
        robot.clickOn("File");
        robot.clickOn("Export data…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().status().startsWith("Saved paths.csv"));
        assertEquals("rosenbrock-paths.csv", offered[0]);
        var rows = CsvRows.parse(Files.readString(dir.resolve("paths.csv")));
        assertEquals(List.of("optimizer", "step", "x", "y", "loss", "grad_norm"), rows.get(0));
        var walkers = new java.util.ArrayList<java.util.Map.Entry<String, Walker>>();
        model.enabledSlots().forEach(s -> walkers.add(java.util.Map.entry(s.type().id(), s.walker())));
        walkers.add(java.util.Map.entry("adam#2", model.copies().get(0).walker()));
        int row = 1;
        for (var entry : walkers) {
            var walker = entry.getValue();
            assertEquals(walker.currentStep() + 1, walker.path().size(), "steps + 1 points");
            for (int k = 0; k < walker.path().size(); k++, row++) {
                var fields = rows.get(row);
                assertEquals(List.of(entry.getKey(), Integer.toString(k)), fields.subList(0, 2));
                assertEquals(walker.path().x(k), Double.parseDouble(fields.get(2)), 0);
                assertEquals(walker.path().y(k), Double.parseDouble(fields.get(3)), 0);
                assertEquals(walker.path().loss(k), CsvRows.number(fields.get(4)), 0);
            }
            assertEquals(walker.gradientNorm(), CsvRows.number(rows.get(row - 1).get(5)), 0,
                    "the gradient norm at the last point, as the walker measured it");
        }
        assertEquals(row, rows.size(), "nothing else");
        assertEquals("Saved paths.csv: " + (row - 1) + " rows.", app.window().status());
    }
}
