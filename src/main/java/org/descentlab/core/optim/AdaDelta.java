package org.descentlab.core.optim;

import java.util.List;

/**
 * Adadelta: s ← ρ·s + (1−ρ)·g²; Δ ← √(u + ε)/√(s + ε)·g; u ← ρ·u + (1−ρ)·Δ²; W ← W − η·Δ. The step is measured in
 * the units of past steps, so the method needs almost no learning rate (η = 1 by default). Zeiler (2012),
 * "ADADELTA: an adaptive learning rate method"; η as in PyTorch.
 */
public final class AdaDelta extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adadelta", "Adadelta", "Scales each step by the size of recent steps: almost no learning rate to tune.",
            List.of(Hyperparameters.learningRate(1.0), Hyperparameters.rho(0.9), Hyperparameters.epsilon(1e-6)),
            AdaDelta::new);

    private double lr;
    private double rho;
    private double eps;
    private double[] s;
    private double[] u;

    public AdaDelta(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        lr = v.get("lr");
        rho = v.get("rho");
        eps = v.get("eps");
    }

    @Override
    protected void allocate(int n) {
        s = new double[n];
        u = new double[n];
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        for (int i = 0; i < x.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
            double delta = Math.sqrt(u[i] + eps) / Math.sqrt(s[i] + eps) * g[i];
            u[i] = rho * u[i] + (1 - rho) * delta * delta;
            x[i] -= lr * delta;
        }
    }

    @Override
    protected Insight inspect(double[] x) {
        if (s == null) {
            return Insight.NONE;
        }
        double[] rate = new double[s.length];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = lr * Math.sqrt(u[i] + eps) / Math.sqrt(s[i] + eps);
        }
        return new Insight(null, null, rate);
    }
}
