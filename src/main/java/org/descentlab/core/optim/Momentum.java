package org.descentlab.core.optim;

import java.util.List;

/**
 * Classical momentum: v ← μ·v − η·g; W ← W + v. The velocity v remembers past steps, so the path builds up speed
 * along a consistent slope and damps zig-zags across a valley. Polyak (1964), "Some methods of speeding up the
 * convergence of iteration methods".
 */
public final class Momentum extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "momentum", "Momentum", "A heavy ball: keeps a velocity that builds up along a steady slope.",
            List.of(Hyperparameters.learningRate(0.01), Hyperparameters.momentum()), Momentum::new);

    private double lr;
    private double mu;
    private double[] v;

    public Momentum(HyperparameterValues values) {
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
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        for (int i = 0; i < x.length; i++) {
            v[i] = mu * v[i] - lr * g[i];
            x[i] += v[i];
        }
    }

    @Override
    protected Insight inspect(double[] x) {
        return v == null ? Insight.NONE : new Insight(v.clone(), null, null);
    }
}
