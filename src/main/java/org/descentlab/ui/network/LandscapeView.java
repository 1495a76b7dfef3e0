package org.descentlab.ui.network;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import org.descentlab.core.surface.Bounds;
import org.descentlab.ui.surface.HeatMapPainter;
import org.descentlab.ui.widgets.PlotFrame;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;

/**
 * One run's loss landscape: the training loss on a plane through its current weights, painted as the surfaces tab
 * paints a surface ({@link HeatMapPainter}: heat map on a log colour scale, contours, axes, colour bar), with the
 * path training took projected onto the plane (a dark line on a white halo, dots at the epochs, a diamond at the
 * start) and the current weights marked with a red ring at the centre. On a small panel the axes lose their titles,
 * and a line under the plot names the plane instead.
 */
final class LandscapeView extends Region {

    /** The plot is drawn compact only where that makes it this much larger than with its titles and colour bar. */
    private static final double COMPACT_GAIN = 1.25;
    static final Color PATH = Color.web("#1d2533");
    /** The size of the axis titles before classroom mode's scale, as the surface plots draw them. */
    private static final double TITLE_POINTS = 14;
    static final Color NOW = Color.web("#e00000");

    private final Canvas canvas = new Canvas();
    private final Label caption = new Label();
    private final HeatMapPainter full = new HeatMapPainter(false);
    private final HeatMapPainter compact = new HeatMapPainter(true);
    private LandscapePicture picture;
    /** What is written in place of the map while there is none, made in the words of the moment. */
    private Supplier<String> waiting = () -> Words.get("depth.landscape.computing");
    private PlotFrame frame;
    private boolean compactNow;

    LandscapeView() {
        caption.getStyleClass().add("hint");
        caption.setMinWidth(0);
        getChildren().addAll(canvas, caption);
        setMinSize(120, 120);
        setPrefSize(600, 600);
    }

    /** Shows {@code next} (or, with {@code null}, the words of {@code whileNone} in its place). */
    void show(LandscapePicture next, Supplier<String> whileNone) {
        picture = next;
        if (whileNone != null) {
            waiting = whileNone;
        }
        choose(getWidth(), getHeight());
        requestLayout();
        draw();
    }

    LandscapePicture picture() {
        return picture;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        choose(w, h);
        caption.setVisible(compactNow);
        double captionHeight = compactNow ? caption.prefHeight(w) : 0;
        caption.resizeRelocate(4, h - captionHeight, Math.max(0, w - 8), captionHeight);
        double ch = Math.max(0, h - captionHeight);
        if (canvas.getWidth() != w || canvas.getHeight() != ch) {
            canvas.setWidth(w);
            canvas.setHeight(ch);
            draw();
        }
    }

    /**
     * Compact (no axis titles, no colour bar, the plane named under the plot) only where the plot with them would be
     * much smaller: a small panel.
     */
    private void choose(double w, double h) {
        if (w < 20 || h < 20) {
            return;
        }
        Bounds bounds = picture == null ? Bounds.square(1) : picture.map().grid().bounds();
        var map = picture == null ? null : picture.map();
        double withTitles = full.layout(w, h, bounds, map, true).width();
        double without = compact.layout(w, h - caption.prefHeight(w), bounds, map, true).width();
        compactNow = without > COMPACT_GAIN * withTitles;
    }

    /** Paints the plot again at the size, language and scale of the moment. */
    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        caption.setText(picture == null ? "" : picture.axisTitle(0, true) + "  ·  " + picture.axisTitle(1, true));
        if (w < 20 || h < 20) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        var painter = compactNow ? compact : full;
        Bounds bounds = picture == null ? Bounds.square(1) : picture.map().grid().bounds();
        var labels = picture == null ? new HeatMapPainter.Labels("", "", "") : labels(w, h, bounds);
        frame = painter.paint(gc, w, h, bounds, picture == null ? null : picture.map(), true, labels, waiting.get(),
                this::drawPath);
    }

    /** The axis titles in full ("PC2 (1.7 % of the path's variance)") where the plot is high enough, else short. */
    private HeatMapPainter.Labels labels(double w, double h, Bounds bounds) {
        String colourBar = Words.get("depth.landscape.colourBarLog");
        String x = picture.axisTitle(0, false);
        String y = picture.axisTitle(1, false);
        var measure = new Text(y);
        measure.setFont(UiFont.bold(TITLE_POINTS * Presentation.scale()));
        double height = full.layout(w, h, bounds, picture.map(), true).height();
        if (measure.getLayoutBounds().getWidth() > height) {
            x = picture.axisTitle(0, true);
            y = picture.axisTitle(1, true);
        }
        return new HeatMapPainter.Labels(x, y, colourBar);
    }

    /** The path over the contours: a halo, the line, a dot per epoch, the start and the weights now. */
    private void drawPath(GraphicsContext gc, PlotFrame f) {
        double[] a = picture.pathA();
        double[] b = picture.pathB();
        double s = Presentation.scale();
        gc.save();
        f.clip(gc);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (int pass = 0; pass < 2; pass++) {
            gc.setStroke(pass == 0 ? Color.rgb(255, 255, 255, 0.85) : PATH);
            gc.setLineWidth((pass == 0 ? 5 : 2.2) * s);
            gc.beginPath();
            for (int i = 0; i < a.length; i++) {
                if (i == 0) {
                    gc.moveTo(f.px(a[i]), f.py(b[i]));
                } else {
                    gc.lineTo(f.px(a[i]), f.py(b[i]));
                }
            }
            gc.stroke();
        }
        double dot = 1.6 * s;
        gc.setFill(PATH);
        // A dot per epoch shows where training went fast (dots far apart) and where it crawled; many are too many.
        int every = Math.max(1, a.length / 60);
        for (int i = 0; i < a.length; i += every) {
            gc.fillOval(f.px(a[i]) - dot, f.py(b[i]) - dot, 2 * dot, 2 * dot);
        }
        if (a.length > 0) {
            diamond(gc, f.px(a[0]), f.py(b[0]), 6 * s);
        }
        double r = 6.5 * s;
        double cx = f.px(picture.nowA());
        double cy = f.py(picture.nowB());
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(5 * s);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(NOW);
        gc.setLineWidth(2.6 * s);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.restore();
    }

    /** The start of the path: a white diamond with a dark edge. */
    static void diamond(GraphicsContext gc, double x, double y, double r) {
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        gc.setFill(Color.WHITE);
        gc.fillPolygon(xs, ys, 4);
        gc.setStroke(PATH);
        gc.setLineWidth(1.6 * Presentation.scale());
        gc.strokePolygon(xs, ys, 4);
    }

    /** Where the plane's point (a, b) is drawn, or {@code null} before the first drawing (for tests). */
    javafx.geometry.Point2D toPixel(double a, double b) {
        return frame == null ? null : new javafx.geometry.Point2D(frame.px(a), frame.py(b));
    }

    /** The words drawn on the plot at the last drawing (for tests), and the caption's. */
    List<String> words() {
        var words = new java.util.ArrayList<>((compactNow ? compact : full).words());
        if (compactNow && !caption.getText().isEmpty()) {
            words.add(caption.getText());
        }
        return words;
    }

    /** Whether the plot is drawn compact (a small panel). */
    boolean compact() {
        return compactNow;
    }
}
