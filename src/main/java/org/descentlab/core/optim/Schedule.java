package org.descentlab.core.optim;

/**
 * A learning-rate schedule as data: a shape and its parameters. {@link #multiplier(long)} gives γ(t)/γ₀, the factor
 * the learning rate set by the student (γ₀) is multiplied by at count t, counting from 0: the first step (or epoch)
 * uses γ(0). The schedule scales the hyperparameter {@code lr} of whichever optimizer has one (AdaDelta's too); an
 * optimizer without one is unaffected.
 *
 * @param kind the shape
 * @param values its parameters, declared by {@code kind}
 */
public record Schedule(ScheduleKind kind, HyperparameterValues values) {

    /** No schedule: the learning rate stays what it is set to. */
    public static final Schedule CONSTANT = new Schedule(ScheduleKind.CONSTANT);

    /** The hyperparameter a schedule scales. */
    public static final String LEARNING_RATE = "lr";

    /** A schedule of this shape at its default parameters. */
    public Schedule(ScheduleKind kind) {
        this(kind, HyperparameterValues.defaults(kind.parameters()));
    }

    /** Checks that the values belong to the kind. */
    public Schedule {
        if (kind == null || values == null) {
            throw new IllegalArgumentException("a schedule needs a kind and values");
        }
        if (!values.declared().equals(kind.parameters())) {
            throw new IllegalArgumentException("values do not belong to the " + kind.id() + " schedule");
        }
    }

    /** Whether this schedule leaves the learning rate alone. */
    public boolean constant() {
        return kind == ScheduleKind.CONSTANT;
    }

    /**
     * γ(t)/γ₀ at count {@code t} ≥ 0: a number in [0, 1] (0 only from the end of a cosine with floor 0 on; warm-up
     * starts at 1/w).
     *
     * @throws IllegalArgumentException for a negative t
     */
    public double multiplier(long t) {
        if (t < 0) {
            throw new IllegalArgumentException("a schedule counts from 0, got " + t);
        }
        return switch (kind) {
            case CONSTANT -> 1;
            case STEP -> Math.pow(values.get("factor"), Math.floor(t / values.get("every")));
            case EXPONENTIAL -> Math.pow(values.get("factor"), t / values.get("every"));
            case COSINE -> {
                double period = values.get("period");
                double floor = values.get("floor");
                yield floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * Math.min(t, period) / period));
            }
            case WARMUP -> Math.min(1, (t + 1) / values.get("length"));
        };
    }

    /**
     * The hyperparameters in force at count {@code t}: {@code base} (the values set, γ₀ among them) with {@code lr}
     * multiplied by {@link #multiplier}. The scaled rate may fall below the slider's smallest learning rate (a cosine
     * ends at 0), so it is not checked against that range; it never exceeds γ₀. {@code base} itself when the schedule
     * is constant or the optimizer has no learning rate.
     */
    public HyperparameterValues at(HyperparameterValues base, long t) {
        if (constant() || !base.has(LEARNING_RATE)) {
            return base;
        }
        var declared = base.declared();
        double[] scaled = new double[declared.size()];
        for (int i = 0; i < scaled.length; i++) {
            String key = declared.get(i).key();
            scaled[i] = base.get(key) * (key.equals(LEARNING_RATE) ? multiplier(t) : 1);
        }
        return HyperparameterValues.unchecked(declared, scaled);
    }

    /** γ(t) for a starting rate γ₀ = {@code lr}: what the optimizer steps with at count {@code t}. */
    public double learningRate(double lr, long t) {
        return lr * multiplier(t);
    }

    /** {@code kind:key=value,...} as the command line takes it ({@code step:every=100,factor=0.5}; {@code constant}). */
    @Override
    public String toString() {
        return kind.parameters().isEmpty() ? kind.id() : kind.id() + ":" + values.toString().replace(", ", ",");
    }
}
