package org.descentlab.core.surface;

/**
 * A known minimum of a surface.
 *
 * @param point where it is
 * @param value f at that point
 * @param global whether it is a global minimum (value equal to the surface's f*) or only a local one
 */
public record Minimum(Point point, double value, boolean global) {

    /** A global minimum at (x, y) with value {@code value}. */
    public static Minimum global(double x, double y, double value) {
        return new Minimum(new Point(x, y), value, true);
    }

    /** A local (not global) minimum at (x, y) with value {@code value}. */
    public static Minimum local(double x, double y, double value) {
        return new Minimum(new Point(x, y), value, false);
    }
}
