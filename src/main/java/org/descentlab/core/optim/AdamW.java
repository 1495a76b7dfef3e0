package org.descentlab.core.optim;

import java.util.ArrayList;

/**
 * AdamW: W ← W − η·λ·W (decoupled weight decay), then the Adam step. The gradient g is taken at W before the decay,
 * as in PyTorch. Loshchilov and Hutter (2019), "Decoupled weight decay regularization".
 */
public final class AdamW extends AbstractOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adamw", "AdamW", "Adam that also shrinks every weight a little each step (weight decay).",
            declare(), AdamW::new);

    private AdamMoments moments;
    private double decay;

    public AdamW(HyperparameterValues values) {
        super(TYPE, values);
    }

    private static java.util.List<Hyperparameter> declare() {
        var list = new ArrayList<>(AdamMoments.hyperparameters());
        list.add(new Hyperparameter("weight_decay", "Weight decay λ", 0.01, 0, 1, Scale.LINEAR,
                "Fraction of η by which every coordinate shrinks toward 0 each step."));
        return list;
    }

    @Override
    protected void readHyperparameters(HyperparameterValues v) {
        decay = v.get("lr") * v.get("weight_decay");
    }

    @Override
    protected void allocate(int n) {
        moments = new AdamMoments(n, false);
    }

    @Override
    protected void update(double[] x, Objective objective, long t) {
        objective.gradient(x, g);
        for (int i = 0; i < x.length; i++) {
            x[i] -= decay * x[i];
        }
        moments.step(x, g, t, hyperparameters());
    }

    @Override
    protected Insight inspect(double[] x) {
        return moments == null ? Insight.NONE : moments.insight(hyperparameters(), steps());
    }
}
