package org.descentlab.core.surface;

/** A point of the plane. */
public record Point(double x, double y) {

    /** Euclidean distance to {@code other}. */
    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
