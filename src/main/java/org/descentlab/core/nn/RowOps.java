package org.descentlab.core.nn;

/**
 * The row updates that carry almost all of the network's arithmetic, written the way HotSpot C2 (JDK 17) turns into
 * SIMD code. C2 vectorises a loop only if it can prove its iterations independent; for two {@code float[]} accesses
 * it can do so only when they use the same index expression (it does not check at run time whether two arrays are
 * the same). So every matrix is an array of row arrays and every loop here indexes every row by {@code i} from 0.
 * The first version indexed one flat array at {@code row·H + j}: C2 left those loops scalar and the seed run took
 * 1.75 s instead of 0.8 s.
 *
 * <p>Four rows per pass, {@code out[i] += (a·u[i] + b·v[i]) + (c·w[i] + d·y[i])}, load and store {@code out} once per
 * four multiply-adds: measured 17 multiply-adds per ns against 8 for one row per pass. Eight rows per pass were not
 * vectorised at all (5 per ns), and {@link Math#fma} chains were slower (11 per ns).
 */
final class RowOps {

    private RowOps() {
    }

    /** out[i] = bias[i] + a·u[i] + b·v[i] for i &lt; n (the first hidden layer's pre-activations of one point). */
    static void affine2(float[] out, float[] bias, float a, float[] u, float b, float[] v, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = bias[i] + a * u[i] + b * v[i];
        }
    }

    /** u[0] + u[1] + … + u[n − 1], added in that order (a sum reduction, so scalar: see the class comment). */
    static float sum(float[] u, int n) {
        float sum = 0;
        for (int i = 0; i < n; i++) {
            sum += u[i];
        }
        return sum;
    }

    /** out[i] += a·u[i] for i &lt; n. */
    static void addScaled(float[] out, float a, float[] u, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += a * u[i];
        }
    }

    /** out[i] += a·u[i] + b·v[i] for i &lt; n. */
    static void addScaled2(float[] out, float a, float[] u, float b, float[] v, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += a * u[i] + b * v[i];
        }
    }

    /** out[i] += (a·u[i] + b·v[i]) + (c·w[i] + d·y[i]) for i &lt; n. */
    static void addScaled4(float[] out, float a, float[] u, float b, float[] v, float c, float[] w, float d,
            float[] y, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += (a * u[i] + b * v[i]) + (c * w[i] + d * y[i]);
        }
    }

    /** out[i] = (a·u[i] + b·v[i]) + (c·w[i] + d·y[i]) for i &lt; n: the first pass, which needs no zeroing. */
    static void setScaled4(float[] out, float a, float[] u, float b, float[] v, float c, float[] w, float d,
            float[] y, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = (a * u[i] + b * v[i]) + (c * w[i] + d * y[i]);
        }
    }

    /** out[i] += (u[i] + v[i]) + (w[i] + y[i]) for i &lt; n. */
    static void add4(float[] out, float[] u, float[] v, float[] w, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += (u[i] + v[i]) + (w[i] + y[i]);
        }
    }

    /**
     * t[j][b] = rows[b][j] for b &lt; count, j &lt; n, four rows at a time so that each row of t is fetched once per
     * four stores. Scalar (C2 does not vectorise strided stores), 45 ms of the seed run, less than the dot products
     * that the hidden-major copy saves the output layer.
     */
    static void transpose(float[][] rows, float[][] t, int count, int n) {
        int b = 0;
        for (; b + 3 < count; b += 4) {
            float[] h0 = rows[b];
            float[] h1 = rows[b + 1];
            float[] h2 = rows[b + 2];
            float[] h3 = rows[b + 3];
            for (int j = 0; j < n; j++) {
                float[] row = t[j];
                row[b] = h0[j];
                row[b + 1] = h1[j];
                row[b + 2] = h2[j];
                row[b + 3] = h3[j];
            }
        }
        for (; b < count; b++) {
            float[] hb = rows[b];
            for (int j = 0; j < n; j++) {
                t[j][b] = hb[j];
            }
        }
    }
}
