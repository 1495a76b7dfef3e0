package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.AppTab;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.ColumnFold;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.widgets.Shortcuts;
import org.descentlab.ui.words.Words;

/**
 * The surface tab: controls on the left (they fold away), the race in the middle (one plot, or one panel per
 * optimizer), and the status table and charts. In a wide window the table sits under the plot and the charts in a
 * column on the right; in a narrower one (a 1024 × 768 projector) they share tabs under the plot, so that the plot
 * stays the largest thing on screen.
 *
 * <p>An {@link AnimationTimer} runs only while something moves or waits to be drawn: each frame it advances the race
 * by the steps due, then redraws the paths, the panel titles, the table and the charts together, so that all of them
 * show the same step: the newest, or the one chosen on the timeline under the plot ({@link TimelineScrubber}). Heat
 * maps are computed as {@link BackgroundWork}, once per surface; one that cannot be computed is said so above the plot.
 */
public final class SurfaceTab extends BorderPane implements AppTab {

    /** How the tab is laid out at its current size. */
    enum Arrangement {
        /** Table under the plot, charts in a column on the right. */
        WIDE,
        /** Table and charts in tabs under the plot. */
        COMPACT
    }

    /** Resolution of the heat map grid (the image is scaled to the plot). */
    public static final int HEAT_MAP_SIZE = 600;

    /**
     * Starts computing the heat map of the surface the tab opens on, on a second core while the app starts, so that
     * the window's first frame with content can show it (the app calls this before JavaFX starts).
     */
    public static void prepareTheFirstHeatMap() {
        PlotHeatMaps.prepare(SurfaceRegistry.find(SurfacesScene.FIRST_SURFACE).orElseThrow(), HEAT_MAP_SIZE);
    }
    /**
     * Narrower or lower than this, the table and charts move into tabs under the plot: three columns then leave the
     * plot less room than the tabs do (at 1280 × 720 the plot would shrink to 270 pixels with eleven optimizers).
     */
    static final double WIDE_FROM_WIDTH = 1400;
    static final double WIDE_FROM_HEIGHT = 780;


    private final SurfaceTabModel model;
    private final SurfacePlot overlay;
    private final StackPane centre = new StackPane();
    private final StatusTable table;
    private final RaceCharts charts;
    private final ControlsColumn controlsColumn;
    private final ToggleButton controlsToggle = new ToggleButton();
    /**
     * Below this many pixels beside the controls column, the column folds away by itself (in classroom mode with the
     * lesson open, a 1024 × 768 projector left the plot 100 pixels tall, a 1280 × 720 one 250); Play and the step
     * counter stay above the plot, and the Controls button brings the column back.
     */
    private static final double PLOT_ROOM_MIN = 600;
    private final ColumnFold fold;
    private final HBox foldedPlayback;
    private final TimelineScrubber timeline;
    private final VBox middle = new VBox(6);
    private final FlowPane viewBar;
    private final TabPane figureTabs = new TabPane();
    private final Tab statusTab = new Tab();
    private final Tab lossTab = new Tab();
    private final Tab distanceTab = new Tab();
    private final PlotHeatMaps heatMaps = new PlotHeatMaps(HEAT_MAP_SIZE, this::showHeatMap, this::showNoHeatMap);
    private final ProblemLabel heatMapProblem = heatMaps.problemLabel();
    private final SurfaceControls controls;
    private final RulePanel rulePanel;
    /** The sweep and the basin maps (issue 13). */
    private final InsightViews insightViews;
    /** The 3D toggle and view (issue 17). */
    private final SolidSwitch solid;
    /** Makes again, after a change of language, the words made from the state (registered once, until dispose). */
    private final Runnable refreshWords = this::refreshWords;
    /** Draws everything again when classroom mode or high contrast is switched (removed on dispose). */
    private final Runnable presentationChanged = this::presentationChanged;
    private final AnimationTimer timer;
    private PanelGrid panels;
    private Arrangement arrangement;
    private boolean dirty = true;
    private boolean animating;
    private boolean disposed;

