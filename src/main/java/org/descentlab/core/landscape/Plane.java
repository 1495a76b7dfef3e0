package org.descentlab.core.landscape;

/**
 * The plane of a loss landscape: two directions d₁, d₂ in parameter space, through the current parameters θ. The
 * point (a, b) of the landscape is θ + a·d₁ + b·d₂.
 *
 * <p>A point off the plane (a snapshot of the path) is drawn at its least-squares coordinates: the (a, b) that make
 * a·d₁ + b·d₂ closest to it, from the 2 × 2 normal equations [d₁·d₁ d₁·d₂; d₁·d₂ d₂·d₂]·(a, b) = (d₁·x, d₂·x). For
 * orthonormal directions (the principal ones) these are the dot products d₁·x and d₂·x, the exact coordinates of a
 * point in the plane.
 *
 * <p>Immutable: the directions are copied in and out.
 */
public final class Plane {

    private final Directions kind;
    private final double[] d1;
    private final double[] d2;
    private final double share1;
    private final double share2;
    /** The inverse of the normal equations' matrix, row-major. */
    private final double[] inverse;

    /**
     * A plane spanned by {@code d1} and {@code d2} (copied).
     *
     * @param share1 the share of the path's variance d₁ explains (PCA), or NaN
     * @param share2 the same for d₂
     * @throws IllegalArgumentException if the directions differ in length, hold a value that is not finite, or do
     *     not span a plane (one is zero, or they are parallel)
     */
    public Plane(Directions kind, double[] d1, double[] d2, double share1, double share2) {
        if (d1.length != d2.length || d1.length == 0) {
            throw new IllegalArgumentException("two directions of the same non-zero length, got " + d1.length
                    + " and " + d2.length);
        }
        this.kind = kind;
        this.d1 = d1.clone();
        this.d2 = d2.clone();
        this.share1 = share1;
        this.share2 = share2;
        double g11 = dot(d1, d1);
        double g12 = dot(d1, d2);
        double g22 = dot(d2, d2);
        double det = g11 * g22 - g12 * g12;
        if (!Double.isFinite(det) || !(det > 1e-12 * g11 * g22)) {
            throw new IllegalArgumentException("the two directions do not span a plane (one is zero, they are"
                    + " parallel, or they hold numbers that are not finite)");
        }
        inverse = new double[] {g22 / det, -g12 / det, -g12 / det, g11 / det};
    }

    /** How the directions were chosen. */
    public Directions kind() {
        return kind;
    }

    /** Parameters per direction P. */
    public int parameterCount() {
        return d1.length;
    }

    /** d₁ (axis 0) or d₂ (axis 1), a fresh array. */
    public double[] direction(int axis) {
        return axis(axis).clone();
    }

    /** The share σ²/Σσ² of the path's variance along axis 0 or 1 (PCA), or NaN when the plane is not PCA's. */
    public double share(int axis) {
        checkAxis(axis);
        return axis == 0 ? share1 : share2;
    }

    /** Writes θ + a·d₁ + b·d₂ into {@code out}. */
    public void pointAt(double[] theta, double a, double b, double[] out) {
        for (int p = 0; p < d1.length; p++) {
            out[p] = theta[p] + a * d1[p] + b * d2[p];
        }
    }

    /** The least-squares coordinates (a, b) of the displacement {@code x} from the plane's centre. */
    public double[] coordinates(double[] x) {
        double r1 = dot(d1, x);
        double r2 = dot(d2, x);
        return new double[] {inverse[0] * r1 + inverse[1] * r2, inverse[2] * r1 + inverse[3] * r2};
    }

    /** Each snapshot of {@code path} at its coordinates (of θ_e − centre). */
    public PathProjection project(Trajectory path, double[] centre) {
        if (path.parameterCount() != d1.length || centre.length != d1.length) {
            throw new IllegalArgumentException("the path has " + path.parameterCount() + " parameters, the plane "
                    + d1.length);
        }
        int n = path.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] x = new double[d1.length];
        for (int k = 0; k < n; k++) {
            float[] row = path.row(k);
            for (int p = 0; p < x.length; p++) {
                x[p] = row[p] - centre[p];
            }
            double[] ab = coordinates(x);
            a[k] = ab[0];
            b[k] = ab[1];
        }
        return new PathProjection(path.epochs(), a, b);
    }

    private double[] axis(int axis) {
        checkAxis(axis);
        return axis == 0 ? d1 : d2;
    }

    private static void checkAxis(int axis) {
        if (axis != 0 && axis != 1) {
            throw new IndexOutOfBoundsException("a plane has axes 0 and 1, not " + axis);
        }
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int p = 0; p < x.length; p++) {
            s += x[p] * y[p];
        }
        return s;
    }
}
