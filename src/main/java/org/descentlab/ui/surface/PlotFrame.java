package org.descentlab.ui.surface;

import org.descentlab.core.surface.Bounds;

/**
 * Where a surface's rectangle sits on a canvas: the pixel rectangle, fitted to keep the surface's aspect ratio (so
 * that gradients stay perpendicular to contour lines on screen), and the mapping both ways.
 */
record PlotFrame(Bounds bounds, double left, double top, double width, double height) {

    /** The largest rectangle with the bounds' aspect ratio inside the given area, centred. */
    static PlotFrame fit(Bounds bounds, double left, double top, double availableWidth, double availableHeight) {
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

    double px(double x) {
        return left + (x - bounds.xMin()) / bounds.width() * width;
    }

    double py(double y) {
        return top + (bounds.yMax() - y) / bounds.height() * height;
    }

    double x(double px) {
        return bounds.xMin() + (px - left) / width * bounds.width();
    }

    double y(double py) {
        return bounds.yMax() - (py - top) / height * bounds.height();
    }

    /** Pixels per unit of x (equal to that of y, the aspect ratio being kept). */
    double scale() {
        return width / bounds.width();
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }
}
