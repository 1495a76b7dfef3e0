package org.descentlab.core.descent;

import java.util.OptionalDouble;
import org.descentlab.core.surface.Surface;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * How a surface bends at one point: the eigenvalues and unit eigenvectors of its Hessian H. Along
 * {@link #maxDirection} f curves most ({@link #lambdaMax}), along {@link #minDirection} least ({@link #lambdaMin});
 * near the point f is the quadratic f(p) + ∇f·d + ½·dᵀHd, and these two directions are its axes.
 *
 * <p>The eigen decomposition is EJML's symmetric one (H is symmetric), not a hand-written 2 × 2 formula. Each
 * eigenvector is given with a non-negative x (a positive y when x is 0), so the same H always gives the same arrows.
 *
 * @param lambdaMax the larger eigenvalue λmax
 * @param lambdaMin the smaller eigenvalue λmin (≤ λmax)
 * @param maxDirection the unit eigenvector of λmax
 * @param minDirection the unit eigenvector of λmin, perpendicular to {@code maxDirection}
 */
public record Curvature(double lambdaMax, double lambdaMin, Direction maxDirection, Direction minDirection) {

    /** A unit vector of the plane. */
    public record Direction(double x, double y) {
    }

    /** Checks the order of the eigenvalues. */
    public Curvature {
        if (!(lambdaMin <= lambdaMax)) {
            throw new IllegalArgumentException("λmin " + lambdaMin + " must not exceed λmax " + lambdaMax);
        }
    }

    /** The curvature of {@code surface} at (x, y), from its analytic Hessian. */
    public static Curvature at(Surface surface, double x, double y) {
        double[] h = new double[3];
        surface.hessian(x, y, h);
        return of(h[0], h[1], h[2]);
    }

    /**
     * The curvature of the symmetric matrix [[fxx, fxy], [fxy, fyy]].
     *
     * @throws IllegalArgumentException if an entry is not finite (far outside a surface's bounds)
     */
    public static Curvature of(double fxx, double fxy, double fyy) {
        if (!Double.isFinite(fxx) || !Double.isFinite(fxy) || !Double.isFinite(fyy)) {
            throw new IllegalArgumentException("the Hessian is not finite here: " + fxx + ", " + fxy + ", " + fyy);
        }
        var hessian = new DMatrixRMaj(new double[][] {{fxx, fxy}, {fxy, fyy}});
        var eigen = DecompositionFactory_DDRM.eig(2, true, true);
        if (!eigen.decompose(hessian)) {
            throw new IllegalStateException("EJML's symmetric eigen decomposition failed on a finite 2 × 2 matrix");
        }
        // EJML gives the eigenvalues in no promised order.
        int big = eigen.getEigenvalue(0).real >= eigen.getEigenvalue(1).real ? 0 : 1;
        int small = 1 - big;
        return new Curvature(eigen.getEigenvalue(big).real, eigen.getEigenvalue(small).real,
                direction(eigen.getEigenVector(big)), direction(eigen.getEigenVector(small)));
    }

    private static Direction direction(DMatrixRMaj v) {
        double x = v.get(0, 0);
        double y = v.get(1, 0);
        double length = Math.hypot(x, y);
        double sign = x < 0 || x == 0 && y < 0 ? -1 : 1;
        return new Direction(sign * x / length, sign * y / length);
    }

    /**
     * The condition number |λ|max / |λ|min: how much more steeply f curves across its flattest direction than along
     * it (1 for a round bowl, 20 for {@code elongated}). Infinite when an eigenvalue is 0 (a flat direction).
     *
     * <p>At a saddle (λmin &lt; 0 &lt; λmax) it is still the ratio of the two curvatures' sizes, so it says how
     * stretched the local quadratic is; it no longer predicts how slowly gradient descent converges, because there
     * is nothing to converge to: along the negative direction descent moves away. {@link #saddle()} tells the case.
     */
    public double conditionNumber() {
        double large = Math.max(Math.abs(lambdaMax), Math.abs(lambdaMin));
        double small = Math.min(Math.abs(lambdaMax), Math.abs(lambdaMin));
        return small == 0 ? Double.POSITIVE_INFINITY : large / small;
    }

    /** Whether the point is saddle-shaped: f curves up one way and down the other (λmin &lt; 0 &lt; λmax). */
    public boolean saddle() {
        return lambdaMin < 0 && lambdaMax > 0;
    }

    /**
     * The learning rate 2/λmax above which plain gradient descent diverges on the local quadratic: each step
     * multiplies the offset along {@link #maxDirection} by 1 − η·λmax, whose size exceeds 1 when η &gt; 2/λmax.
     * Empty when λmax ≤ 0: f curves nowhere upward, so no step size makes descent overshoot a bottom.
     */
    public OptionalDouble gdStabilityLimit() {
        return lambdaMax > 0 ? OptionalDouble.of(2 / lambdaMax) : OptionalDouble.empty();
    }
}