    public SurfaceTab(SurfaceTabModel model) {
        this.model = model;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        setId("surfaceTabContent");
        overlay = new SurfacePlot(model, model::racingSlots, false);
        overlay.setId("overlayPlot");
        table = new StatusTable(model);
        charts = new RaceCharts(model);
        charts.setPrefWidth(390);
        charts.setMinWidth(280);
        charts.setPadding(new Insets(6));

        controls = new SurfaceControls(model);
        controlsColumn = new ControlsColumn(controls);
        rulePanel = controlsColumn.rule();

        controlsToggle.setId("controlsToggle");
        controlsToggle.setSelected(true);
        controlsToggle.setFocusTraversable(false);
        Words.bind(controlsToggle.textProperty(), "surfaces.controls");
        controlsToggle.setTooltip(SurfaceWords.tip("surfaces.controls.tip"));
        controlsToggle.graphicProperty().bind(controlsToggle.selectedProperty().map(SurfaceTab::chevron));
        controlsToggle.selectedProperty().addListener((o, was, is) -> showControls(is));
        fold = new ColumnFold(controlsToggle.selectedProperty(), PLOT_ROOM_MIN);
        foldedPlayback = controls.foldedPlayback();
        viewBar = controls.viewBar(controlsToggle);
        var insightBar = new InsightBar(model);
        viewBar.getChildren().add(insightBar.curvature());
        timeline = new TimelineScrubber(model, insightBar.ghosts());
        insightViews = new InsightViews(model, overlay, this::panelPlots);
        viewBar.getChildren().addAll(insightViews.viewBarItems());
        solid = new SolidSwitch(model);
        viewBar.getChildren().add(solid.node());
        solid.shownProperty().addListener((o, was, is) -> showLayout());

        centre.setId("surfaceCentre");
        centre.setMinSize(200, 200);
        VBox.setVgrow(centre, Priority.ALWAYS);
        middle.setPadding(new Insets(6));
        middle.setMinWidth(0);
        figureTabs.setId("figureTabs");
        figureTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        figureTabs.getTabs().addAll(statusTab, lossTab, distanceTab);
        Words.bind(statusTab.textProperty(), "surfaces.figures.status");
        Words.bind(lossTab.textProperty(), "surfaces.figures.loss");
        Words.bind(distanceTab.textProperty(), "surfaces.figures.distance");
        // A chart comes into sight up to date (charts out of sight are not redrawn): at the next frame, once its tab's
        // content is visible; updated in the listener itself, it still counted as hidden and kept its old picture.
        figureTabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> invalidate());
        figureTabs.setMinHeight(140);
        table.setMinHeight(120);
        setCenter(middle);
        showControls(true);
        arrange(0, 0);

