package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.ContourLines;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Viridis;
import org.descentlab.ui.widgets.NiceTicks;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * Paints a function of two variables as the surfaces tab shows it: the heat map in viridis (linear or log), the
 * contour lines, the axes with ticks that stand apart and their titles, and the colour bar with labels measured to
 * fit, at the sizes of {@link PlotStyle} (1.5× in classroom mode). What is drawn over the contours (the minima of a
 * surface, a path) is the caller's, handed in as an {@link Overlay}. The surfaces tab's plots and the network tab's
 * loss landscape both draw with it, so the two look alike.
 */
public final class HeatMapPainter {

    private static final Color INK = Color.web("#1d2533");
    /** A vertical axis's title up to this wide (before scaling) stands upright, a longer one along the axis. */
    private static final double UPRIGHT_TITLE = 24;

    /**
     * The words a plot is drawn with.
     *
     * @param xAxis the horizontal axis's title
     * @param yAxis the vertical axis's title
     * @param colourBar the colour bar's title (say when it is a log scale)
     */
    public record Labels(String xAxis, String yAxis, String colourBar) {
    }

    /** What is drawn over the heat map and contours, under the axes, with the frame mapping the plane to pixels. */
    @FunctionalInterface
    public interface Overlay {
        void paint(GraphicsContext gc, PlotFrame frame);
    }

    private final boolean compact;
    private WritableImage image;
    private boolean imageIsLog;
    private HeatMap imageOf;
    /** The words (not the numbers) drawn at the last paint. */
    private final List<String> words = new ArrayList<>();
    private double tickFontSize;
    private double contourWidth;

    /** @param compact a small panel: fewer ticks, no axis titles and no colour bar */
    public HeatMapPainter(boolean compact) {
        this.compact = compact;
    }

    /**
     * Lays out a plot of {@code bounds} on a {@code width} × {@code height} canvas (the colour bar's room measured
     * on {@code map}, or none without a map) and paints it; returns where the plane went.
     *
     * @param map the heat map, or {@code null} while there is none: {@code waiting} is written in its place
     * @param overlay drawn over the contours (only with a map), or {@code null}
     */
    public PlotFrame paint(GraphicsContext gc, double width, double height, Bounds bounds, HeatMap map, boolean log,
            Labels labels, String waiting, Overlay overlay) {
        double barLabels = compact || map == null ? -1 : colourBarLabelWidth(map, log);
        var geometry = PlotGeometry.compute(width, height, bounds, compact, barLabels, null);
        paint(gc, width, height, geometry, map, log, labels, waiting, overlay);
        return geometry.frame();
    }

    /**
     * Where {@link #paint(GraphicsContext, double, double, Bounds, HeatMap, boolean, Labels, String, Overlay)} would
     * put the plane, without painting.
     */
    public PlotFrame layout(double width, double height, Bounds bounds, HeatMap map, boolean log) {
        double barLabels = compact || map == null ? -1 : colourBarLabelWidth(map, log);
        return PlotGeometry.compute(width, height, bounds, compact, barLabels, null).frame();
    }

    /** As {@link #paint(GraphicsContext, double, double, Bounds, HeatMap, boolean, Labels, String, Overlay)}. */
    void paint(GraphicsContext gc, double w, double h, PlotGeometry geometry, HeatMap map, boolean log,
            Labels labels, String waiting, Overlay overlay) {
        words.clear();
        var frame = geometry.frame();
        gc.setFill(Color.web("#f4f5f7"));
        gc.fillRect(0, 0, w, h);
        if (map == null) {
            gc.setFill(Color.web("#d9dce3"));
            gc.fillRect(frame.left(), frame.top(), frame.width(), frame.height());
            gc.setFill(Color.web("#4a5568"));
            gc.setFont(PlotStyle.labelFont());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            words.add(waiting);
            gc.fillText(waiting, frame.left() + frame.width() / 2, frame.top() + frame.height() / 2,
                    frame.width() - 8);
            drawAxes(gc, geometry, labels);
            return;
        }
        gc.setImageSmoothing(true);
        gc.drawImage(image(map, log), frame.left(), frame.top(), frame.width(), frame.height());
        drawContours(gc, frame, map);
        if (overlay != null) {
            overlay.paint(gc, frame);
        }
        drawAxes(gc, geometry, labels);
        if (!compact) {
            drawColourBar(gc, geometry, map, log, labels.colourBar());
        }
    }

    private WritableImage image(HeatMap map, boolean log) {
        if (image == null || imageIsLog != log || imageOf != map) {
            var grid = map.grid();
            image = new WritableImage(grid.columns(), grid.rows());
            image.getPixelWriter().setPixels(0, 0, grid.columns(), grid.rows(), PixelFormat.getIntArgbInstance(),
                    map.pixels(log), 0, grid.columns());
            imageIsLog = log;
            imageOf = map;
        }
        return image;
    }

    /** The contour lines: faint white, or with high contrast stronger and wider. */
    private void drawContours(GraphicsContext gc, PlotFrame frame, HeatMap map) {
        gc.save();
        frame.clip(gc);
        boolean strong = PlotStyle.highContrast();
        gc.setStroke(Color.rgb(255, 255, 255, strong ? 0.85 : 0.45));
        contourWidth = PlotStyle.px(strong ? 1.6 : 1);
        gc.setLineWidth(contourWidth);
        for (ContourLines.Level level : map.contours()) {
            double[] s = level.segments();
            gc.beginPath();
            for (int k = 0; k < s.length; k += 4) {
                gc.moveTo(frame.px(s[k]), frame.py(s[k + 1]));
                gc.lineTo(frame.px(s[k + 2]), frame.py(s[k + 3]));
            }
            gc.stroke();
        }
        gc.restore();
    }

