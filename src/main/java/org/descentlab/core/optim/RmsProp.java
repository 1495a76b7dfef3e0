package org.descentlab.core.optim;

import java.util.List;

/**
 * RMSProp: s ← ρ·s + (1−ρ)·g²; W ← W − η·g / (√s + ε). Like AdaGrad, but the squared gradients are a running
 * average that forgets, so steps do not shrink forever. Tieleman and Hinton (2012), Coursera lecture 6.5.
 */
public final class RmsProp extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "rmsprop", "RMSProp", "Divides each step by a running average of squared gradients that forgets.",
            List.of(Hyperparameters.learningRate(0.01), Hyperparameters.rho(0.9), Hyperparameters.epsilon(1e-8)),
            RmsProp::new);

    private double lr;
    private double rho;
    private double eps;
    private double[] s;

    public RmsProp(HyperparameterValues values) {
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
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        for (int i = 0; i < x.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
            x[i] -= lr * g[i] / (Math.sqrt(s[i]) + eps);
        }
    }

    @Override
    protected Insight inspect(double[] x) {
        if (s == null) {
            return Insight.NONE;
        }
        double[] rate = new double[s.length];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = lr / (Math.sqrt(s[i]) + eps);
        }
        return new Insight(null, null, rate);
    }
}
