package org.descentlab.core.surface;

/** The rectangle [xMin, xMax] × [yMin, yMax] over which a surface is drawn. */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {

    /** Checks that the rectangle is finite and not empty. */
    public Bounds {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("empty or infinite bounds");
        }
    }

    /** The square [-r, r]². */
    public static Bounds square(double r) {
        return new Bounds(-r, r, -r, r);
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    /** Whether (x, y) lies inside the rectangle, edges included. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
