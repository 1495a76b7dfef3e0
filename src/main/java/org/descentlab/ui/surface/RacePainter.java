package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.descentlab.core.descent.Walker;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * Draws the race over a surface: the start marker, each optimizer's path (thin and faint toward the past, bold at
 * its head, over a white halo so that even a dark colour reads in viridis' dark valleys; thicker over a dark outline
 * with high contrast), its current point, its name ({@link NameLabels}), and, when asked, what the optimizer carries
 * inside. Every width and size follows {@link PlotStyle}. The legend is not drawn here but beside the plot
 * ({@link PlotLegend}).
 */
final class RacePainter {

    /** Steps drawn bold at the head of a path; older ones are on the trail layer. */
    static final int WINDOW = 80;

    private final SurfaceTabModel model;
    private final boolean compact;
    private final PathStrokes strokes;
    private final InsidesPainter insides;
    /** Per walker, the path index up to which its trail is drawn. */
    private final java.util.Map<Walker, Integer> trailDrawn = new java.util.IdentityHashMap<>();
    /** The view step the trail layer was drawn for ({@link Replay#LIVE} for the newest). */
    private int trailView = Replay.LIVE;
    /** The ghosts' revision the trail layer was drawn for. */
    private long trailGhosts = -1;
    private final NameLabels names = new NameLabels();
    /** Where each racer's head was drawn at the last {@link #paint}, by racer key, for tests. */
    private final Map<String, Point2D> heads = new LinkedHashMap<>();
    /** The racers whose ghosts were drawn at the last full trail drawing, for tests. */
    private final List<String> ghostsDrawn = new ArrayList<>();

    RacePainter(SurfaceTabModel model, boolean compact) {
        this.model = model;
        this.compact = compact;
        this.strokes = new PathStrokes(compact);
        this.insides = new InsidesPainter(compact);
    }

    /**
     * The newest part of each path up to the step on show, the heads there, the starts, the insides if asked and the
     * names: the layer drawn again every frame.
     */
    void paint(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots) {
        var moments = moments(slots);
        heads.clear();
        gc.save();
        frame.clip(gc);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (OptimizerSlot slot : slots) {
            var moment = moments.get(slot);
            if (moment != null) {
                strokes.bold(gc, frame, slot.walker().path(), Math.max(0, moment.step() - WINDOW), moment.step(),
                        slot.colour());
            }
        }
        for (OptimizerSlot slot : slots) {
            var moment = moments.get(slot);
            if (moment != null) {
                head(gc, frame, slot, moment);
            }
        }
        starts(gc, frame, slots);
        if (model.showInsidesProperty().get()) {
            for (OptimizerSlot slot : slots) {
                var moment = moments.get(slot);
                if (moment != null && !moment.diverged()) {
                    insides.paint(gc, frame, slot, moment);
                }
            }
        }
        // Names last, over the arrows, so that they can always be read.
        if (!compact) {
            names.draw(gc, frame, slots, moments, model::nameOf);
        }
        gc.restore();
    }

    /** Each racing slot's walker at the step on show. */
    private Map<OptimizerSlot, WalkerMoment> moments(List<OptimizerSlot> slots) {
        var moments = new IdentityHashMap<OptimizerSlot, WalkerMoment>();
        for (OptimizerSlot slot : slots) {
            if (slot.walker() != null) {
                moments.put(slot, WalkerMoment.of(slot.walker(), model.replay()));
            }
        }
        return moments;
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
        return strokes.boldWidth();
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
     * Draws the older part of every path (all but the newest {@link #WINDOW} steps before the step on show) as a thin,
     * faint line on a canvas that is not cleared between frames: each frame adds only the steps that left the window,
     * so a long race costs no more per frame than a short one. Under them, the previous run's ghosts, and, while the
     * timeline shows an earlier step, the paths after it, faded. Everything is drawn again when {@code full} is set
     * (new size, new surface, a restart), when a path got shorter, or when the step on show or the ghosts change.
     */
    void paintTrail(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots, boolean full) {
        var replay = model.replay();
        int view = replay.live() ? Replay.LIVE : replay.shownStep();
        long ghosts = model.ghosts().revisionProperty().get();
        boolean restart = full || slots.size() != trailDrawn.size() || view != trailView || ghosts != trailGhosts;
        for (OptimizerSlot slot : slots) {
            var walker = slot.walker();
            Integer drawn = trailDrawn.get(walker);
            if (walker == null || drawn == null || walker.path().size() - 1 - WINDOW < drawn - 1) {
                restart = true;
            }
        }
        gc.save();
        if (restart) {
            gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
            trailDrawn.clear();
            slots.forEach(s -> {
                if (s.walker() != null) {
                    trailDrawn.put(s.walker(), 0);
                }
            });
            trailView = view;
            trailGhosts = ghosts;
        }
        frame.clip(gc);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        if (restart) {
            ghosts(gc, frame, slots);
        }
        for (OptimizerSlot slot : slots) {
            var walker = slot.walker();
            if (walker == null) {
                continue;
            }
            int shown = replay.stepOf(walker);
            if (restart && shown < walker.currentStep()) {
                strokes.faded(gc, frame, walker.path(), shown, walker.path().size(), slot.colour());
            }
            int from = Math.max(0, trailDrawn.get(walker) - 1);
            int to = shown + 1 - WINDOW;
            if (to - from < 2) {
                continue;
            }
            strokes.thin(gc, frame, walker.path(), from, to, slot.colour());
            trailDrawn.put(walker, to);
        }
        gc.restore();
    }

    /** The previous run's path of each racer drawn here that had one. */
    private void ghosts(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots) {
        ghostsDrawn.clear();
        for (GhostPaths.Ghost ghost : model.ghosts().visible()) {
            if (slots.stream().anyMatch(s -> s.key().equals(ghost.key()))) {
                strokes.ghost(gc, frame, ghost);
                ghostsDrawn.add(ghost.key());
            }
        }
    }

    /** Where each racer's head was drawn at the last {@link #paint}, by racer key. */
    Map<String, Point2D> heads() {
        return Map.copyOf(heads);
    }

    /** The racers whose ghosts are on the trail layer. */
    List<String> ghostsDrawn() {
        return List.copyOf(ghostsDrawn);
    }

    private void head(GraphicsContext gc, PlotFrame frame, OptimizerSlot slot, WalkerMoment moment) {
        double x = clamp(frame.px(moment.x()), frame.left(), frame.right());
        double y = clamp(frame.py(moment.y()), frame.top(), frame.bottom());
        double r = marker(frame, compact ? 5 : 7);
        heads.put(slot.key(), new Point2D(x, y));
        if (moment.diverged()) {
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