        model.revisionProperty().addListener((o, was, is) -> invalidate());
        model.layoutProperty().addListener((o, was, is) -> showLayout());
        model.showInsidesProperty().addListener((o, was, is) -> invalidate());
        model.playingProperty().addListener((o, was, is) -> invalidate());
        model.surfaceProperty().addListener((o, was, is) -> surfaceChanged());
        for (OptimizerSlot slot : model.slots()) {
            slot.enabledProperty().addListener((o, was, is) -> racersChanged());
        }
        model.copies().addListener((javafx.collections.ListChangeListener<OptimizerSlot>) c -> racersChanged());
        showLayout();
        surfaceChanged();
        Shortcuts.install(this, Map.of(
                KeyCode.SPACE, model::togglePlaying,
                KeyCode.RIGHT, model::singleStep,
                KeyCode.R, model::reset));
        Words.onChange(refreshWords);
        Presentation.onChange(presentationChanged);
    }

    /** An optimizer was ticked or unticked, or a copy came or went: every view of the racers follows. */
    private void racersChanged() {
        table.refreshRows();
        charts.rebuild();
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.SIDE_BY_SIDE) {
            showLayout();
        }
        invalidate();
    }

    private static Node chevron(boolean open) {
        var shape = new SVGPath();
        shape.setContent(open ? "M7,0 L1,6 L7,12" : "M1,0 L7,6 L1,12");
        shape.setFill(null);
        shape.setStroke(Color.web("#1d2533"));
        shape.setStrokeWidth(2);
        return shape;
    }

    @Override
    public String id() {
        return "surfacesTab";
    }

    @Override
    public String title() {
        return Words.get("surfaces.title");
    }

    @Override
    public Node root() {
        return this;
    }

    @Override
    public Scene saveInto(Scene scene) {
        return scene.with(model.scene());
    }

    @Override
    public Runnable prepare(Scene scene, java.nio.file.Path folder) {
        var surfaces = scene.surfaces();
        return surfaces == null ? () -> { } : () -> {
            model.apply(surfaces);
            controls.optimizers().selectFirst();
        };
    }

    @Override
    public List<org.descentlab.ui.export.PictureSource> pictures() {
        return SurfaceExports.pictures(this);
    }

    @Override
    public java.util.Optional<org.descentlab.ui.export.DataSource> data() {
        return java.util.Optional.of(SurfaceExports.data(model));
    }

    /** Stops the frame loop and the heat-map thread (the window is closing). */
    @Override
    public void play() {
        if (!model.playingProperty().get()) {
            model.togglePlaying();
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        Words.removeOnChange(refreshWords);
        Presentation.removeOnChange(presentationChanged);
        timer.stop();
        animating = false;
        heatMaps.close();
        insightViews.dispose();
    }

    public SurfaceTabModel model() {
        return model;
    }

    /** The heat map on show, or {@code null} while the first one is computed. */
    public HeatMap heatMap() {
        return overlay.heatMap();
    }

    /** The big plot of the overlay layout. */
    public SurfacePlot overlayPlot() {
        return overlay;
    }

    /** The panels of the side-by-side layout, one per racer. */
    public List<SurfacePlot> panelPlots() {
        return panels == null ? List.of() : panels.panels().stream().map(PanelGrid.Panel::plot).toList();
    }

    List<PanelGrid.Panel> panels() {
        return panels == null ? List.of() : panels.panels();
    }

    StatusTable statusTable() {
        return table;
    }

    RaceCharts charts() {
        return charts;
    }

    /** The 3D toggle and view. */
    SolidSwitch solid() {
        return solid;
    }

    /** The sweep and the basin maps. */
    InsightViews insightViews() {
        return insightViews;
    }

    /** The optimizers' rows. */
    OptimizerList optimizerList() {
        return controls.optimizers();
    }

    /** The update rule of the racer chosen last. */
    RulePanel rulePanel() {
        return rulePanel;
    }

    /** Whether the frame loop is running (it stops when nothing moves and everything is drawn). */
    boolean animating() {
        return animating;
    }

    /** The timeline under the plot. */
    TimelineScrubber timeline() {
        return timeline;
    }

    /** The arrangement for the current size. */
    Arrangement arrangement() {
        return arrangement;
    }

    /** The tabs of the table and charts in a narrow window (out of sight in a wide one), for tests. */
    List<Tab> figureTabs() {
        return figureTabs.getTabs();
    }

    /**
     * After a change of language: makes again every word made from the state (the controls' computed words, the
     * table's cells, the charts' titles, the plots' drawn words, a problem) and redraws. The race is not touched: it
     * goes on, or stays paused, at the step it was at.
     */
    private void refreshWords() {
        controls.refreshWords();
        heatMaps.refreshWords();
        overlay.refreshWords();
        panelPlots().forEach(SurfacePlot::refreshWords);
        solid.refreshWords();
        table.refreshWords();
        charts.refreshWords();
        invalidate();
    }

    /**
     * Classroom mode or high contrast was switched: every canvas, the legend and the charts are drawn again at the new
     * sizes, the rule set again, and the tab laid out again (folded controls give their room back).
     */
    private void presentationChanged() {
        overlay.styleChanged();
        panelPlots().forEach(SurfacePlot::styleChanged);
        solid.styleChanged();
        charts.restyle();
        rulePanel.presentationChanged();
        // After the window has put its classroom style on (its listener may run after this one): the column is
        // measured with the fonts it will have.
        javafx.application.Platform.runLater(() -> {
            controlsColumn.setPrefWidth(columnWidth());
            requestLayout();
        });
        requestLayout();
        invalidate();
    }

    /** The controls column's width: wider in a wide window, and in classroom mode for its larger letters. */
    private double columnWidth() {
        double base = (arrangement == Arrangement.WIDE ? 310 : 285) * (Presentation.classroom() ? 1.2 : 1);
        return Presentation.classroom() ? Math.max(base, controlsColumn.neededWidth()) : base;
    }

    /** Something changed that the next frame must draw: wakes the frame loop if it sleeps. */
    private void invalidate() {
        dirty = true;
        if (!animating && !disposed) {
            animating = true;
            timer.start();
        }
    }

    private void frame(long now) {
        model.onFrame(now);
        if (dirty) {
            dirty = false;
            redrawRace();
            // Every view of the race in the same frame: the table and charts never trail the paths.
            refreshFigures();
        }
        if (!model.playingProperty().get() && !dirty) {
            timer.stop();
            animating = false;
        }
    }

    /** Redraws every path now (the frame loop does this on its own; tests and screenshots call it directly). */
    public void redrawRace() {
        solid.redraw();
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY) {
            overlay.redrawRace();
        } else if (panels != null) {
            for (PanelGrid.Panel panel : panels.panels()) {
                panel.plot().redrawRace();
                panel.refresh();
            }
        }
    }

    /** Brings the table and charts up to date now. */
    public void refreshFigures() {
        table.update();
        charts.update();
    }

    @Override
    protected void layoutChildren() {
        arrange(getWidth(), getHeight());
        fold.roomBeside(getWidth() - columnWidth());
        if (arrangement == Arrangement.COMPACT) {
            // The tabs under the plot get about a third of the height; the plot keeps the rest.
            // In classroom mode the plot matters more still: the tabs keep a quarter.
            double share = Presentation.classroom() ? 0.25 : 0.3;
            double usual = Math.max(160, Math.min(250 * PlotStyle.scale(), share * getHeight()));
            figureTabs.setPrefHeight(insightViews.figureTabsHeight(usual, getWidth(), getHeight(),
                    getLeft() == null ? 0 : getLeft().prefWidth(-1)));
        } else {
            table.setPrefHeight(Math.min(Math.max(140, 0.28 * getHeight()),
                    PlotStyle.px(36 + 25.0 * table.getItems().size())));
        }
        super.layoutChildren();
    }

    /** Puts the table and charts where the width allows (see {@link Arrangement}). */
    private void arrange(double width, double height) {
        var next = width >= WIDE_FROM_WIDTH && height >= WIDE_FROM_HEIGHT ? Arrangement.WIDE : Arrangement.COMPACT;
        if (next == arrangement) {
            return;
        }
        arrangement = next;
        if (next == Arrangement.WIDE) {
            statusTab.setContent(null);
            lossTab.setContent(null);
            distanceTab.setContent(null);
            charts.stack();
            middle.getChildren().setAll(viewBar, heatMapProblem, centre, timeline, table);
            setRight(charts);
        } else {
            charts.getChildren().clear();
            statusTab.setContent(table);
            lossTab.setContent(charts.lossView());
            distanceTab.setContent(charts.distanceView());
            middle.getChildren().setAll(viewBar, heatMapProblem, centre, timeline, figureTabs);
            setRight(null);
        }
        insightViews.place(next == Arrangement.WIDE, figureTabs, this::setRight, charts);
        controlsColumn.setPrefWidth(columnWidth());
        invalidate();
    }

    /** Shows or folds away the controls column; folded, Play and the step counter stay above the plot. */
    private void showControls(boolean shown) {
        setLeft(shown ? controlsColumn : null);
        viewBar.getChildren().remove(foldedPlayback);
        if (!shown) {
            viewBar.getChildren().add(1, foldedPlayback);
        }
    }

    private void showLayout() {
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY) {
            panels = null;
            centre.getChildren().setAll(overlay);
        } else {
            buildPanels();
            centre.getChildren().setAll(panels);
        }
        if (solid.shown()) {
            centre.getChildren().setAll(solid.view()); // in 3D every racer is on one surface, whatever the layout
        }
        invalidate();
    }

    private void buildPanels() {
        var list = new ArrayList<PanelGrid.Panel>();
        for (OptimizerSlot slot : model.racingSlots()) {
            var plot = new SurfacePlot(model, () -> List.of(slot), true);
            plot.setId("panel-" + slot.key());
            insightViews.attachPanel(plot, slot);
            plot.setHeatMap(heatMaps.of(model.surface()));
            if (heatMaps.failed()) {
                plot.showProblem(PlotHeatMaps::failedShort);
            }
            list.add(new PanelGrid.Panel(model, slot, plot));
        }
        panels = new PanelGrid(list, model.surface().info().bounds());
    }

    private void surfaceChanged() {
        heatMaps.clearProblem();
        if (panels != null) {
            showLayout(); // the panels' grid follows the new surface's shape
        }
        heatMaps.load(model.surface());
    }

    /** The plots say they could not draw the surface (the line above them says why). */
    private void showNoHeatMap(java.util.function.Supplier<String> problem) {
        overlay.showProblem(problem);
        panelPlots().forEach(p -> p.showProblem(problem));
        solid.setHeatMap(null);
    }

    /** Replaces the heat-map computation (tests make it fail); applies from the next surface not yet drawn. */
    void useHeatMapMaker(Function<Surface, HeatMap> maker) {
        heatMaps.useMaker(maker);
    }

    /** The line above the plot that says why the surface could not be drawn. */
    ProblemLabel heatMapProblem() {
        return heatMapProblem;
    }

    private void showHeatMap(HeatMap map) {
        overlay.setHeatMap(map);
        solid.setHeatMap(map);
        panelPlots().forEach(p -> p.setHeatMap(map));
        charts.rebuild();
        table.refreshRows();
        invalidate();
    }
}
