package org.descentlab.core.optim;

import java.util.List;

/**
 * The shapes a learning-rate schedule can take, each with its parameters declared like an optimizer's
 * hyperparameters (so controls and {@code --schedule kind:key=value} are built from the declarations alone).
 * The count t is optimizer steps on the Surfaces tab and completed epochs on the Network tab, from 0; so are the
 * parameters that count (see {@link #counts}), and their labels name no unit. The notation is the notes': γ is the
 * learning rate, γ₀ the one set.
 */
public enum ScheduleKind {
    /** γ(t) = γ₀. */
    CONSTANT("constant", List.of()),
    /** Step decay (PyTorch's StepLR): γ(t) = γ₀ · d^⌊t / s⌋. */
    STEP("step", List.of(
            new Hyperparameter("every", "Interval s", 100, 1, 1_000_000, Scale.LOG,
                    "How many steps (epochs when training) pass between two cuts of the learning rate"),
            new Hyperparameter("factor", "Factor d", 0.5, 0.001, 1, Scale.LINEAR,
                    "What the learning rate is multiplied by at every cut"))),
    /** Exponential decay (Keras' ExponentialDecay): γ(t) = γ₀ · d^(t / s). */
    EXPONENTIAL("exponential", List.of(
            new Hyperparameter("every", "Interval s", 100, 1, 1_000_000, Scale.LOG,
                    "How many steps (epochs when training) it takes to multiply the learning rate by d"),
            new Hyperparameter("factor", "Factor d", 0.5, 0.001, 1, Scale.LINEAR,
                    "What the learning rate is multiplied by every s steps, a little at every step"))),
    /**
     * Cosine annealing (PyTorch's CosineAnnealingLR, no restarts):
     * γ(t) = γ₀ · (m + (1 − m)·½(1 + cos(π·min(t, T)/T))), so m·γ₀ from t = T on.
     */
    COSINE("cosine", List.of(
            new Hyperparameter("period", "Length T", 1000, 1, 1_000_000, Scale.LOG,
                    "After how many steps (epochs when training) the learning rate reaches its floor"),
            new Hyperparameter("floor", "Floor m", 0, 0, 1, Scale.LINEAR,
                    "The smallest learning rate, as a share of the starting one"))),
    /** Linear warm-up (PyTorch's LinearLR from 1/w over w − 1 steps): γ(t) = γ₀ · min(1, (t + 1) / w). */
    WARMUP("warmup", List.of(
            new Hyperparameter("length", "Warm-up w", 100, 1, 1_000_000, Scale.LOG,
                    "How many steps (epochs when training) the learning rate takes to grow to its full value")));

    private final String id;
    private final List<Hyperparameter> parameters;

    ScheduleKind(String id, List<Hyperparameter> parameters) {
        this.id = id;
        this.parameters = parameters;
    }

    /** The identifier in scene files and on the command line. */
    public String id() {
        return id;
    }

    /** The declared parameters of this shape. */
    public List<Hyperparameter> parameters() {
        return parameters;
    }

    /**
     * Whether {@code parameter} is a count of steps (epochs on the Network tab) rather than a share: a control shows
     * it as a whole number with its unit. Any positive value works in the formulas.
     */
    public static boolean counts(Hyperparameter parameter) {
        return switch (parameter.key()) {
            case "every", "period", "length" -> true;
            default -> false;
        };
    }

    /** The kind with this id, or {@code null}. */
    public static ScheduleKind byId(String id) {
        for (ScheduleKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    /** Every id, in declaration order, for messages: {@code constant, step, exponential, cosine, warmup}. */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ScheduleKind::id).toList());
    }
}
