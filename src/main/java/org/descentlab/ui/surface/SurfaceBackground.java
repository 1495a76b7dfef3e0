package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.surface.ContourLines;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Viridis;
import org.descentlab.ui.widgets.NiceTicks;
import org.descentlab.ui.words.Words;

/**
 * The still part of a surface plot, painted when the surface, the colour scale or the size changes: the heat map,
 * contour lines, minima and saddle markers, the axes with ticks that stand apart ({@link PlotGeometry}) and the
 * colour bar with labels measured to fit.
 */
final class SurfaceBackground {

    private static final Color INK = Color.web("#1d2533");

    private final SurfaceTabModel model;
    private final boolean compact;
    private PlotGeometry geometry;
    private HeatMap heatMap;
    private WritableImage image;
    private boolean imageIsLog;
    private HeatMap imageOf;
    /** The words (not the numbers) drawn at the last {@link #paint}. */
    private final List<String> words = new ArrayList<>();
    /** The size of the axis numbers at the last {@link #paint}, for tests. */
    private double tickFontSize;
    /** The width of the contour lines at the last {@link #paint}, for tests. */
    private double contourWidth;

    SurfaceBackground(SurfaceTabModel model, boolean compact) {
        this.model = model;
        this.compact = compact;
    }

    /**
     * Paints the whole background for {@code geometry}: the heat map of {@code map} (or, without one, the
     * {@code problem} or a word that it is coming), contours, markers, axes and colour bar.
     */
    void paint(GraphicsContext gc, double w, double h, PlotGeometry geometry, HeatMap map, String problem) {
        this.geometry = geometry;
        this.heatMap = map;
        words.clear();
        var frame = geometry.frame();
        gc.setFill(Color.web("#f4f5f7"));
        gc.fillRect(0, 0, w, h);
        if (heatMap == null) {
            gc.setFill(Color.web("#d9dce3"));
            gc.fillRect(frame.left(), frame.top(), frame.width(), frame.height());
            gc.setFill(Color.web("#4a5568"));
            gc.setFont(PlotStyle.labelFont());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            String text = problem != null ? problem : Words.get("surfaces.plot.drawing");
            words.add(text);
            gc.fillText(text, frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, frame.width() - 8);
            drawAxes(gc);
            return;
        }
        boolean log = model.logColourScaleProperty().get();
        gc.setImageSmoothing(true);
        gc.drawImage(image(log), frame.left(), frame.top(), frame.width(), frame.height());
        drawContours(gc);
        drawMarkers(gc);
        drawAxes(gc);
        if (!compact) {
            drawColourBar(gc, log);
        }
    }

    private WritableImage image(boolean log) {
        if (image == null || imageIsLog != log || imageOf != heatMap) {
            var grid = heatMap.grid();
            image = new WritableImage(grid.columns(), grid.rows());
            image.getPixelWriter().setPixels(0, 0, grid.columns(), grid.rows(), PixelFormat.getIntArgbInstance(),
                    heatMap.pixels(log), 0, grid.columns());
            imageIsLog = log;
            imageOf = heatMap;
        }
        return image;
    }

    /** The contour lines: faint white, or with high contrast stronger and wider. */
    private void drawContours(GraphicsContext gc) {
        var frame = geometry.frame();
        gc.save();
        frame.clip(gc);
        boolean strong = PlotStyle.highContrast();
        gc.setStroke(Color.rgb(255, 255, 255, strong ? 0.85 : 0.45));
        contourWidth = PlotStyle.px(strong ? 1.6 : 1);
        gc.setLineWidth(contourWidth);
        for (ContourLines.Level level : heatMap.contours()) {
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

    private void drawMarkers(GraphicsContext gc) {
        var frame = geometry.frame();
        var info = model.surface().info();
        // Rastrigin has a minimum in each of its 121 dimples: there, full-size rings would hide the surface.
        boolean many = info.minima().size() > 12;
        // Markers shrink with a small panel, so that they do not cover the paths they mark the end of.
        double size = Math.max(3.5, Math.min(8, frame.width() / 28));
        double r = compact ? Math.min(PlotStyle.px(size), Math.max(size, frame.width() / 24)) : PlotStyle.px(size);
        for (Minimum m : info.minima()) {
            double x = frame.px(m.point().x());
            double y = frame.py(m.point().y());
            if (m.global()) {
                RacePainter.star(gc, x, y, r + PlotStyle.px(3), Color.WHITE, Color.BLACK);
            } else if (!many) {
                RacePainter.localMinimum(gc, x, y, r);
            } else if (frame.scale() >= 25) {
                // A dot per dimple, left out when the dimples are too close to tell apart anyway.
                double d = PlotStyle.px(2.5);
                gc.setFill(Color.WHITE);
                gc.fillOval(x - d, y - d, 2 * d, 2 * d);
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(PlotStyle.px(1));
                gc.strokeOval(x - d, y - d, 2 * d, 2 * d);
            }
        }
        for (Point s : info.saddlePoints()) {
            RacePainter.cross(gc, frame.px(s.x()), frame.py(s.y()), r, Color.WHITE);
        }
    }

    private void drawAxes(GraphicsContext gc) {
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
            say(gc, Words.get("surfaces.plot.axisX"), frame.left() + frame.width() / 2,
                    frame.bottom() + PlotStyle.px(25));
            gc.setTextBaseline(VPos.CENTER);
            double labelWidth = PlotGeometry.widestLabel(bounds.yMin(), bounds.yMax(), 6);
            say(gc, Words.get("surfaces.plot.axisY"), frame.left() - PlotStyle.px(PlotGeometry.TICK_TEXT_GAP + 10)
                    - labelWidth, frame.top() + frame.height() / 2);
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

    /** The words drawn at the last paint (the numbers left out), for tests. */
    List<String> words() {
        return List.copyOf(words);
    }

    /** Draws a word (not a number) and keeps it for {@link #words}. */
    private void say(GraphicsContext gc, String text, double x, double y) {
        words.add(text);
        gc.fillText(text, x, y);
    }

    /** The colour bar's labels: f at six evenly spaced points of the colour scale. */
    private List<String> colourBarLabels(HeatMap map) {
        var scale = map.scale(model.logColourScaleProperty().get());
        return java.util.stream.IntStream.rangeClosed(0, 5)
                .mapToObj(k -> RacePainter.formatValue(scale.valueAt(k / 5.0))).toList();
    }

    /** Width of the widest label of {@code map}'s colour bar. */
    double colourBarLabelWidth(HeatMap map) {
        return colourBarLabels(map).stream().mapToDouble(s -> PlotGeometry.textWidth(s, PlotStyle.tickFont()))
                .max().orElse(0);
    }

    private void drawColourBar(GraphicsContext gc, boolean log) {
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
        say(gc, Words.get(log ? "surfaces.plot.colourBarLog" : "surfaces.plot.colourBar"), x, top - PlotStyle.px(6));
        gc.setFont(PlotStyle.tickFont());
        gc.setTextBaseline(VPos.CENTER);
        var labels = colourBarLabels(heatMap);
        for (int k = 0; k <= 5; k++) {
            double y = top + (1 - k / 5.0) * height;
            gc.strokeLine(x + barWidth, y, x + barWidth + PlotStyle.px(4), y);
            gc.fillText(labels.get(k), x + barWidth + PlotStyle.px(8), y);
        }
    }
}
