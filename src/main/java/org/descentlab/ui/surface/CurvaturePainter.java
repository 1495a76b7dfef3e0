package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.descent.Curvature;
import org.descentlab.core.surface.Surface;
import org.descentlab.ui.widgets.PlotFrame;
import org.descentlab.ui.words.Words;

/**
 * The curvature of a surface at a point, drawn over the plot: the Hessian's two eigenvectors as axes through the
 * point, each as long as its eigenvalue's size (the larger one a fixed length), solid where f curves up (λ &gt; 0) and
 * dashed where it curves down (λ &lt; 0), each labelled with its λ, and the condition number κ written beside them.
 * A narrow valley shows as a long axis across it and a short one along it, with a large κ.
 */
final class CurvaturePainter {

    /**
     * One drawing of the axes, in pixels, for tests.
     *
     * @param centre the point the axes cross at
     * @param maxEnd the end of the λmax axis on its eigenvector's side
     * @param minEnd the end of the λmin axis on its eigenvector's side
     * @param curvature the curvature drawn
     */
    record Axes(Point2D centre, Point2D maxEnd, Point2D minEnd, Curvature curvature) {
    }

    private static final Color INK = Color.WHITE;
    private static final Color EDGE = Color.rgb(10, 15, 25, 0.85);

    private final boolean compact;
    private final List<Axes> drawn = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    CurvaturePainter(boolean compact) {
        this.compact = compact;
    }

    /** Forgets the axes drawn before: a new drawing starts. */
    void clear() {
        drawn.clear();
        words.clear();
    }

    /**
     * The axes of {@code surface}'s curvature at (x, y); nothing where its Hessian is not finite (far outside the
     * surface's bounds).
     */
    void paint(GraphicsContext gc, PlotFrame frame, Surface surface, double x, double y) {
        Curvature c;
        try {
            c = Curvature.at(surface, x, y);
        } catch (IllegalArgumentException e) {
            return; // no curvature to show at a point where the Hessian overflows
        }
        double largest = Math.max(Math.abs(c.lambdaMax()), Math.abs(c.lambdaMin()));
        if (!(largest > 0)) {
            return; // flat: nothing bends
        }
        double length = PlotStyle.px(compact ? 30 : 48);
        double px = frame.px(x);
        double py = frame.py(y);
        var centre = new Point2D(px, py);
        var maxEnd = end(centre, c.maxDirection(), length * Math.abs(c.lambdaMax()) / largest);
        var minEnd = end(centre, c.minDirection(), length * Math.abs(c.lambdaMin()) / largest);
        gc.save();
        frame.clip(gc);
        gc.setLineCap(StrokeLineCap.ROUND);
        axis(gc, centre, maxEnd, c.lambdaMax() < 0);
        axis(gc, centre, minEnd, c.lambdaMin() < 0);
        if (!compact) {
            label(gc, maxEnd, centre, Words.format("insight.curvature.eigenvalue", number(c.lambdaMax())));
            label(gc, minEnd, centre, Words.format("insight.curvature.eigenvalue", number(c.lambdaMin())));
        }
        condition(gc, frame, centre, length, c);
        gc.restore();
        drawn.add(new Axes(centre, maxEnd, minEnd, c));
    }

    /** The end of an axis of half-length {@code half} along {@code d} (y up on the surface, down on the screen). */
    private static Point2D end(Point2D centre, Curvature.Direction d, double half) {
        double h = Math.max(half, PlotStyle.px(3));
        return new Point2D(centre.getX() + d.x() * h, centre.getY() - d.y() * h);
    }

