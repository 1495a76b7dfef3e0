package org.descentlab.ui.surface;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.words.Words;

/**
 * One drawing of the surface: heat map, contour lines, axes, colour bar and markers on a background canvas redrawn
 * only when the surface, the colour scale or the size changes; the race on a foreground canvas redrawn each frame;
 * the legend beside or below the plotted rectangle, never over it (see {@link PlotGeometry}).
 *
 * <p>A press or drag of the primary button sets the common start point; the secondary button opens a menu (set the
 * start here, restart the race, show or hide the legend). Hovering and dragging show x, y and f(x, y) above the plot.
 */
public final class SurfacePlot extends Region {

    private final SurfaceTabModel model;
    private final Supplier<List<OptimizerSlot>> slots;
    private final boolean compact;
    private final Canvas background = new Canvas();
    private final Canvas trail = new Canvas();
    private final Canvas foreground = new Canvas();
    /** The curvature axes, over everything (they follow the pointer, so they are redrawn alone). */
    private final Canvas insight = new Canvas();
    private final Label readout = new Label();
    private final PlotLegend legend;
    private final ContextMenu menu = new ContextMenu();
    private final RacePainter painter;
    private final SurfaceBackground backgroundPainter;
    private final CurvaturePainter curvature;
    /** The basin map, between the surface and the race (issue 13). */
    private final BasinLayer basins;
    private HeatMap heatMap;
    private PlotGeometry geometry;
    private boolean backgroundStale = true;
    private boolean legendShown = true;
    private Supplier<String> problem;
    private Point2D menuPoint;
    /** Whether the curvature layer has something on it. */
    private boolean insightDrawn;
    /** The surface point under the pointer while the read-out shows it. */
    private Point readoutPoint;

