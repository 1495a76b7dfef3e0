package org.descentlab.core.descent;

import java.util.Random;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.Objective;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * One optimizer walking one surface from a start point, recording its path.
 *
 * <p>Rules of a run, applied after every step k:
 * <ul>
 *   <li><b>diverged at step k</b> if a coordinate or f is not finite, or the point is farther than 1e6 from the
 *       origin. The walker stops. A point with a non-finite coordinate or loss is not recorded (the path ends at
 *       step k − 1, the last finite point); a finite point beyond 1e6 is recorded as step k.</li>
 *   <li><b>converged at step k</b> the first time the exact gradient norm at the recorded point is below 1e-8 (also
 *       at step 0). The walker keeps stepping if asked (the trajectory command prints every step; the race stops
 *       converged walkers), and its status stays converged at step k unless a later step diverges.</li>
 * </ul>
 *
 * <p>Optional gradient noise: each gradient the optimizer asks for gets σ·N(0, 1) added per coordinate, from a
 * {@link Random} seeded at construction and on every restart, so noisy runs are reproducible. The convergence test
 * uses the exact gradient.
 *
 * <p>Optional learning-rate schedule ({@link #setSchedule}): before step k + 1 the optimizer's {@code lr} is
 * η₀ · {@link Schedule#multiplier}(k), where k is the number of steps taken and η₀ the rate set
 * ({@link #hyperparameters()}); the optimizer keeps its state. Without one the optimizer is never reconfigured, so a
 * constant schedule walks bit for bit as a walker that knows nothing of schedules.
 */
public final class Walker {

    /** Gradient norm below which a run counts as converged. */
    public static final double CONVERGENCE_GRADIENT_NORM = 1e-8;
    /** Distance from the origin beyond which a run counts as diverged. */
    public static final double DIVERGENCE_RADIUS = 1e6;
    private static final double CONVERGENCE_GRADIENT_NORM_SQUARED =
            CONVERGENCE_GRADIENT_NORM * CONVERGENCE_GRADIENT_NORM;

    private final Surface surface;
    private final Optimizer optimizer;
    private final long seed;
    private final Path path;
    private final double[] position = new double[2];
    private final double[] gradient = new double[2];
    private final Objective objective = this::noisyGradient;
    private Random noise;
    private double noiseSigma;
    /** The state of {@link #status()}, kept as two fields so that a step allocates nothing. */
    private Status.State state;
    /** The step at which the walker converged or diverged (unused while running). */
    private int stateStep;
    private int restarts;
    /** The hyperparameters set, η₀ among them; the optimizer holds them scaled while a schedule is in force. */
    private HyperparameterValues base;
    private Schedule schedule = Schedule.CONSTANT;

    /**
     * @param noiseSigma standard deviation σ of the gradient noise, 0 for exact gradients
     * @param seed seed of the noise generator
     */
    public Walker(Surface surface, Optimizer optimizer, Point start, double noiseSigma, long seed) {
        this(surface, optimizer, start, noiseSigma, seed, true);
    }

    /**
     * @param keepPath whether {@link #path()} keeps every point; without, it holds only the newest (for streaming a
     *     long path, where the history would only fill memory)
     */
    public Walker(Surface surface, Optimizer optimizer, Point start, double noiseSigma, long seed, boolean keepPath) {
        this.path = new Path(!keepPath);
        this.surface = surface;
        this.optimizer = optimizer;
        this.seed = seed;
        this.base = optimizer.hyperparameters();
        setNoise(noiseSigma);
        restart(start);
    }

    /** A walker with exact gradients. */
    public Walker(Surface surface, Optimizer optimizer, Point start) {
        this(surface, optimizer, start, 0, 0);
    }

    /** Forgets the path and the optimizer's state and starts again from {@code start} at step 0. */
    public void restart(Point start) {
        restarts++;
        optimizer.reset();
        noise = new Random(seed);
        path.clear();
        position[0] = start.x();
        position[1] = start.y();
        state = Status.State.RUNNING;
        stateStep = 0;
        record(0, surface.value(start.x(), start.y()));
        if (!schedule.constant()) {
            optimizer.configure(schedule.at(base, 0));
        }
    }

    /**
     * Follows {@code newSchedule} from the next step on, counting from the steps already taken; the optimizer's rate
     * is set at once to the one the next step takes (back to η₀ for a constant schedule).
     */
    public void setSchedule(Schedule newSchedule) {
        if (newSchedule == null) {
            throw new IllegalArgumentException("a walker needs a schedule (Schedule.CONSTANT for none)");
        }
        boolean touched = !schedule.constant() || !newSchedule.constant();
        schedule = newSchedule;
        if (touched) {
            optimizer.configure(schedule.at(base, currentStep()));
        }
    }

    /** The learning-rate schedule followed. */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * Sets the optimizer's hyperparameters (η₀ among them) from the next step on, keeping its state; a schedule in
     * force scales the new rate from the current step.
     */
    public void configure(HyperparameterValues values) {
        optimizer.configure(schedule.at(values, currentStep()));
        base = values;
    }

    /** The hyperparameters set, with η₀ as the learning rate (the optimizer's own hold η(t)). */
    public HyperparameterValues hyperparameters() {
        return base;
    }

    /**
     * η(t): the learning rate the next step takes (the rate set times the schedule's multiplier at the steps taken),
     * or NaN for an optimizer without one.
     */
    public double learningRate() {
        return base.has(Schedule.LEARNING_RATE)
                ? schedule.learningRate(base.get(Schedule.LEARNING_RATE), currentStep()) : Double.NaN;
    }

    /** Changes the noise level from the next gradient on. */
    public void setNoise(double sigma) {
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("noise σ must be a finite number ≥ 0");
        }
        noiseSigma = sigma;
    }

    /** Takes one step unless diverged; returns whether a step was taken. */
    public boolean step() {
        if (state == Status.State.DIVERGED) {
            return false;
        }
        int k = path.size();
        double oldX = position[0];
        double oldY = position[1];
        if (!schedule.constant()) {
            optimizer.configure(schedule.at(base, k - 1));
        }
        optimizer.step(position, objective);
        double x = position[0];
        double y = position[1];
        double f = surface.value(x, y);
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(f)) {
            position[0] = oldX;
            position[1] = oldY;
            diverge(k);
            return true;
        }
        record(k, f);
        // x² + y² > 1e12 is "farther than 1e6 from the origin" without Math.hypot's cost, twice per step in a basin
        // map of 14,400 runs; a square that overflows to infinity still compares as far.
        if (x * x + y * y > DIVERGENCE_RADIUS * DIVERGENCE_RADIUS) {
            diverge(k);
        }
        return true;
    }

    private void diverge(int k) {
        state = Status.State.DIVERGED;
        stateStep = k;
    }

    /** Adds the current point, f there being {@code f}, as step {@code k}, and tests it for convergence. */
    private void record(int k, double f) {
        double x = position[0];
        double y = position[1];
        path.add(x, y, f);
        surface.gradient(x, y, gradient);
        // ‖g‖ < 1e-8 as g·g < 1e-16: a square that underflows to 0 belongs to a gradient that small anyway.
        if (state == Status.State.RUNNING
                && gradient[0] * gradient[0] + gradient[1] * gradient[1] < CONVERGENCE_GRADIENT_NORM_SQUARED) {
            state = Status.State.CONVERGED;
            stateStep = k;
        }
    }

    private void noisyGradient(double[] p, double[] out) {
        surface.gradient(p[0], p[1], out);
        if (noiseSigma > 0) {
            out[0] += noiseSigma * noise.nextGaussian();
            out[1] += noiseSigma * noise.nextGaussian();
        }
    }

    public Surface surface() {
        return surface;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** How many times the path was started (1 after construction): a view can tell a new path from a grown one. */
    public int starts() {
        return restarts;
    }

    /** The recorded points, step 0 first. */
    public Path path() {
        return path;
    }

    /** Where the run stands; while running, its step is the current step. */
    public Status status() {
        return new Status(state, state == Status.State.RUNNING ? currentStep() : stateStep);
    }

    /** The last recorded step number. */
    public int currentStep() {
        return path.size() - 1;
    }

    /** The current point (the last recorded one). */
    public Point position() {
        return new Point(position[0], position[1]);
    }

    /** The exact gradient at the current point (a fresh copy). */
    public double[] gradient() {
        return gradient.clone();
    }

    /** ‖∇f‖ at the current point. */
    public double gradientNorm() {
        return Math.hypot(gradient[0], gradient[1]);
    }

    /** f at the current point. */
    public double loss() {
        return path.loss(path.size() - 1);
    }
}
