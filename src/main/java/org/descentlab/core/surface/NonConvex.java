package org.descentlab.core.surface;

import java.util.List;

/**
 * f(x, y) = x² + y² − 2·exp(−((x−1)² + y²)/0.2) − 3·exp(−((x+1)² + y²)/0.2): a bowl with two dents, the shallower
 * one a local minimum that traps a descent started on its side.
 *
 * <p>The minima lie on the x axis (f is even in y); their x coordinates were found with Newton's method on ∂f/∂x in
 * double precision and are declared here to the last digit.
 */
public final class NonConvex implements Surface {

    private static final SurfaceInfo INFO = new SurfaceInfo(
            "nonconvex", "Two valleys",
            "Non-convex: a shallow valley on the right traps a descent that starts on its side.",
            Bounds.square(2), new Point(1.8, 0.8),
            List.of(Minimum.global(-0.9363006340109187, 0, -2.0630902517681946),
                    Minimum.local(0.905317899160115, 0, -1.0927319992017408)),
            List.of(), 0.05, false);

    @Override
    public SurfaceInfo info() {
        return INFO;
    }

    @Override
    public double value(double x, double y) {
        return x * x + y * y - 2 * right(x, y) - 3 * left(x, y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double a = right(x, y);
        double b = left(x, y);
        // d/dx of −2·exp(−((x−1)²+y²)/0.2) is 2·a·2(x−1)/0.2 = 20·a·(x−1); likewise for the left dent.
        out[0] = 2 * x + 20 * a * (x - 1) + 30 * b * (x + 1);
        out[1] = 2 * y + 20 * a * y + 30 * b * y;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double a = right(x, y);
        double b = left(x, y);
        // ∂a/∂x = −10·(x−1)·a and ∂a/∂y = −10·y·a (likewise for b with x+1), differentiating the gradient above.
        out[0] = 2 + 20 * a * (1 - 10 * (x - 1) * (x - 1)) + 30 * b * (1 - 10 * (x + 1) * (x + 1));
        out[1] = -200 * a * (x - 1) * y - 300 * b * (x + 1) * y;
        out[2] = 2 + 20 * a * (1 - 10 * y * y) + 30 * b * (1 - 10 * y * y);
    }

    private static double right(double x, double y) {
        return Math.exp(-((x - 1) * (x - 1) + y * y) / 0.2);
    }

    private static double left(double x, double y) {
        return Math.exp(-((x + 1) * (x + 1) + y * y) / 0.2);
    }
}
