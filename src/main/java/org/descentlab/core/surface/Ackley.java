package org.descentlab.core.surface;

import java.util.List;

/**
 * f(x, y) = −20·exp(−0.2·√(0.5(x²+y²))) − exp(0.5(cos 2πx + cos 2πy)) + e + 20: a ripple field around a sharp
 * funnel at the origin.
 *
 * <p>The radial term is not differentiable at the origin; its gradient is defined there as 0 (the cosine term's
 * gradient is 0 there too), so the gradient at the origin is (0, 0), never NaN. f is evaluated as
 * 20·(1 − exp(…)) + (e − exp(…)) so that it is exactly 0 at the origin.
 */
public final class Ackley implements Surface {

    private static final double TWO_PI = 2 * Math.PI;

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "ackley", "Ackley",
            "Ripples all around a sharp funnel: many small traps on the way to the centre.",
            Bounds.square(5), new Point(3.0, -3.5), List.of(Minimum.global(0, 0, 0)), List.of(), 0.01, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        double r = Math.sqrt(0.5 * (x * x + y * y));
        double ripple = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        return 20 * (1 - Math.exp(-0.2 * r)) + (Math.E - ripple);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double r = Math.sqrt(0.5 * (x * x + y * y));
        double ripple = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        // d/dx of −20·exp(−0.2r) = 4·exp(−0.2r)·∂r/∂x with ∂r/∂x = 0.5x/r; defined as 0 at r = 0.
        double radial = r > 0 ? 2 * Math.exp(-0.2 * r) / r : 0;
        out[0] = radial * x + Math.PI * Math.sin(TWO_PI * x) * ripple;
        out[1] = radial * y + Math.PI * Math.sin(TWO_PI * y) * ripple;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double r = Math.sqrt(0.5 * (x * x + y * y));
        double ripple = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        double sx = Math.sin(TWO_PI * x);
        double sy = Math.sin(TWO_PI * y);
        double piSquared = Math.PI * Math.PI;
        // The ripple term π·sin(2πx)·R of ∂f/∂x, with ∂R/∂x = −π·sin(2πx)·R.
        out[0] = piSquared * ripple * (2 * Math.cos(TWO_PI * x) - sx * sx);
        out[1] = -piSquared * ripple * sx * sy;
        out[2] = piSquared * ripple * (2 * Math.cos(TWO_PI * y) - sy * sy);
        if (r > 0) {
            // The funnel term q·x of ∂f/∂x, q(r) = 2·exp(−0.2r)/r, q'(r) = −2·exp(−0.2r)·(0.2r + 1)/r², ∂r/∂x = 0.5x/r:
            // ∂(q·x)/∂x = q − x²·exp(−0.2r)·(0.2r + 1)/r³, written with x/r so that small r cannot overflow r³.
            double e = Math.exp(-0.2 * r);
            double q = 2 * e / r;
            double bend = e * (0.2 * r + 1) / r;
            double ux = x / r;
            double uy = y / r;
            out[0] += q - ux * ux * bend;
            out[1] -= ux * uy * bend;
            out[2] += q - uy * uy * bend;
        }
        // At r = 0 the funnel is the tip of a cone and has no Hessian; like the gradient, only the ripple is kept.
    }
}
