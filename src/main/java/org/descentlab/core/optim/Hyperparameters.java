package org.descentlab.core.optim;

/** Declarations shared by several optimizers, so that the same knob reads the same everywhere. */
public final class Hyperparameters {

    /** Smallest and largest learning rate anywhere in the app: larger values only show divergence faster. */
    public static final double LR_MIN = 1e-5;
    public static final double LR_MAX = 10;

    private Hyperparameters() {
    }

    /** The learning rate (step size), on a log scale from 1e-5 to 10. */
    public static Hyperparameter learningRate(double defaultValue) {
        return new Hyperparameter("lr", "Learning rate", defaultValue, LR_MIN, LR_MAX, Scale.LOG,
                "How far each step moves: too small crawls, too large overshoots or diverges.");
    }

    /** The momentum coefficient μ. */
    public static Hyperparameter momentum() {
        return new Hyperparameter("momentum", "Momentum α", 0.9, 0, 0.999, Scale.LINEAR,
                "How much of the previous velocity is kept each step.");
    }

    /** The decay rate ρ of a running average of squared gradients. */
    public static Hyperparameter rho(double defaultValue) {
        return new Hyperparameter("rho", "Decay α", defaultValue, 0, 0.999, Scale.LINEAR,
                "How slowly the running average of squared gradients forgets.");
    }

    /** A small constant added to a denominator so that it is never zero. */
    public static Hyperparameter epsilon(double defaultValue) {
        return new Hyperparameter("eps", "Epsilon ε", defaultValue, 1e-12, 1, Scale.LOG,
                "Added to the denominator so that it is never zero.");
    }

    /** Adam's β1: decay of the first-moment (mean gradient) estimate. */
    public static Hyperparameter beta1() {
        return new Hyperparameter("beta1", "β1", 0.9, 0, 0.999, Scale.LINEAR,
                "Decay of the running mean of gradients (the momentum part).");
    }

    /** Adam's β2: decay of the second-moment (mean squared gradient) estimate. */
    public static Hyperparameter beta2() {
        return new Hyperparameter("beta2", "β2", 0.999, 0, 0.9999, Scale.LINEAR,
                "Decay of the running mean of squared gradients (the scaling part).");
    }
}
