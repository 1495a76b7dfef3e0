package org.descentlab.core.optim;

/**
 * AMSGrad: Adam, but the step divides by the largest second moment seen so far, vmax ← max(vmax, v), so a step
 * size never grows back: W ← W − η·m̂/(√(vmax/(1−β2ᵗ)) + ε). Reddi, Kale and Kumar (2018), "On the convergence of
 * Adam and beyond"; in PyTorch's form (the maximum is taken over the uncorrected v).
 */
public final class AmsGrad extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "amsgrad", "AMSGrad", "Adam whose per-coordinate step size can only shrink.",
            AdamMoments.hyperparameters(), AmsGrad::new);

    private AdamMoments moments;

    public AmsGrad(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        // read on every step from hyperparameters()
    }

    @Override
    protected void allocate(int n) {
        moments = new AdamMoments(n, true);
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        moments.step(x, g, t, hyperparameters());
    }

    @Override
    protected Insight inspect(double[] x) {
        return moments == null ? Insight.NONE : moments.insight(hyperparameters(), steps());
    }
}