    /**
     * @param slots the optimizers this plot draws (all enabled ones, or one in a side-by-side panel)
     * @param compact a small panel: fewer labels, no colour bar, no legend, the read-out beside the pointer
     */
    public SurfacePlot(SurfaceTabModel model, Supplier<List<OptimizerSlot>> slots, boolean compact) {
        this.model = model;
        this.slots = slots;
        this.compact = compact;
        this.painter = new RacePainter(model, compact);
        this.backgroundPainter = new SurfaceBackground(model, compact);
        this.curvature = new CurvaturePainter(compact);
        this.legend = compact ? null : new PlotLegend();
        this.basins = new BasinLayer(compact);
        getStyleClass().add("surface-plot");
        readout.getStyleClass().add("plot-readout");
        readout.setId(compact ? null : "plotReadout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        trail.setMouseTransparent(true);
        background.setMouseTransparent(true);
        insight.setMouseTransparent(true);
        getChildren().addAll(background, basins, trail, foreground, insight);
        if (legend != null) {
            getChildren().add(legend);
        }
        getChildren().add(readout);
        setMinSize(60, 60);
        setPrefSize(600, 600);
        foreground.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                moveStart(e.getX(), e.getY());
            }
        });
        foreground.setOnMouseDragged(e -> {
            if (e.isPrimaryButtonDown()) {
                moveStart(e.getX(), e.getY());
            }
            showReadout(e);
        });
        foreground.setOnMouseMoved(this::showReadout);
        foreground.setOnMouseExited(e -> {
            readout.setVisible(false);
            readoutPoint = null;
            redrawInsight();
        });
        foreground.setOnContextMenuRequested(e -> {
            openMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // Some platforms (Monocle, on kiosks and in headless tests) send no context-menu request: the release of the
        // secondary button opens the menu there. Where both come, the second finds the menu open and does nothing.
        foreground.setOnMouseReleased(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                openMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
        buildMenu();
        model.logColourScaleProperty().addListener((o, was, is) -> backgroundChanged());
    }

    private void buildMenu() {
        var setStart = new MenuItem();
        setStart.setId("setStartHere");
        Words.bind(setStart.textProperty(), "surfaces.menu.setStart");
        setStart.setOnAction(e -> {
            if (menuPoint != null) {
                moveStart(menuPoint.getX(), menuPoint.getY());
            }
        });
        var restart = new MenuItem();
        restart.setId("restartRace");
        Words.bind(restart.textProperty(), "surfaces.menu.restart");
        restart.setOnAction(e -> model.reset());
        var clearGhosts = new MenuItem();
        clearGhosts.setId("clearGhostsItem");
        Words.bind(clearGhosts.textProperty(), "insight.ghost.menu.clear");
        clearGhosts.setOnAction(e -> model.ghosts().clear());
        menu.setOnShowing(e -> clearGhosts.setDisable(!model.ghosts().any()));
        var showGhosts = new CheckMenuItem();
        showGhosts.setId("showGhostsItem");
        Words.bind(showGhosts.textProperty(), "insight.ghost.menu.show");
        showGhosts.selectedProperty().bindBidirectional(model.ghosts().shownProperty());
        var showCurvature = new CheckMenuItem();
        showCurvature.setId("showCurvatureItem");
        Words.bind(showCurvature.textProperty(), "insight.curvature.menu.show");
        showCurvature.selectedProperty().bindBidirectional(model.showCurvatureProperty());
        menu.getItems().addAll(setStart, restart, new SeparatorMenuItem(), showCurvature, showGhosts, clearGhosts);
        if (legend != null) {
            var showLegend = new CheckMenuItem();
            showLegend.setId("showLegend");
            Words.bind(showLegend.textProperty(), "surfaces.menu.showLegend");
            showLegend.setSelected(legendShown);
            showLegend.selectedProperty().addListener((o, was, is) -> {
                legendShown = is;
                backgroundChanged();
            });
            menu.getItems().add(showLegend);
        }
    }

    private void openMenu(double x, double y, double screenX, double screenY) {
        if (menu.isShowing()) {
            return;
        }
        menuPoint = new Point2D(x, y);
        menu.getItems().get(0).setDisable(geometry == null || !geometry.frame().contains(x, y));
        menu.show(foreground, screenX, screenY);
    }

    /** The menu the secondary button opens. */
    ContextMenu menu() {
        return menu;
    }

    /** Shows a newly computed heat map (of the model's current surface). */
    public void setHeatMap(HeatMap map) {
        heatMap = map;
        problem = null;
        backgroundChanged();
    }

    public HeatMap heatMap() {
        return heatMap;
    }

    /**
     * Says in the plot, where the heat map would be, that there is none (until the next {@link #setHeatMap}); the
     * words are made by {@code text} each time the plot is drawn, so that they follow the language.
     */
    public void showProblem(Supplier<String> text) {
        heatMap = null;
        problem = text;
        backgroundChanged();
    }

    /** What the plot says instead of a heat map, or {@code null}. */
    public String problem() {
        return problem == null ? null : problem.get();
    }

    /**
     * Draws every word again in the language of the moment: the words on the canvases (axes, colour bar, names, a
     * problem), the legend and the read-out. The menu's words follow the language on their own.
     */
    void refreshWords() {
        if (readoutPoint != null) {
            readout.setText(readoutText(readoutPoint));
        }
        backgroundChanged(); // the legend is made again at the next layout too
        redrawRace(false);
    }

    /**
     * Every word the plot draws on its canvases at the moment (the axes, the colour bar, a problem, the names by the
     * paths, the curvature's labels), for tests; numbers are left out.
     */
    List<String> drawnWords() {
        var words = new java.util.ArrayList<>(backgroundPainter.words());
        words.addAll(painter.nameTexts());
        words.addAll(curvature.words());
        return words;
    }

    /**
     * Draws everything again at the sizes of the moment: classroom mode or high contrast was switched (the legend is
     * made again at the next layout too).
     */
    void styleChanged() {
        backgroundChanged();
        redrawRace(false);
    }

    /** The width the newest part of a path was drawn with at the last redraw, for tests. */
    double drawnPathWidth() {
        return painter.pathWidth();
    }

    /** The size of the axis numbers at the last redraw of the background, for tests. */
    double drawnTickFontSize() {
        return backgroundPainter.tickFontSize();
    }

    /** The width of the contour lines at the last redraw of the background, for tests. */
    double drawnContourWidth() {
        return backgroundPainter.contourWidth();
    }

    /** The pixel position of surface point (x, y), or {@code null} before the first layout. */
    public Point2D toPixel(double x, double y) {
        return geometry == null ? null : new Point2D(geometry.frame().px(x), geometry.frame().py(y));
    }

    /** Where the parts of the plot are, or {@code null} before the first layout. */
    PlotGeometry geometry() {
        return geometry;
    }

    /** The legend, or {@code null} in a compact panel. */
    PlotLegend legend() {
        return legend;
    }

    /** The basin map's layer. */
    BasinLayer basinLayer() {
        return basins;
    }

    /** The hover read-out. */
    Label readout() {
        return readout;
    }

    /** Where each racer's head (by racer key) was drawn at the last redraw, for tests. */
    java.util.Map<String, Point2D> drawnHeads() {
        return painter.heads();
    }

    /** The racers whose previous-run ghosts are drawn, for tests. */
    List<String> drawnGhosts() {
        return painter.ghostsDrawn();
    }

    /** Where the optimizers' names were drawn at the last redraw, for tests. */
    List<javafx.geometry.Bounds> nameBoxes() {
        return painter.nameBoxes();
    }

    /** Redraws the paths; cheap, called every frame the race moved. */
    public void redrawRace() {
        if (legend != null && showLegend()) {
            requestLayout();
        }
        redrawRace(false);
    }

    /** Brings the legend up to the racers on show; returns whether it changed. */
    private boolean showLegend() {
        var drawn = slots.get();
        var racers = drawn.stream().map(s -> new PlotLegend.Racer(model.nameOf(s), s.colour())).toList();
        boolean ownStarts = drawn.stream().anyMatch(s -> s.walker() != null && model.race().hasOwnStart(s.walker()));
        return legend.show(racers, model.surface().info(), ownStarts);
    }

    private void redrawRace(boolean fullTrail) {
        GraphicsContext gc = foreground.getGraphicsContext2D();
        gc.clearRect(0, 0, foreground.getWidth(), foreground.getHeight());
        if (geometry != null) {
            var drawn = slots.get();
            painter.paintTrail(trail.getGraphicsContext2D(), geometry.frame(), drawn, fullTrail);
            painter.paint(gc, geometry.frame(), drawn);
        }
        redrawInsight();
    }

    /**
     * The curvature axes, when asked for: at the start of every racer drawn here (the common start, and each own
     * start) and at the point under the pointer.
     */
    private void redrawInsight() {
        boolean wanted = geometry != null && model.showCurvatureProperty().get();
        if (!wanted && !insightDrawn) {
            return; // nothing on the layer, nothing to draw: a frame of the race costs nothing here
        }
        var gc = insight.getGraphicsContext2D();
        gc.clearRect(0, 0, insight.getWidth(), insight.getHeight());
        curvature.clear();
        insightDrawn = wanted;
        if (!wanted) {
            return;
        }
        var frame = geometry.frame();
        var surface = model.surface();
        for (Point start : startsDrawn()) {
            curvature.paint(gc, frame, surface, start.x(), start.y());
        }
        if (readoutPoint != null) {
            curvature.paint(gc, frame, surface, readoutPoint.x(), readoutPoint.y());
        }
    }

    /** The start points this plot marks: the common one (unless every racer here has its own) and the own ones. */
    private List<Point> startsDrawn() {
        var race = model.race();
        var drawn = slots.get().stream().filter(s -> s.walker() != null).toList();
        var starts = new java.util.ArrayList<Point>();
        if (drawn.isEmpty() || drawn.stream().anyMatch(s -> !race.hasOwnStart(s.walker()))) {
            starts.add(model.startProperty().get());
        }
        drawn.stream().filter(s -> race.hasOwnStart(s.walker())).map(s -> race.startOf(s.walker()))
                .forEach(starts::add);
        return starts;
    }

    /** The curvature axes drawn at the last redraw (none while not asked for), for tests. */
    List<CurvaturePainter.Axes> curvatureAxes() {
        return curvature.drawn();
    }

    /** The background must be drawn again (new heat map, surface or colour scale): at the next layout pass. */
    private void backgroundChanged() {
        backgroundStale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (legend != null) {
            showLegend();
        }
        var next = PlotGeometry.compute(w, h, model.surface().info().bounds(), compact, colourBarLabelWidth(),
                legendShown ? legend : null);
        boolean resized = background.getWidth() != w || background.getHeight() != h;
        if (resized) {
            for (Canvas c : new Canvas[] {background, trail, foreground, insight}) {
                c.setWidth(w);
                c.setHeight(h);
            }
            insightDrawn = true; // a resized canvas may keep old pixels: cleared at the next drawing
        }
        if (resized || backgroundStale || !next.equals(geometry)) {
            geometry = next;
            backgroundStale = false;
            redrawBackground();
            redrawRace(true);
        }
        basins.place(w, h, geometry.frame());
        if (legend != null) {
            var box = geometry.legend();
            legend.setVisible(box != null);
            if (box != null) {
                legend.arrange(geometry.legendBeside(), geometry.legendBeside() ? box.getHeight() + 1
                        : box.getWidth() + 1);
                legend.resizeRelocate(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            }
        }
        readout.autosize();
        if (!compact) {
            var frame = geometry.frame();
            readout.relocate(frame.left(), Math.max(0, frame.top() - readout.getHeight() - 3));
        }
    }

    private void moveStart(double px, double py) {
        if (geometry != null && geometry.frame().contains(px, py)) {
            var frame = geometry.frame();
            model.setStart(new Point(frame.x(px), frame.y(py)));
        }
    }

    private void showReadout(MouseEvent e) {
        if (geometry == null || !geometry.frame().contains(e.getX(), e.getY())) {
            readout.setVisible(false);
            if (readoutPoint != null) {
                readoutPoint = null;
                redrawInsight();
            }
            return;
        }
        var frame = geometry.frame();
        double x = frame.x(e.getX());
        double y = frame.y(e.getY());
        readoutPoint = new Point(x, y);
        readout.setText(readoutText(readoutPoint));
        readout.setVisible(true);
        if (model.showCurvatureProperty().get()) {
            redrawInsight();
        }
        if (compact) {
            // Beside the pointer, on the side with room, so that it never hides the point being read.
            readout.autosize();
            double rx = e.getX() + 14 + readout.getWidth() < getWidth() ? e.getX() + 14 : e.getX() - 14
                    - readout.getWidth();
            double ry = e.getY() + 16 + readout.getHeight() < getHeight() ? e.getY() + 16 : e.getY() - 16
                    - readout.getHeight();
            readout.relocate(Math.max(0, rx), Math.max(0, ry));
        }
    }

    /** x, y and f(x, y) at {@code p}, for the read-out. */
    private String readoutText(Point p) {
        return Words.format("surfaces.plot.readout", SurfaceWords.number("%.3f", p.x()),
                SurfaceWords.number("%.3f", p.y()), RacePainter.formatValue(model.surface().value(p.x(), p.y())));
    }

    private void redrawBackground() {
        var gc = background.getGraphicsContext2D();
        backgroundPainter.paint(gc, background.getWidth(), background.getHeight(), geometry,
                heatMap != null && heatMap.surface() == model.surface() ? heatMap : null, problem());
    }

    /** Width of the widest colour-bar label, or −1 when there is no colour bar. */
    private double colourBarLabelWidth() {
        return compact || heatMap == null || heatMap.surface() != model.surface() ? -1
                : backgroundPainter.colourBarLabelWidth(heatMap);
    }

    /** The right edge of the widest colour-bar label, or −1 when there is none (for tests). */
    double colourBarRight() {
        double width = colourBarLabelWidth();
        return width < 0 ? -1 : geometry.colourBarX() + PlotStyle.px(PlotGeometry.BAR_WIDTH + 8) + width;
    }
}
