package org.descentlab.core.optim;

import java.util.List;

/**
 * AdaGrad: G ← G + g²; W ← W − η·g / (√G + ε), per coordinate. Coordinates that have seen large gradients take
 * smaller steps; since G only grows, every step size shrinks over time. Duchi, Hazan and Singer (2011), "Adaptive
 * subgradient methods for online learning and stochastic optimization". G starts at {@code initial_accumulator}.
 */
public final class AdaGrad extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adagrad", "AdaGrad", "Divides each step by the root of all squared gradients so far: steps only shrink.",
            List.of(Hyperparameters.learningRate(0.1), Hyperparameters.epsilon(1e-10),
                    new Hyperparameter("initial_accumulator", "Initial accumulator", 0, 0, 10, Scale.LINEAR,
                            "Starting value of the sum of squared gradients.")),
            AdaGrad::new);

    private double lr;
    private double eps;
    private double initial;
    private double[] sumSquares;

    public AdaGrad(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        lr = v.get("lr");
        eps = v.get("eps");
        initial = v.get("initial_accumulator");
    }

    @Override
    protected void allocate(int n) {
        sumSquares = new double[n];
        java.util.Arrays.fill(sumSquares, initial);
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        for (int i = 0; i < x.length; i++) {
            sumSquares[i] += g[i] * g[i];
            x[i] -= lr * g[i] / (Math.sqrt(sumSquares[i]) + eps);
        }
    }

    @Override
    protected Insight inspect(double[] x) {
        if (sumSquares == null) {
            return Insight.NONE;
        }
        double[] rate = new double[sumSquares.length];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = lr / (Math.sqrt(sumSquares[i]) + eps);
        }
        return new Insight(null, null, rate);
    }
}
