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

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }
}
