package org.descentlab.core.optim;

import java.util.List;

/**
 * Adamax: m ← β1·m + (1−β1)·g; u ← max(β2·u, |g| + ε); W ← W − η/(1−β1ᵗ)·m/u. Adam with the root mean square
 * replaced by a decaying maximum (the infinity norm). Kingma and Ba (2015), section 7.1; ε placed as in PyTorch.
 */
public final class AdaMax extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adamax", "Adamax", "Adam scaled by the largest recent gradient instead of the average square.",
            List.of(Hyperparameters.learningRate(0.002), Hyperparameters.beta1(), Hyperparameters.beta2(),
                    Hyperparameters.epsilon(1e-8)),
            AdaMax::new);

    private double lr;
    private double beta1;
    private double beta2;
    private double eps;
    private double[] m;
    private double[] u;

    public AdaMax(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        lr = v.get("lr");
        beta1 = v.get("beta1");
        beta2 = v.get("beta2");
        eps = v.get("eps");
    }

    @Override
    protected void allocate(int n) {
        m = new double[n];
        u = new double[n];
    }

    @Override
    protected Insight inspect(double[] x) {
        if (u == null) {
            return Insight.NONE;
        }
        double[] rate = new double[u.length];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = u[i] > 0 ? lr / u[i] : lr;
        }
        return new Insight(null, null, rate);
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        double stepSize = lr / (1 - Math.pow(beta1, t));
        for (int i = 0; i < x.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            u[i] = Math.max(beta2 * u[i], Math.abs(g[i]) + eps);
            x[i] -= stepSize * m[i] / u[i];
        }
    }
}
