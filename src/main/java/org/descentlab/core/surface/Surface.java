package org.descentlab.core.surface;

/**
 * A two-dimensional loss surface f(x, y) with its exact (analytic) gradient and Hessian.
 *
 * <p>Implementations are stateless and immutable; one file per surface, listed once in {@link SurfaceRegistry}.
 */
public interface Surface {

    /** Identity, bounds, start point and known minima. */
    SurfaceInfo info();

    /** f(x, y). */
    double value(double x, double y);

    /** Writes ∂f/∂x into {@code out[0]} and ∂f/∂y into {@code out[1]}. */
    void gradient(double x, double y, double[] out);

    /**
     * Writes the Hessian's entries ∂²f/∂x² into {@code out[0]}, ∂²f/∂x∂y into {@code out[1]} and ∂²f/∂y² into
     * {@code out[2]}: the curvature of f at (x, y), exact (no finite differences).
     */
    void hessian(double x, double y, double[] out);

    /** Shorthand for {@code info().id()}. */
    default String id() {
        return info().id();
    }
}
