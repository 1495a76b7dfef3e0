package org.descentlab.core.optim;

import java.util.List;

/**
 * The moment estimates shared by Adam, AMSGrad and AdamW, and their common step:
 * m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; W ← W − η·m̂ / (√v̂ + ε).
 */
final class AdamMoments {

    final double[] m;
    final double[] v;
    /** The largest v seen per coordinate (AMSGrad only), else {@code null}. */
    final double[] vMax;

    AdamMoments(int n, boolean keepMax) {
        m = new double[n];
        v = new double[n];
        vMax = keepMax ? new double[n] : null;
    }

    /** Adam's declared hyperparameters with its defaults. */
    static List<Hyperparameter> hyperparameters() {
        return List.of(Hyperparameters.learningRate(0.001), Hyperparameters.beta1(), Hyperparameters.beta2(),
                Hyperparameters.epsilon(1e-8),
                new Hyperparameter("bias_correction", "Bias correction", 1, 0, 1, Scale.SWITCH,
                        "Divide the running means by (1 − βᵗ) so that the first steps are not too small."));
    }

    /** η/(√v̂ + ε) per coordinate after step {@code t} (v̂ from vmax for AMSGrad). */
    Insight insight(HyperparameterValues h, long t) {
        boolean correct = h.get("bias_correction") == 1;
        double c2 = correct ? 1 - Math.pow(h.get("beta2"), Math.max(1, t)) : 1;
        double[] rate = new double[v.length];
        for (int i = 0; i < rate.length; i++) {
            double second = vMax != null ? vMax[i] : v[i];
            rate[i] = h.get("lr") / (Math.sqrt(second / c2) + h.get("eps"));
        }
        return new Insight(null, null, rate);
    }

    /**
     * One step with gradient {@code g} at step {@code t}. With bias correction m̂ = m/(1−β1ᵗ) and v̂ = v/(1−β2ᵗ);
     * without it m̂ = m and v̂ = v. AMSGrad uses max(v) in place of v.
     */
    void step(double[] x, double[] g, long t, HyperparameterValues h) {
        double lr = h.get("lr");
        double b1 = h.get("beta1");
        double b2 = h.get("beta2");
        double eps = h.get("eps");
        boolean correct = h.get("bias_correction") == 1;
        double c1 = correct ? 1 - Math.pow(b1, t) : 1;
        double c2 = correct ? 1 - Math.pow(b2, t) : 1;
        for (int i = 0; i < x.length; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            double second = v[i];
            if (vMax != null) {
                vMax[i] = Math.max(vMax[i], v[i]);
                second = vMax[i];
            }
            x[i] -= lr * (m[i] / c1) / (Math.sqrt(second / c2) + eps);
        }
    }
}
