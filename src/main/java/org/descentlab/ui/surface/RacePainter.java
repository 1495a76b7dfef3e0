package org.descentlab.ui.surface;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.optim.Insight;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * Draws the race over a surface: the start marker, each optimizer's path (thin and faint toward the past, bold at
 * its head, over a white halo so that even a dark colour reads in viridis' dark valleys; thicker over a dark outline
 * with high contrast), its current point, its name ({@link NameLabels}), and, when asked, what the optimizer carries
 * inside. Every width and size follows {@link PlotStyle}. The legend is not drawn here but beside the plot
 * ({@link PlotLegend}).
 */
final class RacePainter {

    /** Number of bands the newest steps are drawn in, from faint to solid. */
    private static final int BANDS = 4;
    /** Steps drawn bold at the head of a path; older ones are on the trail layer. */
    static final int WINDOW = 80;

    private final SurfaceTabModel model;
    private final boolean compact;
    /** Pixel coordinates of the path being drawn, reused from frame to frame. */
    private double[] xs = new double[1024];
    private double[] ys = new double[1024];
    /** Per walker, the path index up to which its trail is drawn. */
    private final java.util.Map<Walker, Integer> trailDrawn = new java.util.IdentityHashMap<>();
    private final NameLabels names = new NameLabels();
    /** The width the newest part of a path was drawn with at the last {@link #paint}, for tests. */
    private double pathWidth;

    RacePainter(SurfaceTabModel model, boolean compact) {
        this.model = model;
        this.compact = compact;
    }

    void paint(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots) {
        gc.save();
        frame.clip(gc);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (OptimizerSlot slot : slots) {
            if (slot.walker() != null) {
                path(gc, frame, slot.walker(), slot.colour());
            }
        }
        for (OptimizerSlot slot : slots) {
            if (slot.walker() != null) {
                head(gc, frame, slot);
            }
        }
        starts(gc, frame, slots);
        if (model.showInsidesProperty().get()) {
            for (OptimizerSlot slot : slots) {
                if (slot.walker() != null && !slot.walker().status().diverged()) {
                    insides(gc, frame, slot);
                }
            }
        }
        // Names last, over the arrows, so that they can always be read.
        if (!compact) {
            names.draw(gc, frame, slots, model::nameOf);
        }
        gc.restore();
    }

    /**
     * The common start, white, and each copy's own start, in the copy's colour; over the heads: at step 0 they sit on
     * their starts, and the starts are what the picture is about. The common start is left out of a panel whose only
     * racer starts elsewhere.
     */
    private void starts(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots) {
        var race = model.race();
        boolean common = slots.stream().anyMatch(s -> s.walker() == null || !race.hasOwnStart(s.walker()));
        double r = marker(frame, compact ? 7 : 9);
        if (common || slots.isEmpty()) {
            var start = model.startProperty().get();
            diamond(gc, frame.px(start.x()), frame.py(start.y()), r, Color.WHITE);
        }
        for (OptimizerSlot slot : slots) {
            if (slot.walker() != null && race.hasOwnStart(slot.walker())) {
                var own = race.startOf(slot.walker());
                diamond(gc, frame.px(own.x()), frame.py(own.y()), r, slot.colour());
            }
        }
    }

    /**
     * A marker's radius: {@code pixels} at the scale of the moment, but in a small panel no more than a sixteenth of
     * its width, so that classroom mode's larger markers do not cover the paths they mark.
     */
    private double marker(PlotFrame frame, double pixels) {
        return compact ? Math.min(PlotStyle.px(pixels), Math.max(pixels, frame.width() / 16)) : PlotStyle.px(pixels);
    }

    /** The width the newest part of a path was drawn with at the last {@link #paint}. */
    double pathWidth() {
        return pathWidth;
    }

    /** Where the names went at the last {@link #paint}. */
    List<Bounds> nameBoxes() {
        return names.boxes();
    }

    /** The names drawn at the last {@link #paint}. */
    List<String> nameTexts() {
        return names.texts();
    }

