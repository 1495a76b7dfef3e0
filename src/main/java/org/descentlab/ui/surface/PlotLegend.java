package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.descentlab.core.surface.SurfaceInfo;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;

/**
 * The key of a surface plot, kept outside the plotted rectangle so that it never hides a path, a start or a minimum:
 * one row per racing optimizer (its colour and name) and one per kind of marker the surface has. The plot places it
 * either beside the colour bar, in columns, or under the x axis, in rows, whichever leaves the larger plot.
 */
final class PlotLegend extends Region {

    private static final double GAP = 14;
    private static final double ROW_GAP = 2;
    private static final Insets PADDING = new Insets(6, 10, 6, 10);

    /** One racer's line: its name and colour. */
    record Racer(String name, Color colour) {
    }

    private final List<Label> items = new ArrayList<>();
    private List<Racer> shownRacers = List.of();
    private boolean shownOwnStarts;
    /** The scale and contrast the items were drawn for. */
    private String shownStyle = "";
    private SurfaceInfo shownSurface;
    private Language shownLanguage;
    private boolean beside = true;
    private double limit = Double.MAX_VALUE;

    PlotLegend() {
        setId("plotLegend");
        getStyleClass().add("plot-legend");
        // The style sheet is shared; the legend's look is its own, and small, so it is set here.
        restyle();
    }

    /** The look for classroom mode and high contrast: larger words and icons, a black edge. */
    private void restyle() {
        double s = PlotStyle.scale();
        setStyle("-fx-background-color: rgba(255, 255, 255, 0.92); -fx-background-radius: 6; -fx-border-color: "
                + (PlotStyle.highContrast() ? "#000000" : "#cfd4dc") + "; -fx-border-radius: 6; -fx-font-size: "
                + 14 * s + "px;");
        setPadding(new Insets(PADDING.getTop() * s, PADDING.getRight() * s, PADDING.getBottom() * s,
                PADDING.getLeft() * s));
    }

    /**
     * Shows these racers and this surface's markers (and the marker of a copy's own start, when {@code ownStarts}),
     * named in the language of the moment; returns whether anything changed.
     */
    boolean show(List<Racer> racers, SurfaceInfo surface, boolean ownStarts) {
        String style = PlotStyle.scale() + "/" + PlotStyle.highContrast();
        if (racers.equals(shownRacers) && surface == shownSurface && Words.language() == shownLanguage
                && ownStarts == shownOwnStarts && style.equals(shownStyle)) {
            return false;
        }
        if (!style.equals(shownStyle)) {
            shownStyle = style;
            restyle();
        }
        shownLanguage = Words.language();
        shownRacers = List.copyOf(racers);
        shownSurface = surface;
        shownOwnStarts = ownStarts;
        items.clear();
        // Icons are drawn as the plot draws them: sizes in pixels before the scale, line widths scaled by the painters.
        double s = PlotStyle.scale();
        for (Racer racer : racers) {
            items.add(item(racer.name(), 30, gc -> {
                double width = 4 * PlotStyle.pathFactor();
                gc.setLineCap(StrokeLineCap.ROUND);
                gc.setStroke(PlotStyle.pathEdge(1));
                gc.setLineWidth(width + PlotStyle.px(3));
                gc.strokeLine(4 * s, 8 * s, 26 * s, 8 * s);
                gc.setStroke(racer.colour());
                gc.setLineWidth(width);
                gc.strokeLine(4 * s, 8 * s, 26 * s, 8 * s);
            }));
        }
        items.add(item(Words.get("surfaces.legend.start"), 16,
                gc -> RacePainter.diamond(gc, 8 * s, 8 * s, 6 * s, Color.WHITE)));
        if (ownStarts) {
            items.add(item(Words.get("surfaces.legend.ownStart"), 16,
                    gc -> RacePainter.diamond(gc, 8 * s, 8 * s, 6 * s, Color.web("#8a8f99"))));
        }
        items.add(item(Words.get("surfaces.legend.globalMinimum"), 16,
                gc -> RacePainter.star(gc, 8 * s, 8 * s, 7 * s, Color.WHITE, Color.BLACK)));
        if (surface.minima().stream().anyMatch(m -> !m.global())) {
            items.add(item(Words.get("surfaces.legend.localMinimum"), 16,
                    gc -> RacePainter.localMinimum(gc, 8 * s, 8 * s, 5 * s)));
        }
        if (!surface.saddlePoints().isEmpty()) {
            items.add(item(Words.get("surfaces.legend.saddle"), 16,
                    gc -> RacePainter.cross(gc, 8 * s, 8 * s, 5 * s, Color.WHITE)));
        }
        getChildren().setAll(items);
        applyCss();
        requestLayout();
        return true;
    }

