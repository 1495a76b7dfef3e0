package org.descentlab.ui.surface;

/**
 * Where the 3D view looks from: the camera circles the middle of the plot at {@code distance} world units, turned
 * {@code azimuth} degrees about the vertical and raised {@code elevation} degrees above the plot's plane. A drag turns
 * it, the wheel moves it nearer or farther, and {@link #START} is the view a double-click goes back to. No JavaFX.
 *
 * @param azimuth degrees about the vertical (0: looking along +y, x to the right, as on the flat plot)
 * @param elevation degrees above the plane, from {@link #MIN_ELEVATION} (almost edge-on) to {@link #MAX_ELEVATION}
 *     (from straight above: the flat plot)
 * @param distance from the middle of the plot, in world units
 */
record SolidOrbit(double azimuth, double elevation, double distance) {

    /** Looking a little from the front left and from above, the whole plot in sight. */
    static final SolidOrbit START = new SolidOrbit(-30, 50, 200);
    static final double MIN_ELEVATION = -10;
    static final double MAX_ELEVATION = 90;
    static final double MIN_DISTANCE = 60;
    static final double MAX_DISTANCE = 700;
    /** Degrees turned per pixel dragged. */
    static final double DEGREES_PER_PIXEL = 0.4;

    /** Turned by a drag of (dx, dy) pixels: right turns the plot to the right, down tips its far edge up. */
    SolidOrbit dragged(double dx, double dy) {
        double e = Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, elevation + dy * DEGREES_PER_PIXEL));
        double a = azimuth + dx * DEGREES_PER_PIXEL;
        a = a - 360 * Math.floor((a + 180) / 360); // kept in [−180, 180)
        return new SolidOrbit(a, e, distance);
    }

    /** Nearer by a wheel turn of {@code deltaY} (positive: away from the user, nearer), within the limits. */
    SolidOrbit zoomed(double deltaY) {
        double d = distance * Math.pow(0.999, deltaY * 1.5);
        return new SolidOrbit(azimuth, elevation, Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, d)));
    }
}
