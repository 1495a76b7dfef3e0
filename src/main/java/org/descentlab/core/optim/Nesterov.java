package org.descentlab.core.optim;

import java.util.List;

/**
 * Nesterov accelerated gradient in the look-ahead form of the seed notes: v ← μ·v − η·∇f(W + μ·v); W ← W + v.
 * The gradient is taken where the velocity is about to carry the point, so the method brakes before it overshoots.
 * Nesterov (1983); Sutskever et al. (2013), "On the importance of initialization and momentum in deep learning".
 *
 * <p>Only the look-ahead gradient is evaluated: one gradient per step, like the other methods.
 */
public final class Nesterov extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "nag", "Nesterov (NAG)", "Momentum that looks ahead: measures the slope where it is about to land.",
            List.of(Hyperparameters.learningRate(0.01), Hyperparameters.momentum()), Nesterov::new);

    private double lr;
    private double mu;
    private double[] v;
    private double[] lookAhead;

    public Nesterov(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues values) {
        lr = values.get("lr");
        mu = values.get("momentum");
    }

    @Override
    protected void allocate(int n) {
        v = new double[n];
        lookAhead = new double[n];
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        for (int i = 0; i < x.length; i++) {
            lookAhead[i] = x[i] + mu * v[i];
        }
        objective.gradient(lookAhead, g);
        for (int i = 0; i < x.length; i++) {
            v[i] = mu * v[i] - lr * g[i];
            x[i] += v[i];
        }
    }

    @Override
    protected Insight inspect(double[] x) {
        if (v == null) {
            return Insight.NONE;
        }
        double[] ahead = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ahead[i] = x[i] + mu * v[i];
        }
        return new Insight(v.clone(), ahead, null);
    }
}
