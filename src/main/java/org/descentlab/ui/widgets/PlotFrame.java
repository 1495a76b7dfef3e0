package org.descentlab.ui.widgets;

import org.descentlab.core.surface.Bounds;

/**
 * Where a surface's rectangle sits on a canvas: the pixel rectangle, fitted to keep the surface's aspect ratio (so
 * that gradients stay perpendicular to contour lines on screen), and the mapping both ways.
 */
public record PlotFrame(Bounds bounds, double left, double top, double width, double height) {

    /** The largest rectangle with the bounds' aspect ratio inside the given area, centred. */
    public static PlotFrame fit(Bounds bounds, double left, double top, double availableWidth, double availableHeight) {
        double w = Math.max(10, availableWidth);
        double h = Math.max(10, availableHeight);
        double aspect = bounds.width() / bounds.height();
        if (w / h > aspect) {
            double fitted = h * aspect;
            return new PlotFrame(bounds, left + (w - fitted) / 2, top, fitted, h);
        }
        double fitted = w / aspect;
        return new PlotFrame(bounds, left, top + (h - fitted) / 2, w, fitted);
    }

    public double px(double x) {
        return left + (x - bounds.xMin()) / bounds.width() * width;
    }

    public double py(double y) {
        return top + (bounds.yMax() - y) / bounds.height() * height;
    }

    public double x(double px) {
        return bounds.xMin() + (px - left) / width * bounds.width();
    }

    public double y(double py) {
        return bounds.yMax() - (py - top) / height * bounds.height();
    }

    /** Pixels per unit of x (equal to that of y, the aspect ratio being kept). */
    public double scale() {
        return width / bounds.width();
    }

    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /**
     * Draws the frame's outline and round-number ticks with labels along the bottom and the left, about
     * {@code ticks} of them on each axis.
     */
    public void drawAxes(javafx.scene.canvas.GraphicsContext gc, javafx.scene.text.Font font, int ticks) {
        var ink = javafx.scene.paint.Color.web("#1d2533");
        gc.setStroke(ink);
        gc.setLineWidth(1);
        gc.strokeRect(left, top, width, height);
        gc.setFill(ink);
        gc.setFont(font);
        double xStep = NiceTicks.step(bounds.width(), ticks);
        gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        gc.setTextBaseline(javafx.geometry.VPos.TOP);
        for (double v : NiceTicks.ticks(bounds.xMin(), bounds.xMax(), ticks)) {
            gc.strokeLine(px(v), bottom(), px(v), bottom() + 5);
            gc.fillText(NiceTicks.label(v, xStep), px(v), bottom() + 7);
        }
        double yStep = NiceTicks.step(bounds.height(), ticks);
        gc.setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
        gc.setTextBaseline(javafx.geometry.VPos.CENTER);
        for (double v : NiceTicks.ticks(bounds.yMin(), bounds.yMax(), ticks)) {
            gc.strokeLine(left - 5, py(v), left, py(v));
            gc.fillText(NiceTicks.label(v, yStep), left - 8, py(v));
        }
    }

    /** Restricts drawing to the frame (call {@code gc.save()} first and {@code gc.restore()} after). */
    public void clip(javafx.scene.canvas.GraphicsContext gc) {
        gc.beginPath();
        gc.rect(left, top, width, height);
        gc.clip();
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }
}
