package org.descentlab.core.optim;

/**
 * Bookkeeping shared by every optimizer: the step count, the hyperparameters in force, a gradient buffer, and state
 * arrays sized on the first step to the length of the vector being optimized (and sized again after a reset).
 */
public abstract class AbstractOptimizer implements Optimizer {

    private final OptimizerType type;
    private HyperparameterValues values;
    private long t;
    private int dimension = -1;

    /** Gradient buffer of the current dimension, for subclasses to fill through the objective. */
    protected double[] g;

    protected AbstractOptimizer(OptimizerType type, HyperparameterValues values) {
        this.type = type;
        configure(values);
    }

    @Override
    public final OptimizerType type() {
        return type;
    }

    @Override
    public final HyperparameterValues hyperparameters() {
        return values;
    }

    @Override
    public final void configure(HyperparameterValues newValues) {
        if (!newValues.declared().equals(type.hyperparameters())) {
            throw new IllegalArgumentException("hyperparameters of another optimizer given to " + type.id());
        }
        values = newValues;
        readHyperparameters(newValues);
    }

    @Override
    public final void step(double[] x, Objective objective) {
        if (x.length != dimension) {
            dimension = x.length;
            g = new double[dimension];
            t = 0;
            allocate(dimension);
        }
        t++;
        update(x, objective, t);
    }

    @Override
    public final void reset() {
        t = 0;
        dimension = -1;
    }

    @Override
    public final long steps() {
        return t;
    }

    @Override
    public final Insight insight(double[] x) {
        return t == 0 ? Insight.NONE : inspect(x);
    }

    /** The internals after at least one step; by default nothing to show. */
    protected Insight inspect(double[] x) {
        return Insight.NONE;
    }

    /** Copies the hyperparameters into fields; called on construction and on every {@link #configure}. */
    protected abstract void readHyperparameters(HyperparameterValues v);

    /** Allocates the state for vectors of length {@code n}, at its initial value. */
    protected abstract void allocate(int n);

    /** Step number {@code t} (from 1): moves {@code x} in place. */
    protected abstract void update(double[] x, Objective objective, long t);
}
