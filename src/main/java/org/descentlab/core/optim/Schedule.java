package org.descentlab.core.optim;

/**
 * A learning-rate schedule as data: a shape and its parameters. {@link #multiplier(long)} gives η(t)/η₀, the factor
 * the learning rate set by the student (η₀) is multiplied by at step t (0 for the first step). The schedule scales the
 * hyperparameter {@code lr} of whichever optimizer uses it; an optimizer without one is unaffected.
 *
 * @param kind the shape
 * @param values its parameters, declared by {@code kind}
 */
public record Schedule(ScheduleKind kind, HyperparameterValues values) {

    /** No schedule: the learning rate stays what it is set to. */
    public static final Schedule CONSTANT = new Schedule(ScheduleKind.CONSTANT);

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

    /** η(t)/η₀ at step {@code t} ≥ 0: a number in [0, 1] (0 only at the end of a cosine with floor 0). */
    public double multiplier(long t) {
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
}
