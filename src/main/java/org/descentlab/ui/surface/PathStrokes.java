package org.descentlab.ui.surface;

import java.util.function.IntToDoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.descentlab.core.descent.Path;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * The ways a path is stroked on a surface plot: its newest steps bold, in bands fading toward the past; its older
 * steps thin; the steps after the one on show (while the timeline looks back) faint; and a previous run's path as a
 * dashed ghost. Each over a halo ({@link PlotStyle#pathEdge}), so that it reads on viridis' dark and light colours
 * alike. Keeps its pixel buffers from one drawing to the next.
 */
final class PathStrokes {

    /** Number of bands the newest steps are drawn in, from faint to solid. */
    private static final int BANDS = 4;

    private final boolean compact;
    /** Pixel coordinates of the path being drawn, reused from frame to frame. */
    private double[] xs = new double[1024];
    private double[] ys = new double[1024];
    /** The width the newest part of a path was drawn with last, for tests. */
    private double boldWidth;

    PathStrokes(boolean compact) {
        this.compact = compact;
    }

    /** The width the newest part of a path was drawn with last. */
    double boldWidth() {
        return boldWidth;
    }

    /** Steps {@code first} to {@code last} (both included), bold, in {@link #BANDS} bands fading toward the past. */
    void bold(GraphicsContext gc, PlotFrame frame, Path path, int first, int last, Color colour) {
        int n = screen(frame, path::x, path::y, first, last + 1);
        if (n < 2) {
            return;
        }
        double width = (compact ? 2.2 : 3) * PlotStyle.pathFactor();
        double edge = PlotStyle.px(4);
        boldWidth = width;
        for (int layer = 0; layer < 2; layer++) {
            for (int band = 0; band < BANDS; band++) {
                int from = (int) ((long) (n - 1) * band / BANDS);
                int to = (int) ((long) (n - 1) * (band + 1) / BANDS);
                if (to <= from) {
                    continue;
                }
                double age = (band + 1.0) / BANDS; // 1 for the newest band
                double alpha = 0.45 + 0.55 * age;
                double lineWidth = width * (0.6 + 0.4 * age);
                if (layer == 0) {
                    gc.setStroke(PlotStyle.pathEdge(0.85 * alpha));
                    gc.setLineWidth(lineWidth + edge);
                } else {
                    gc.setStroke(colour.deriveColor(0, 1, 1, alpha));
                    gc.setLineWidth(lineWidth);
                }
                polyline(gc, from, to);
            }
        }
    }

    /** Steps {@code from} to {@code to} (excluded), thin and faint: the older part of a path. */
    void thin(GraphicsContext gc, PlotFrame frame, Path path, int from, int to, Color colour) {
        int n = screen(frame, path::x, path::y, from, to);
        double width = (compact ? 1.4 : 1.8) * PlotStyle.pathFactor();
        double edge = PlotStyle.px(compact ? 2.1 : 2.7);
        stroke(gc, n, PlotStyle.pathEdge(0.55), width + edge, colour.deriveColor(0, 1, 1, 0.7), width);
    }

    /**
     * Steps {@code from} to {@code to} (excluded), very faint: the part of a path after the step on show, so that the
     * whole path is still there to scrub along but the eye goes to the step chosen.
     */
    void faded(GraphicsContext gc, PlotFrame frame, Path path, int from, int to, Color colour) {
        int n = screen(frame, path::x, path::y, from, to);
        double width = (compact ? 1.2 : 1.5) * PlotStyle.pathFactor();
        stroke(gc, n, PlotStyle.pathEdge(0.2), width + PlotStyle.px(1.5), colour.deriveColor(0, 0.6, 1, 0.3), width);
    }

    /** A previous run's path, dashed and faint, with a small ring (or a cross, if it diverged) where it ended. */
    void ghost(GraphicsContext gc, PlotFrame frame, GhostPaths.Ghost ghost) {
        var xsOf = ghost.xs();
        var ysOf = ghost.ys();
        int n = screen(frame, k -> xsOf[k], k -> ysOf[k], 0, ghost.size());
        double width = (compact ? 1.4 : 1.8) * PlotStyle.pathFactor();
        gc.setLineDashes(PlotStyle.px(6), PlotStyle.px(5));
        stroke(gc, n, PlotStyle.pathEdge(0.45), width + PlotStyle.px(2), ghost.colour().deriveColor(0, 1, 1, 0.6),
                width);
        gc.setLineDashes();
        if (n == 0) {
            return;
        }
        double x = xs[n - 1];
        double y = ys[n - 1];
        double r = PlotStyle.px(compact ? 3.5 : 4.5);
        if (ghost.diverged()) {
            RacePainter.cross(gc, x, y, r, ghost.colour().deriveColor(0, 1, 1, 0.8));
        } else {
            gc.setStroke(PlotStyle.pathEdge(0.6));
            gc.setLineWidth(PlotStyle.px(3.5));
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(ghost.colour().deriveColor(0, 1, 1, 0.8));
            gc.setLineWidth(PlotStyle.px(1.8));
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** The first {@code n} buffered points as one line over its halo. */
    private void stroke(GraphicsContext gc, int n, Color halo, double haloWidth, Color ink, double inkWidth) {
        if (n < 2) {
            return;
        }
        for (int layer = 0; layer < 2; layer++) {
            gc.setStroke(layer == 0 ? halo : ink);
            gc.setLineWidth(layer == 0 ? haloWidth : inkWidth);
            polyline(gc, 0, n - 1);
        }
    }

    private void polyline(GraphicsContext gc, int from, int to) {
        gc.beginPath();
        gc.moveTo(xs[from], ys[from]);
        for (int k = from + 1; k <= to; k++) {
            gc.lineTo(xs[k], ys[k]);
        }
        gc.stroke();
    }

    /**
     * Points {@code start} to {@code end} (excluded) in pixels, leaving out points within a pixel of the last one
     * kept (the last point is always kept). Near a minimum hundreds of steps fall on the same pixel; drawing them
     * would only cost time.
     *
     * @return the number of points in {@link #xs} and {@link #ys}
     */
    private int screen(PlotFrame frame, IntToDoubleFunction x, IntToDoubleFunction y, int start, int end) {
        if (xs.length < end - start) {
            xs = new double[Math.max(end - start, 2 * xs.length)];
            ys = new double[xs.length];
        }
        int n = 0;
        for (int k = start; k < end; k++) {
            double px = frame.px(x.applyAsDouble(k));
            double py = frame.py(y.applyAsDouble(k));
            if (n == 0 || k == end - 1 || Math.abs(px - xs[n - 1]) + Math.abs(py - ys[n - 1]) >= 1.5) {
                xs[n] = px;
                ys[n] = py;
                n++;
            }
        }
        return n;
    }
}
