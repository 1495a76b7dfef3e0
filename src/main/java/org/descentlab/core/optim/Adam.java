package org.descentlab.core.optim;

/**
 * Adam: m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ); W ← W − η·m̂/(√v̂ + ε).
 * Momentum (m) and RMSProp's scaling (v) together, with the bias of their zero start corrected. With
 * {@code bias_correction} = 0, m̂ = m and v̂ = v. Kingma and Ba (2015), "Adam: a method for stochastic optimization".
 */
public final class Adam extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adam", "Adam", "Momentum and RMSProp together, with the zero start of both corrected.",
            AdamMoments.hyperparameters(), Adam::new);

    private AdamMoments moments;

    public Adam(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        // read on every step from hyperparameters()
    }

    @Override
    protected void allocate(int n) {
        moments = new AdamMoments(n, false);
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
