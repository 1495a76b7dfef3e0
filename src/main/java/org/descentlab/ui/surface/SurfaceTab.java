package org.descentlab.ui.surface;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.ui.AppTab;
import org.descentlab.ui.UiText;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.OptimizerColours;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.widgets.Shortcuts;

/**
 * The surface tab: controls on the left, the race in the middle (one plot, or one panel per optimizer), the status
 * table and the charts on the right. An {@link AnimationTimer} advances the race by the steps due each frame and
 * redraws only what changed; heat maps are computed as {@link BackgroundWork}, once per surface, and a heat map
 * that cannot be computed is said so above the plot.
 */
public final class SurfaceTab extends BorderPane implements AppTab {

    /** Resolution of the heat map grid (the image is scaled to the plot). */
    public static final int HEAT_MAP_SIZE = 600;
    /** Chart updates are limited to this many per second: JFreeChart redraws whole charts. */
    private static final long CHART_INTERVAL_NANOS = 100_000_000L;

    private final SurfaceTabModel model;
    private final SurfacePlot overlay;
    private final StackPane centre = new StackPane();
    private final GridPane panels = new GridPane();
    private final Map<OptimizerSlot, Label> panelTitles = new HashMap<>();
    private final List<SurfacePlot> panelPlots = new java.util.ArrayList<>();
    private final StatusTable table;
    private final RaceCharts charts;
    private final Map<Surface, HeatMap> heatMaps = new HashMap<>();
    private final BackgroundWork<HeatMap> heatMapWork = new BackgroundWork<>("heat-map");
    private final ProblemLabel heatMapProblem = new ProblemLabel("surfaceProblem");
    private Function<Surface, HeatMap> heatMapMaker = s -> HeatMap.compute(s, HEAT_MAP_SIZE, HEAT_MAP_SIZE);
    private final AnimationTimer timer;
    private boolean dirty = true;
    private long lastChartUpdate;

    public SurfaceTab(SurfaceTabModel model) {
        this.model = model;
        setId("surfaceTabContent");
        overlay = new SurfacePlot(model, model::enabledSlots, false);
        overlay.setId("overlayPlot");
        table = new StatusTable(model);
        charts = new RaceCharts(model);

        var controls = new SurfaceControls(model);
        var optimizerList = new ScrollPane(controls.optimizerList());
        optimizerList.setFitToWidth(true);
        optimizerList.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        optimizerList.setId("optimizerList");
        var left = new VBox(controls.header(), optimizerList);
        VBox.setVgrow(optimizerList, Priority.ALWAYS);
        left.setPrefWidth(310);
        left.setMinWidth(280);
        left.setId("surfaceControls");
        left.getStyleClass().add("sidebar");
        setLeft(left);

        panels.setId("sideBySidePanels");
        panels.setHgap(6);
        panels.setVgap(6);
        centre.setId("surfaceCentre");
        centre.setMinSize(200, 200);

        table.setPrefHeight(222);
        table.setMinHeight(140);
        var middle = new VBox(6, controls.viewBar(), heatMapProblem, centre, table);
        VBox.setVgrow(centre, Priority.ALWAYS);
        middle.setPadding(new javafx.geometry.Insets(6));
        setCenter(middle);
        charts.setPrefWidth(390);
        charts.setMinWidth(280);
        charts.setPadding(new javafx.geometry.Insets(6));
        setRight(charts);

        model.revisionProperty().addListener((o, was, is) -> dirty = true);
        model.layoutProperty().addListener((o, was, is) -> showLayout());
        model.showInsidesProperty().addListener((o, was, is) -> dirty = true);
        model.surfaceProperty().addListener((o, was, is) -> surfaceChanged());
        for (OptimizerSlot slot : model.slots()) {
            slot.enabledProperty().addListener((o, was, is) -> {
                table.refreshRows();
                charts.rebuild();
                if (model.layoutProperty().get() == SurfaceTabModel.Layout.SIDE_BY_SIDE) {
                    showLayout();
                }
            });
        }
        showLayout();
        surfaceChanged();

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        timer.start();
        Shortcuts.install(this, Map.of(
                KeyCode.SPACE, model::togglePlaying,
                KeyCode.RIGHT, model::singleStep,
                KeyCode.R, model::reset));
    }

    @Override
    public String id() {
        return "surfacesTab";
    }

    @Override
    public String title() {
        return UiText.Window.SURFACES_TAB;
    }

    @Override
    public Node root() {
        return this;
    }

    /** Stops the frame loop and the heat-map thread (the window is closing). */
    @Override
    public Scene saveInto(Scene scene) {
        return scene.with(model.scene());
    }

    @Override
    public Runnable prepare(Scene scene, java.nio.file.Path folder) {
        var surfaces = scene.surfaces();
        return surfaces == null ? () -> { } : () -> model.apply(surfaces);
    }

