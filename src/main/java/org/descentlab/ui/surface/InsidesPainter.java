package org.descentlab.ui.surface;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.Insight;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * What an optimizer carries inside, drawn at its head when asked ("inside the optimizer"): the downhill direction,
 * and, from the optimizer's own state, its velocity, NAG's look-ahead point and the effective learning rate per axis.
 * At an earlier step on the timeline only the downhill direction is drawn: the optimizer's state of that step is not
 * kept, and an arrow of the newest state at an old point would mislead.
 */
final class InsidesPainter {

    private final boolean compact;

    InsidesPainter(boolean compact) {
        this.compact = compact;
    }

    void paint(GraphicsContext gc, PlotFrame frame, OptimizerSlot slot, WalkerMoment moment) {
        double x = frame.px(moment.x());
        double y = frame.py(moment.y());
        double[] g = moment.gradient();
        double norm = Math.hypot(g[0], g[1]);
        if (norm > 0) {
            // The downhill direction −∇f, drawn at a fixed length: its direction is the lesson, its size is in the
            // status table.
            double len = PlotStyle.px(compact ? 32 : 46);
            RacePainter.arrow(gc, x, y, x - g[0] / norm * len, y + g[1] / norm * len, Color.WHITE, PlotStyle.px(2.5));
        }
        if (!moment.newest()) {
            return;
        }
        var walker = moment.walker();
        Insight insight = walker.optimizer().insight(new double[] {moment.x(), moment.y()});
        Color colour = slot.colour();
        if (insight.velocity() != null) {
            // The velocity, magnified 10× so that a typical step is visible.
            double[] v = insight.velocity();
            double vx = v[0] * frame.scale() * 10;
            double vy = -v[1] * frame.scale() * 10;
            double length = Math.hypot(vx, vy);
            double cap = Math.min(1, PlotStyle.px(160) / Math.max(length, 1e-9));
            RacePainter.arrow(gc, x, y, x + vx * cap, y + vy * cap, colour, PlotStyle.px(3));
        }
        if (insight.lookAhead() != null) {
            lookAhead(gc, frame, x, y, insight.lookAhead(), colour);
        }
        if (insight.effectiveLearningRate() != null) {
            rates(gc, x, y, insight.effectiveLearningRate(), colour);
        }
    }

    private static void lookAhead(GraphicsContext gc, PlotFrame frame, double x, double y, double[] point,
            Color colour) {
        double ax = frame.px(point[0]);
        double ay = frame.py(point[1]);
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

    /**
     * Semi-axes in proportion to the effective learning rate along x and y: a round ellipse treats both axes alike, a
     * flat one steps further along its long axis.
     */
    private void rates(GraphicsContext gc, double x, double y, double[] rate, Color colour) {
        double largest = Math.max(rate[0], rate[1]);
        if (!(largest > 0) || !Double.isFinite(largest)) {
            return;
        }
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