    private void drawAxes(GraphicsContext gc, PlotGeometry geometry, Labels labels) {
        var frame = geometry.frame();
        var bounds = frame.bounds();
        double tick = PlotStyle.px(5);
        gc.setStroke(INK);
        gc.setLineWidth(PlotStyle.px(1));
        gc.strokeRect(frame.left(), frame.top(), frame.width(), frame.height());
        gc.setFill(INK);
        gc.setFont(PlotStyle.tickFont());
        tickFontSize = PlotStyle.tickFont().getSize();
        double xStep = NiceTicks.step(bounds.width(), geometry.xTicks());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double v : NiceTicks.ticks(bounds.xMin(), bounds.xMax(), geometry.xTicks())) {
            gc.strokeLine(frame.px(v), frame.bottom(), frame.px(v), frame.bottom() + tick);
            gc.fillText(NiceTicks.label(v, xStep), frame.px(v), frame.bottom() + tick + PlotStyle.px(2));
        }
        double yStep = NiceTicks.step(bounds.height(), geometry.yTicks());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double v : NiceTicks.ticks(bounds.yMin(), bounds.yMax(), geometry.yTicks())) {
            gc.strokeLine(frame.left() - tick, frame.py(v), frame.left(), frame.py(v));
            gc.fillText(NiceTicks.label(v, yStep), frame.left() - tick - PlotStyle.px(3), frame.py(v));
        }
        if (!compact) {
            gc.setFont(PlotStyle.labelFont());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            say(gc, labels.xAxis(), frame.left() + frame.width() / 2, frame.bottom() + PlotStyle.px(25));
            gc.setTextBaseline(VPos.CENTER);
            double labelWidth = PlotGeometry.widestLabel(bounds.yMin(), bounds.yMax(), 6);
            double x = frame.left() - PlotStyle.px(PlotGeometry.TICK_TEXT_GAP + 10) - labelWidth;
            double y = frame.top() + frame.height() / 2;
            if (PlotGeometry.textWidth(labels.yAxis(), PlotStyle.labelFont()) <= PlotStyle.px(UPRIGHT_TITLE)) {
                say(gc, labels.yAxis(), x, y);
            } else {
                // A title longer than a letter or two reads along the axis, where the plot's height gives it room.
                gc.save();
                gc.translate(x, y);
                gc.rotate(-90);
                words.add(labels.yAxis());
                gc.fillText(labels.yAxis(), 0, 0, frame.height());
                gc.restore();
            }
        }
    }

    /** The size of the axis numbers at the last paint, for tests. */
    double tickFontSize() {
        return tickFontSize;
    }

    /** The width of the contour lines at the last paint, for tests. */
    double contourWidth() {
        return contourWidth;
    }

    /** The words drawn at the last paint (the numbers left out): what tests check came from the bundles. */
    public List<String> words() {
        return List.copyOf(words);
    }

    /** Draws a word (not a number) and keeps it for {@link #words}. */
    private void say(GraphicsContext gc, String text, double x, double y) {
        words.add(text);
        gc.fillText(text, x, y);
    }

    /** The colour bar's labels: the value at six evenly spaced points of the colour scale. */
    private static List<String> colourBarLabels(HeatMap map, boolean log) {
        var scale = map.scale(log);
        return java.util.stream.IntStream.rangeClosed(0, 5)
                .mapToObj(k -> RacePainter.formatValue(scale.valueAt(k / 5.0))).toList();
    }

    /** Width of the widest label of {@code map}'s colour bar. */
    double colourBarLabelWidth(HeatMap map, boolean log) {
        return colourBarLabels(map, log).stream()
                .mapToDouble(s -> PlotGeometry.textWidth(s, PlotStyle.tickFont())).max().orElse(0);
    }

    private void drawColourBar(GraphicsContext gc, PlotGeometry geometry, HeatMap map, boolean log, String title) {
        var frame = geometry.frame();
        double x = geometry.colourBarX();
        double barWidth = PlotStyle.px(PlotGeometry.BAR_WIDTH);
        double top = frame.top();
        double height = frame.height();
        for (int i = 0; i < (int) height; i++) {
            int argb = Viridis.argb(1 - i / height);
            gc.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            gc.fillRect(x, top + i, barWidth, 1.5);
        }
        gc.setStroke(INK);
        gc.setLineWidth(PlotStyle.px(1));
        gc.strokeRect(x, top, barWidth, height);
        gc.setFill(INK);
        gc.setFont(PlotStyle.labelFont());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        say(gc, title, x, top - PlotStyle.px(6));
        gc.setFont(PlotStyle.tickFont());
        gc.setTextBaseline(VPos.CENTER);
        var labels = colourBarLabels(map, log);
        for (int k = 0; k <= 5; k++) {
            double y = top + (1 - k / 5.0) * height;
            gc.strokeLine(x + barWidth, y, x + barWidth + PlotStyle.px(4), y);
            gc.fillText(labels.get(k), x + barWidth + PlotStyle.px(8), y);
        }
    }
}