    /** A line of the legend: an icon {@code iconWidth} wide and 16 high (before the scale) and its words. */
    private static Label item(String text, double iconWidth, Consumer<GraphicsContext> icon) {
        double s = PlotStyle.scale();
        var canvas = new Canvas(iconWidth * s, 16 * s);
        icon.accept(canvas.getGraphicsContext2D());
        var label = new Label(text, canvas);
        label.setGraphicTextGap(6 * s);
        label.setTextFill(Color.web("#1d2533"));
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }

    /** The names on show, in order, for tests. */
    List<String> texts() {
        return items.stream().map(Label::getText).toList();
    }

    /** The size of the legend in columns no taller than {@code maxHeight}. */
    Dimension2D besideSize(double maxHeight) {
        return size(true, maxHeight);
    }

    /** The size of the legend in rows no wider than {@code maxWidth}. */
    Dimension2D belowSize(double maxWidth) {
        return size(false, maxWidth);
    }

    /** Lays the items out in columns (beside) or rows (below), within {@code limit} pixels across the flow. */
    void arrange(boolean besidePlot, double flowLimit) {
        beside = besidePlot;
        limit = flowLimit;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        place(beside, limit, true);
    }

    /**
     * Columns top to bottom (a new one when the next item would pass {@code limit}), or rows left to right.
     *
     * @return the size the items take, padding included
     */
    private Dimension2D place(boolean columns, double flowLimit, boolean move) {
        double along = 0; // position in the flow direction
        double across = 0; // offset of the current column or row
        double line = 0; // width of the current column, or height of the current row
        double extentAlong = 0;
        double inner = flowLimit - (columns ? PADDING.getTop() + PADDING.getBottom()
                : PADDING.getLeft() + PADDING.getRight());
        for (Label item : items) {
            double w = item.prefWidth(-1);
            double h = item.prefHeight(-1);
            double length = columns ? h : w;
            if (along > 0 && along + length > inner) {
                across += line + (columns ? GAP : ROW_GAP);
                along = 0;
                line = 0;
            }
            if (move) {
                double x = PADDING.getLeft() + (columns ? across : along);
                double y = PADDING.getTop() + (columns ? along : across);
                item.resizeRelocate(x, y, w, h);
            }
            along += length + (columns ? ROW_GAP : GAP);
            line = Math.max(line, columns ? w : h);
            extentAlong = Math.max(extentAlong, along - (columns ? ROW_GAP : GAP));
        }
        double width = (columns ? across + line : extentAlong) + PADDING.getLeft() + PADDING.getRight();
        double height = (columns ? extentAlong : across + line) + PADDING.getTop() + PADDING.getBottom();
        return new Dimension2D(width, height);
    }

    private Dimension2D size(boolean columns, double flowLimit) {
        return items.isEmpty() ? new Dimension2D(0, 0) : place(columns, flowLimit, false);
    }

    /** The item with this text, for tests that click it. */
    Node item(String text) {
        return items.stream().filter(i -> i.getText().equals(text)).findFirst().orElseThrow();
    }
}