    /** A double-headed axis through the centre to {@code end} and its mirror; dashed where f curves down. */
    private void axis(GraphicsContext gc, Point2D centre, Point2D end, boolean negative) {
        double x0 = 2 * centre.getX() - end.getX();
        double y0 = 2 * centre.getY() - end.getY();
        double width = PlotStyle.px(compact ? 2 : 2.5) * (PlotStyle.highContrast() ? 1.4 : 1);
        if (negative) {
            gc.setLineDashes(PlotStyle.px(5), PlotStyle.px(4));
        }
        for (int layer = 0; layer < 2; layer++) {
            gc.setStroke(layer == 0 ? EDGE : INK);
            gc.setLineWidth(layer == 0 ? width + PlotStyle.px(2.5) : width);
            gc.strokeLine(x0, y0, end.getX(), end.getY());
            for (Point2D tip : new Point2D[] {end, new Point2D(x0, y0)}) {
                bar(gc, centre, tip);
            }
        }
        gc.setLineDashes();
    }

    /** A short bar across the axis at {@code tip}, so that the axis' extent reads even where it is dashed. */
    private static void bar(GraphicsContext gc, Point2D centre, Point2D tip) {
        double dx = tip.getX() - centre.getX();
        double dy = tip.getY() - centre.getY();
        double n = Math.hypot(dx, dy);
        if (n == 0) {
            return;
        }
        double b = PlotStyle.px(4);
        gc.strokeLine(tip.getX() - dy / n * b, tip.getY() + dx / n * b, tip.getX() + dy / n * b,
                tip.getY() - dx / n * b);
    }

    /** {@code text} just beyond {@code end}, on the far side from the centre. */
    private void label(GraphicsContext gc, Point2D end, Point2D centre, String text) {
        double dx = end.getX() - centre.getX();
        double dy = end.getY() - centre.getY();
        double n = Math.max(1e-9, Math.hypot(dx, dy));
        double gap = PlotStyle.px(8);
        double x = end.getX() + dx / n * gap;
        double y = end.getY() + dy / n * gap;
        gc.setTextAlign(dx >= 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
        gc.setTextBaseline(dy > 0 ? VPos.TOP : VPos.BOTTOM);
        write(gc, text, x, y, PlotStyle.tickFont());
    }

    /** κ (and, at a saddle, that it is one) under the axes, kept inside the plot. */
    private void condition(GraphicsContext gc, PlotFrame frame, Point2D centre, double length, Curvature c) {
        double k = c.conditionNumber();
        String text = Words.format("insight.curvature.condition", Double.isInfinite(k) ? "\u221e" : number(k));
        if (c.saddle()) {
            text = Words.format("insight.curvature.saddle", text);
        }
        var font = compact ? PlotStyle.tickFont() : PlotStyle.labelFont();
        double width = PlotGeometry.textWidth(text, font);
        double x = RacePainter.clamp(centre.getX() - width / 2, frame.left() + 3, frame.right() - width - 3);
        double below = centre.getY() + length + PlotStyle.px(6);
        double y = below + PlotStyle.px(20) < frame.bottom() ? below : centre.getY() - length - PlotStyle.px(26);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        write(gc, text, x, Math.max(frame.top() + 2, y), font);
    }

    private void write(GraphicsContext gc, String text, double x, double y, javafx.scene.text.Font font) {
        gc.setFont(font);
        gc.setStroke(EDGE);
        gc.setLineWidth(PlotStyle.px(3.5));
        gc.strokeText(text, x, y);
        gc.setFill(INK);
        gc.fillText(text, x, y);
        words.add(text);
    }

    /**
     * A number in three significant digits, whole from 100 on, scientific when very small or large; the same in both
     * languages.
     */
    static String number(double v) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (a >= 99_950 || a < 1e-3) {
            return String.format(java.util.Locale.ROOT, "%.2e", v).replace("e-0", "e-").replace("e+0", "e")
                    .replace("e+", "e");
        }
        if (a >= 100) {
            return Long.toString(Math.round(v)); // whole: 1912, not 1.91e+03
        }
        return String.format(java.util.Locale.ROOT, "%.3g", v).replaceFirst("(\\.\\d*?)0+$", "$1")
                .replaceFirst("\\.$", "");
    }

    /** The axes drawn since the last {@link #clear}. */
    List<Axes> drawn() {
        return List.copyOf(drawn);
    }

    /** The words drawn since the last {@link #clear}. */
    List<String> words() {
        return List.copyOf(words);
    }
}
