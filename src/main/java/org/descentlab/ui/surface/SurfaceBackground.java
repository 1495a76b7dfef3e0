package org.descentlab.ui.surface;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.widgets.PlotFrame;
import org.descentlab.ui.words.Words;

/**
 * The still part of a surface plot, painted when the surface, the colour scale or the size changes: the heat map,
 * contour lines, axes and colour bar ({@link HeatMapPainter}, shared with the network's loss landscape) with the
 * surface's minima and saddle markers over the contours.
 */
final class SurfaceBackground {

    private final SurfaceTabModel model;
    private final boolean compact;
    private final HeatMapPainter painter;

    SurfaceBackground(SurfaceTabModel model, boolean compact) {
        this.model = model;
        this.compact = compact;
        this.painter = new HeatMapPainter(compact);
    }

    /**
     * Paints the whole background for {@code geometry}: the heat map of {@code map} (or, without one, the
     * {@code problem} or a word that it is coming), contours, markers, axes and colour bar.
     */
    void paint(GraphicsContext gc, double w, double h, PlotGeometry geometry, HeatMap map, String problem) {
        boolean log = model.logColourScaleProperty().get();
        var labels = new HeatMapPainter.Labels(Words.get("surfaces.plot.axisX"), Words.get("surfaces.plot.axisY"),
                Words.get(log ? "surfaces.plot.colourBarLog" : "surfaces.plot.colourBar"));
        String waiting = problem != null ? problem : Words.get("surfaces.plot.drawing");
        painter.paint(gc, w, h, geometry, map, log, labels, waiting, this::drawMarkers);
    }

    private void drawMarkers(GraphicsContext gc, PlotFrame frame) {
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

    /** The size of the axis numbers at the last paint, for tests. */
    double tickFontSize() {
        return painter.tickFontSize();
    }

    /** The width of the contour lines at the last paint, for tests. */
    double contourWidth() {
        return painter.contourWidth();
    }

    /** The words drawn at the last paint (the numbers left out), for tests. */
    List<String> words() {
        return painter.words();
    }

    /** Width of the widest label of {@code map}'s colour bar. */
    double colourBarLabelWidth(HeatMap map) {
        return painter.colourBarLabelWidth(map, model.logColourScaleProperty().get());
    }
}
