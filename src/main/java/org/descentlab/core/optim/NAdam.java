package org.descentlab.core.optim;

import java.util.List;

/**
 * NAdam, exactly as PyTorch documents it (without weight decay): μₜ = β1·(1 − ½·0.96^(t·ψ)),
 * μₜ₊₁ = β1·(1 − ½·0.96^((t+1)·ψ)); m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²;
 * m̂ = μₜ₊₁·m/(1 − ∏ᵢ₌₁ᵗ⁺¹ μᵢ) + (1−μₜ)·g/(1 − ∏ᵢ₌₁ᵗ μᵢ); v̂ = v/(1−β2ᵗ); W ← W − η·m̂/(√v̂ + ε),
 * with ψ the momentum decay. Adam with Nesterov's look-ahead folded into the momentum term. Dozat (2016),
 * "Incorporating Nesterov momentum into Adam".
 */
public final class NAdam extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "nadam", "NAdam", "Adam with Nesterov's look-ahead built into its momentum.",
            List.of(Hyperparameters.learningRate(0.002), Hyperparameters.beta1(), Hyperparameters.beta2(),
                    Hyperparameters.epsilon(1e-8),
                    new Hyperparameter("momentum_decay", "Momentum decay ψ", 0.004, 0, 0.1, Scale.LINEAR,
                            "How fast the momentum coefficient warms up toward β1.")),
            NAdam::new);

    private double lr;
    private double beta1;
    private double beta2;
    private double eps;
    private double psi;
    private double[] m;
    private double[] v;
    /** ∏ᵢ₌₁ᵗ μᵢ, the product of the momentum coefficients so far. */
    private double muProduct;

    public NAdam(HyperparameterValues values) {
        super(TYPE, values);
    }

    @Override
    protected void readHyperparameters(HyperparameterValues h) {
        lr = h.get("lr");
        beta1 = h.get("beta1");
        beta2 = h.get("beta2");
        eps = h.get("eps");
        psi = h.get("momentum_decay");
    }

    @Override
    protected void allocate(int n) {
        m = new double[n];
        v = new double[n];
        muProduct = 1;
    }

    @Override
    protected Insight inspect(double[] x) {
        if (v == null) {
            return Insight.NONE;
        }
        double c2 = 1 - Math.pow(beta2, Math.max(1, steps()));
        double[] rate = new double[v.length];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = lr / (Math.sqrt(v[i] / c2) + eps);
        }
        return new Insight(null, null, rate);
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        muProduct *= mu;
        double gradientWeight = (1 - mu) / (1 - muProduct);
        double momentumWeight = muNext / (1 - muProduct * muNext);
        double c2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < x.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            double mHat = momentumWeight * m[i] + gradientWeight * g[i];
            x[i] -= lr * mHat / (Math.sqrt(v[i] / c2) + eps);
        }
    }
}
