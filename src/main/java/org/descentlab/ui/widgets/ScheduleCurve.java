package org.descentlab.ui.widgets;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Schedule;
import org.descentlab.ui.words.Words;

/**
 * A small picture of a learning-rate schedule: γ(t)/γ₀ from 0 to 1 over the run's length (steps or epochs), with a
 * dot and a line where the run is now, and the multiplier there written beside the dot. It takes the width its column gives it and a height that grows with classroom
 * mode ({@link Presentation#scale()}).
 */
public final class ScheduleCurve extends Region {

    /** Height at the normal size, in pixels. */
    static final double HEIGHT = 62;

    private static final Color INK = Color.web("#1d2533");
    private static final Color GRID = Color.web("#d5dbe5");
    private static final Color CURVE = Color.web("#2563c4");
    private static final Color NOW = Color.web("#c0392b");

    private final Canvas canvas = new Canvas();
    private Schedule schedule = Schedule.CONSTANT;
    private long length = 1;
    private long now;

    public ScheduleCurve() {
        getChildren().add(canvas);
        getStyleClass().add("schedule-curve");
        setMinWidth(120);
    }

    /** Draws {@code shown} over {@code steps} steps with the marker at {@code t} (clamped to the run). */
    public void show(Schedule shown, long steps, long t) {
        schedule = shown;
        length = Math.max(1, steps);
        now = Math.max(0, t);
        draw();
    }

    /** Where the marker stands, as a count from 0: for tests. */
    long marker() {
        return Math.min(now, length);
    }

    /** The schedule drawn: for tests. */
    Schedule schedule() {
        return schedule;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT * Presentation.scale();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 240;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    /** Redraws at the size and the fonts of the moment (after a switch to or from classroom mode). */
    public void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 20 || h < 20) {
            return;
        }
        double s = Presentation.scale();
        var font = UiFont.regular(10.5 * s);
        g.setFont(font);
        double left = 24 * s;
        double right = w - 8 * s;
        double top = 6 * s;
        double bottom = h - 15 * s;
        g.setFill(Color.WHITE);
        g.fillRect(left, top, right - left, bottom - top);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
        labels(g, left, right, top, bottom, s);
        curve(g, left, right, top, bottom, s);
        marker(g, left, right, top, bottom, s);
    }

    private void labels(GraphicsContext g, double left, double right, double top, double bottom, double s) {
        g.setFill(INK);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        // The curve is γ in units of the rate set: γ₀ at the top, 0 at the bottom.
        g.fillText(Words.get("schedule.curve.axis"), left - 4 * s, top + 5 * s);
        g.fillText("0", left - 4 * s, bottom - 3 * s);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", left, bottom + 2 * s);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Hyperparameter.format(length), right, bottom + 2 * s);
    }

    private void curve(GraphicsContext g, double left, double right, double top, double bottom, double s) {
        int samples = (int) Math.max(2, Math.min(length + 1, Math.ceil(right - left)));
        g.setStroke(CURVE);
        g.setLineWidth(2 * s);
        g.beginPath();
        for (int i = 0; i < samples; i++) {
            long t = Math.round((double) i / (samples - 1) * length);
            double x = xOf(t, left, right);
            double y = yOf(schedule.multiplier(t), top, bottom, s);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private void marker(GraphicsContext g, double left, double right, double top, double bottom, double s) {
        long t = marker();
        double m = schedule.multiplier(t);
        double x = xOf(t, left, right);
        double y = yOf(m, top, bottom, s);
        g.setStroke(NOW);
        g.setLineWidth(1.2 * s);
        g.strokeLine(x, top, x, bottom);
        double r = 4 * s;
        g.setFill(NOW);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        label(g, "\u00d7" + ScheduleControl.number(m), x, y, left, right, s);
    }

    /**
     * "×0.25" beside the dot at ({@code x}, {@code y}), where the curve is not: on the right when it fits, above the
     * dot where the curve goes on lower (a decay) and below it where it goes on higher (a warm-up), mirrored on the left.
     */
    private void label(GraphicsContext g, String text, double x, double y, double left, double right, double s) {
        g.setFont(UiFont.bold(10.5 * s));
        var measure = new Text(text);
        measure.setFont(g.getFont());
        double width = measure.getLayoutBounds().getWidth();
        boolean onRight = x + 6 * s + width <= right;
        double m = schedule.multiplier(marker());
        double beyond = onRight ? schedule.multiplier(length) : schedule.multiplier(0);
        boolean above = onRight ? beyond <= m : beyond < m;
        g.setTextAlign(onRight ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.setTextBaseline(above ? VPos.BOTTOM : VPos.TOP);
        double tx = x + (onRight ? 6 : -6) * s;
        double ty = y + (above ? -3 : 3) * s;
        g.setStroke(Color.WHITE);
        g.setLineWidth(3 * s);
        g.strokeText(text, tx, ty);
        g.setFill(NOW);
        g.fillText(text, tx, ty);
    }

    private double xOf(long t, double left, double right) {
        return left + (right - left) * t / length;
    }

    /** 1 at the top (less the line's half width), 0 at the bottom. */
    private static double yOf(double multiplier, double top, double bottom, double s) {
        double pad = 2 * s;
        return bottom - pad - (bottom - top - 2 * pad) * Math.max(0, Math.min(1, multiplier));
    }
}
