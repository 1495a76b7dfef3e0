package org.descentlab.core.landscape;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * The plane that shows the training path as faithfully as two dimensions allow: the two leading principal directions
 * of the path, centred on the landscape's centre θ (Li et al., 2018, section 7).
 *
 * <p>M is the n × P matrix whose row k is θ_k − θ, snapshot k of the path minus the centre (normally the final
 * parameters). Its singular value decomposition M = U·Σ·Vᵀ gives the directions d₁, d₂ (the first two columns of V,
 * the right singular vectors of the largest σ₁ ≥ σ₂) and the share of the path's spread each explains,
 * σᵢ² / Σⱼσⱼ².
 *
 * <p>M is short and very wide (n ≤ 256 snapshots, P up to ~50,000 parameters for a deep network), and EJML's SVD of
 * M itself took 40–60 s at that size here (1.3 s even for the seed's 1,418 parameters). So the SVD is taken of the
 * n × n Gram matrix G = M·Mᵀ = U·Σ²·Uᵀ instead, and Vᵢ = Mᵀ·uᵢ / σᵢ: the same vectors (up to rounding, which squaring
 * costs only for directions of tiny σ, not the two leading ones), in n²·P/2 multiply-adds, done in column blocks
 * that stay in cache. Σⱼσⱼ² is the trace of G.
 *
 * <p>Sign: each direction is oriented so that the path's first snapshot (its start) has a negative coordinate, and
 * the path runs from the lower left towards the centre; should the start lie on an axis, the direction's largest
 * entry is made positive instead.
 */
public final class PrincipalDirections {

    /** Columns of M per block of the Gram product: 512 doubles per row, 1 MB for 256 rows. */
    private static final int BLOCK = 512;
    /** σ₂² below this share of σ₁² counts as zero: the path lies on a line. */
    private static final double RANK_TOLERANCE = 1e-12;

    private PrincipalDirections() {
    }

    /**
     * The plane of the two leading principal directions of {@code path} centred on {@code centre}.
     *
     * @throws IllegalArgumentException if the sizes differ, a value is not finite, or the path does not move in two
     *     directions (fewer than two snapshots away from the centre, or all of them on one line)
     */
    public static Plane of(Trajectory path, double[] centre) {
        if (path.parameterCount() != centre.length) {
            throw new IllegalArgumentException("the trajectory has " + path.parameterCount() + " parameters per epoch,"
                    + " the network " + centre.length);
        }
        if (!path.isFinite() || !finite(centre)) {
            throw new IllegalArgumentException("the trajectory or the parameters hold numbers that are not finite"
                    + " (the training diverged)");
        }
        int n = path.size();
        DMatrixRMaj gram = gram(path, centre);
        var svd = DecompositionFactory_DDRM.svd(n, n, true, false, true);
        if (!svd.decompose(gram.copy())) {
            throw new IllegalStateException("the SVD of the trajectory's Gram matrix did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        SingularOps_DDRM.descendingOrder(u, false, w, null, false);
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += gram.get(k, k);
        }
        double lambda1 = n > 0 ? w.get(0, 0) : 0;
        double lambda2 = n > 1 ? w.get(1, 1) : 0;
        if (!(lambda1 > 0) || !(lambda2 > RANK_TOLERANCE * lambda1)) {
            throw new IllegalArgumentException("the trajectory moves along fewer than two directions ("
                    + n + " snapshots); record more epochs of training to find a plane");
        }
        double[] d1 = combine(path, centre, u, 0, Math.sqrt(lambda1));
        double[] d2 = combine(path, centre, u, 1, Math.sqrt(lambda2));
        tidy(d1, d2);
        orient(d1, path, centre);
        orient(d2, path, centre);
        return new Plane(Directions.PCA, d1, d2, lambda1 / total, lambda2 / total);
    }

    /** G = M·Mᵀ, M's row k being θ_k − θ, summed block of columns by block, four rows of G at a time. */
    static DMatrixRMaj gram(Trajectory path, double[] centre) {
        int n = path.size();
        int count = centre.length;
        double[][] g = new double[n][n];
        double[][] block = new double[n][Math.min(BLOCK, count)];
        for (int from = 0; from < count; from += BLOCK) {
            int len = Math.min(BLOCK, count - from);
            for (int k = 0; k < n; k++) {
                float[] row = path.row(k);
                double[] b = block[k];
                for (int q = 0; q < len; q++) {
                    b[q] = row[from + q] - centre[from + q];
                }
            }
            for (int i = 0; i < n; i++) {
                addRow(block, i, len, g[i]);
            }
        }
        var gram = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                gram.set(i, j, g[i][j]);
                gram.set(j, i, g[i][j]);
            }
        }
        return gram;
    }

    /** gi[j] += block[i]·block[j] for j ≤ i, four dot products per pass (independent sums the CPU overlaps). */
    private static void addRow(double[][] block, int i, int len, double[] gi) {
        double[] bi = block[i];
        int j = 0;
        for (; j + 3 <= i; j += 4) {
            double[] b0 = block[j];
            double[] b1 = block[j + 1];
            double[] b2 = block[j + 2];
            double[] b3 = block[j + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int q = 0; q < len; q++) {
                double v = bi[q];
                s0 += v * b0[q];
                s1 += v * b1[q];
                s2 += v * b2[q];
                s3 += v * b3[q];
            }
            gi[j] += s0;
            gi[j + 1] += s1;
            gi[j + 2] += s2;
            gi[j + 3] += s3;
        }
        for (; j <= i; j++) {
            double[] bj = block[j];
            double s = 0;
            for (int q = 0; q < len; q++) {
                s += bi[q] * bj[q];
            }
            gi[j] += s;
        }
    }

    /** v = Mᵀ·u_column / σ: the right singular vector of σ. */
    private static double[] combine(Trajectory path, double[] centre, DMatrixRMaj u, int column, double sigma) {
        double[] v = new double[centre.length];
        for (int k = 0; k < path.size(); k++) {
            double weight = u.get(k, column) / sigma;
            float[] row = path.row(k);
            for (int p = 0; p < v.length; p++) {
                v[p] += weight * (row[p] - centre[p]);
            }
        }
        return v;
    }

    /** Makes d₁, d₂ exactly orthonormal (one Gram–Schmidt step: they already are, up to rounding). */
    private static void tidy(double[] d1, double[] d2) {
        scale(d1, 1 / Math.sqrt(Plane.dot(d1, d1)));
        double overlap = Plane.dot(d1, d2);
        for (int p = 0; p < d2.length; p++) {
            d2[p] -= overlap * d1[p];
        }
        scale(d2, 1 / Math.sqrt(Plane.dot(d2, d2)));
    }

    /** The sign convention: the path's start at a negative coordinate, else the largest entry positive. */
    private static void orient(double[] d, Trajectory path, double[] centre) {
        float[] start = path.row(0);
        double coordinate = 0;
        double size = 0;
        for (int p = 0; p < d.length; p++) {
            double x = start[p] - centre[p];
            coordinate += d[p] * x;
            size += x * x;
        }
        boolean flip;
        if (Math.abs(coordinate) > 1e-9 * Math.sqrt(size)) {
            flip = coordinate > 0;
        } else {
            int largest = 0;
            for (int p = 1; p < d.length; p++) {
                largest = Math.abs(d[p]) > Math.abs(d[largest]) ? p : largest;
            }
            flip = d[largest] < 0;
        }
        if (flip) {
            scale(d, -1);
        }
    }

    private static void scale(double[] x, double factor) {
        for (int p = 0; p < x.length; p++) {
            x[p] *= factor;
        }
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