    /**
     * The newest {@link #WINDOW} steps of a path, bold, in {@link #BANDS} bands fading toward the past, over a white
     * halo. Older steps are on the trail layer (see {@link #paintTrail}).
     */
    private void path(GraphicsContext gc, PlotFrame frame, Walker walker, Color colour) {
        int first = Math.max(0, walker.path().size() - 1 - WINDOW);
        int n = screenPath(frame, walker, first, walker.path().size());
        if (n < 2) {
            return;
        }
        double width = (compact ? 2.2 : 3) * PlotStyle.pathFactor();
        double edge = PlotStyle.px(4);
        pathWidth = width;
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
                gc.beginPath();
                gc.moveTo(xs[from], ys[from]);
                for (int k = from + 1; k <= to; k++) {
                    gc.lineTo(xs[k], ys[k]);
                }
                gc.stroke();
            }
        }
    }

    /**
     * Draws the older part of every path (all but the newest {@link #WINDOW} steps) as a thin, faint line on a canvas
     * that is not cleared between frames: each frame adds only the steps that left the window, so a long race costs
     * no more per frame than a short one. Everything is drawn again when {@code full} is set (new size, new
     * surface, a restart) or when a path got shorter.
     */
    void paintTrail(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots, boolean full) {
        boolean restart = full || slots.size() != trailDrawn.size();
        for (OptimizerSlot slot : slots) {
            var walker = slot.walker();
            Integer drawn = trailDrawn.get(walker);
            if (walker == null || drawn == null || walker.path().size() - 1 - WINDOW < drawn - 1) {
                restart = true;
            }
        }
        if (restart) {
            gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
            trailDrawn.clear();
            slots.forEach(s -> {
                if (s.walker() != null) {
                    trailDrawn.put(s.walker(), 0);
                }
            });
        }
        gc.save();
        frame.clip(gc);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (OptimizerSlot slot : slots) {
            var walker = slot.walker();
            if (walker == null) {
                continue;
            }
            int from = Math.max(0, trailDrawn.get(walker) - 1);
            int to = walker.path().size() - WINDOW;
            if (to - from < 2) {
                continue;
            }
            int n = screenPath(frame, walker, from, to);
            double width = (compact ? 1.4 : 1.8) * PlotStyle.pathFactor();
            for (int layer = 0; layer < 2; layer++) {
                gc.setStroke(layer == 0 ? PlotStyle.pathEdge(0.55) : slot.colour().deriveColor(0, 1, 1, 0.7));
                gc.setLineWidth(layer == 0 ? width + PlotStyle.px(compact ? 2.1 : 2.7) : width);
                gc.beginPath();
                gc.moveTo(xs[0], ys[0]);
                for (int k = 1; k < n; k++) {
                    gc.lineTo(xs[k], ys[k]);
                }
                gc.stroke();
            }
            trailDrawn.put(walker, to);
        }
        gc.restore();
    }

    /**
     * The path in pixels, leaving out points within a pixel of the last one kept (the last point is always kept).
     * Near a minimum hundreds of steps fall on the same pixel; drawing them would only cost time.
     *
     * @return the number of points in {@link #xs} and {@link #ys}
     */
    private int screenPath(PlotFrame frame, Walker walker, int start, int end) {
        var path = walker.path();
        int size = end;
        if (xs.length < size - start) {
            xs = new double[Math.max(size - start, 2 * xs.length)];
            ys = new double[xs.length];
        }
        int n = 0;
        for (int k = start; k < size; k++) {
            double x = frame.px(path.x(k));
            double y = frame.py(path.y(k));
            if (n == 0 || k == size - 1 || Math.abs(x - xs[n - 1]) + Math.abs(y - ys[n - 1]) >= 1.5) {
                xs[n] = x;
                ys[n] = y;
                n++;
            }
        }
        return n;
    }

    private void head(GraphicsContext gc, PlotFrame frame, OptimizerSlot slot) {
        var walker = slot.walker();
        var p = walker.position();
        double x = clamp(frame.px(p.x()), frame.left(), frame.right());
        double y = clamp(frame.py(p.y()), frame.top(), frame.bottom());
        double r = marker(frame, compact ? 5 : 7);
        if (walker.status().diverged()) {
            cross(gc, x, y, r + PlotStyle.px(2), Color.web("#e00000"));
        } else {
            gc.setFill(slot.colour());
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (PlotStyle.highContrast()) {
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(PlotStyle.px(5));
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(PlotStyle.px(2));
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void insides(GraphicsContext gc, PlotFrame frame, OptimizerSlot slot) {
        var walker = slot.walker();
        var p = walker.position();
        double x = frame.px(p.x());
        double y = frame.py(p.y());
        double[] g = walker.gradient();
        double norm = Math.hypot(g[0], g[1]);
        if (norm > 0) {
            // The downhill direction −∇f, drawn at a fixed length: its direction is the lesson, its size is in the
            // status table.
            double len = PlotStyle.px(compact ? 32 : 46);
            arrow(gc, x, y, x - g[0] / norm * len, y + g[1] / norm * len, Color.WHITE, PlotStyle.px(2.5));
        }
        Insight insight = walker.optimizer().insight(new double[] {p.x(), p.y()});
        Color colour = slot.colour();
        if (insight.velocity() != null) {
            // The velocity, magnified 10× so that a typical step is visible.
            double[] v = insight.velocity();
            double vx = v[0] * frame.scale() * 10;
            double vy = -v[1] * frame.scale() * 10;
            double length = Math.hypot(vx, vy);
            double cap = Math.min(1, PlotStyle.px(160) / Math.max(length, 1e-9));
            arrow(gc, x, y, x + vx * cap, y + vy * cap, colour, PlotStyle.px(3));
        }
        if (insight.lookAhead() != null) {
            double ax = frame.px(insight.lookAhead()[0]);
            double ay = frame.py(insight.lookAhead()[1]);
            gc.setLineDashes(PlotStyle.px(4), PlotStyle.px(4));
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(PlotStyle.px(1.5));
            gc.strokeLine(x, y, ax, ay);
            gc.setLineDashes();
            double r = PlotStyle.px(6);
            gc.setStroke(colour);
            gc.setLineWidth(PlotStyle.px(2.5));
            gc.strokeOval(ax - r, ay - r, 2 * r, 2 * r);
        }
        if (insight.effectiveLearningRate() != null) {
            // Semi-axes in proportion to the effective learning rate along x and y: a round ellipse treats both
            // axes alike, a flat one steps further along its long axis.
            double[] rate = insight.effectiveLearningRate();
            double largest = Math.max(rate[0], rate[1]);
            if (largest > 0 && Double.isFinite(largest)) {
                double size = PlotStyle.px(compact ? 22 : 30);
                double rx = Math.max(PlotStyle.px(2), size * rate[0] / largest);
                double ry = Math.max(PlotStyle.px(2), size * rate[1] / largest);
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(PlotStyle.px(3.5));
                gc.strokeOval(x - rx, y - ry, 2 * rx, 2 * ry);
                gc.setStroke(colour);
                gc.setLineWidth(PlotStyle.px(2));
                gc.strokeOval(x - rx, y - ry, 2 * rx, 2 * ry);
            }
        }
    }

    /** A start marker: a diamond in {@code fill} with a black edge. */
    static void diamond(GraphicsContext gc, double x, double y, double r, Color fill) {
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, 4);
        gc.setStroke(Color.BLACK);
        gc.setLineWidth(PlotStyle.px(2));
        gc.strokePolygon(xs, ys, 4);
    }

    static void star(GraphicsContext gc, double x, double y, double r, Color fill, Color edge) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? r : r * 0.45;
            xs[i] = x + radius * Math.cos(a);
            ys[i] = y + radius * Math.sin(a);
        }
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, 10);
        gc.setStroke(edge);
        gc.setLineWidth(PlotStyle.px(1.5));
        gc.strokePolygon(xs, ys, 10);
    }

    /** A local minimum's marker: a white ring with a black edge. */
    static void localMinimum(GraphicsContext gc, double x, double y, double r) {
        gc.setStroke(Color.BLACK);
        gc.setLineWidth(PlotStyle.px(4));
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(PlotStyle.px(2));
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    static void cross(GraphicsContext gc, double x, double y, double r, Color colour) {
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setStroke(Color.BLACK);
        gc.setLineWidth(PlotStyle.px(5));
        gc.strokeLine(x - r, y - r, x + r, y + r);
        gc.strokeLine(x - r, y + r, x + r, y - r);
        gc.setStroke(colour);
        gc.setLineWidth(PlotStyle.px(2.5));
        gc.strokeLine(x - r, y - r, x + r, y + r);
        gc.strokeLine(x - r, y + r, x + r, y - r);
    }

    static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1, Color colour, double width) {
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double head = PlotStyle.px(9);
        for (int layer = 0; layer < 2; layer++) {
            gc.setStroke(layer == 0 ? Color.rgb(0, 0, 0, 0.7) : colour);
            gc.setLineWidth(layer == 0 ? width + PlotStyle.px(2.5) : width);
            gc.strokeLine(x0, y0, x1, y1);
            gc.strokeLine(x1, y1, x1 - head * Math.cos(angle - 0.45), y1 - head * Math.sin(angle - 0.45));
            gc.strokeLine(x1, y1, x1 - head * Math.cos(angle + 0.45), y1 - head * Math.sin(angle + 0.45));
        }
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** A value of f in at most 4 significant digits, scientific when very small or large. */
    static String formatValue(double v) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        // From 10⁴ on, %.4g would switch to its own "1.234e+04"; the short form is kept for every large value.
        if (a >= 9999.5 || a < 1e-3) {
            return String.format(java.util.Locale.ROOT, "%.2e", v).replace("e-0", "e-").replace("e+0", "e");
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+$", "$1")
                .replaceFirst("\\.$", "");
    }
}
