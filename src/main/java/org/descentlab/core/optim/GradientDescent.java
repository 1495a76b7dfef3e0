package org.descentlab.core.optim;

import java.util.List;

/**
 * Plain gradient descent: W ← W − η·∇f(W), the update of the seed notes ({@code W1 = W0 - step * gradient(f)(W0)}).
 * Cauchy (1847).
 */
public final class GradientDescent extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "gd", "Gradient descent", "Step straight down the slope, a fixed fraction of the gradient each time.",
            List.of(Hyperparameters.learningRate(0.01)), GradientDescent::new);

    private double lr;

    public GradientDescent(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        lr = v.get("lr");
    }

    @Override
    protected void allocate(int n) {
        // no state
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        for (int i = 0; i < x.length; i++) {
            x[i] -= lr * g[i];
        }
    }
}
