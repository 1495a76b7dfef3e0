package org.descentlab.core.nn;

/**
 * Row updates written so that C2 vectorises them: every array is indexed by the loop variable alone, from 0, so
 * the compiler can prove that the iterations are independent even if two arguments were the same array.
 */
final class RowOps {

    private RowOps() {
    }

    /** out[i] += a·u[i] for i &lt; n. */
    static void addScaled(float[] out, float a, float[] u, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += a * u[i];
        }
    }

    /** out[i] += (a·u[i] + b·v[i]) + (c·w[i] + d·y[i]) for i &lt; n: one load and store of out per four rows. */
    static void addScaled4(float[] out, float a, float[] u, float b, float[] v, float c, float[] w, float d,
            float[] y, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += (a * u[i] + b * v[i]) + (c * w[i] + d * y[i]);
        }
    }

    /** out[i] += (u[i] + v[i]) + (w[i] + y[i]) for i &lt; n. */
    static void add4(float[] out, float[] u, float[] v, float[] w, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += (u[i] + v[i]) + (w[i] + y[i]);
        }
    }

    /** out[i] += a·u[i] + b·v[i] for i &lt; n. */
    static void addScaled2(float[] out, float a, float[] u, float b, float[] v, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += a * u[i] + b * v[i];
        }
    }
}