    @Override
    public void dispose() {
        timer.stop();
        heatMapWork.close();
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

    /** The panels of the side-by-side layout, one per enabled optimizer. */
    public List<SurfacePlot> panelPlots() {
        return List.copyOf(panelPlots);
    }

    StatusTable statusTable() {
        return table;
    }

    RaceCharts charts() {
        return charts;
    }

    private void frame(long now) {
        model.onFrame(now);
        if (!dirty) {
            return;
        }
        dirty = false;
        redrawRace();
        if (now - lastChartUpdate >= CHART_INTERVAL_NANOS || !model.playingProperty().get()) {
            lastChartUpdate = now;
            table.refresh();
            charts.update();
        }
    }

    /** Redraws every path now (the frame loop does this on its own; tests and screenshots call it directly). */
    public void redrawRace() {
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY) {
            overlay.redrawRace();
        } else {
            panelPlots.forEach(SurfacePlot::redrawRace);
            panelTitles.forEach((slot, title) -> title.setText(panelTitle(slot)));
        }
    }

    /** Brings the table and charts up to date now. */
    public void refreshFigures() {
        table.refresh();
        charts.update();
    }

    private void showLayout() {
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY) {
            centre.getChildren().setAll(overlay);
        } else {
            buildPanels();
            centre.getChildren().setAll(panels);
        }
        dirty = true;
    }

    private void buildPanels() {
        panels.getChildren().clear();
        panels.getColumnConstraints().clear();
        panels.getRowConstraints().clear();
        panelTitles.clear();
        panelPlots.clear();
        var slots = model.enabledSlots();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(slots.size())));
        int rows = Math.max(1, (int) Math.ceil(slots.size() / (double) columns));
        for (int c = 0; c < columns; c++) {
            var cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            panels.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            var rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            panels.getRowConstraints().add(rc);
        }
        for (int i = 0; i < slots.size(); i++) {
            var slot = slots.get(i);
            var plot = new SurfacePlot(model, () -> List.of(slot), true);
            plot.setId("panel-" + slot.type().id());
            plot.setHeatMap(heatMaps.get(model.surface()));
            if (heatMapProblem.isVisible()) {
                plot.showProblem(UiText.Surface.HEAT_MAP_FAILED_SHORT);
            }
            var title = new Label(panelTitle(slot));
            title.setMaxWidth(Double.MAX_VALUE);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.getStyleClass().add("panel-title");
            title.setStyle("-fx-border-color: transparent transparent " + OptimizerColours.css(slot.index())
                    + " transparent; -fx-border-width: 0 0 4 0;");
            var panel = new VBox(2, title, plot);
            VBox.setVgrow(plot, Priority.ALWAYS);
            panels.add(panel, i % columns, i / columns);
            panelTitles.put(slot, title);
            panelPlots.add(plot);
        }
    }

    private String panelTitle(OptimizerSlot slot) {
        var walker = slot.walker();
        if (walker == null) {
            return slot.type().name();
        }
        String state = walker.status().diverged() ? "diverged at step " + walker.status().step()
                : "step " + walker.currentStep() + "   f = " + RacePainter.formatValue(walker.loss());
        return slot.type().name() + "\n" + state;
    }

    private void surfaceChanged() {
        Surface surface = model.surface();
        heatMapProblem.show(null);
        HeatMap cached = heatMaps.get(surface);
        if (cached != null) {
            heatMapWork.cancel();
            showHeatMap(cached);
            return;
        }
        showHeatMap(null);
        var maker = heatMapMaker;
        heatMapWork.submit(progress -> maker.apply(surface), map -> {
            heatMaps.put(surface, map);
            showHeatMap(map);
        }, this::heatMapFailed);
    }

    /** The plot says it could not draw the surface, the line above it says why; the race goes on without colours. */
    private void heatMapFailed(Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        heatMapProblem.show(UiText.format(UiText.Surface.HEAT_MAP_FAILED, reason));
        overlay.showProblem(UiText.Surface.HEAT_MAP_FAILED_SHORT);
        panelPlots.forEach(p -> p.showProblem(UiText.Surface.HEAT_MAP_FAILED_SHORT));
        UnexpectedErrors.record(failure);
    }

    /** Replaces the heat-map computation (tests make it fail); applies from the next surface not yet drawn. */
    void useHeatMapMaker(Function<Surface, HeatMap> maker) {
        heatMapMaker = maker;
    }

    /** The line above the plot that says why the surface could not be drawn. */
    ProblemLabel heatMapProblem() {
        return heatMapProblem;
    }

    private void showHeatMap(HeatMap map) {
        overlay.setHeatMap(map);
        panelPlots.forEach(p -> p.setHeatMap(map));
        charts.rebuild();
        table.refreshRows();
        dirty = true;
    }
}
