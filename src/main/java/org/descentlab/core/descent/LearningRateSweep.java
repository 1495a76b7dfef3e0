package org.descentlab.core.descent;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * One optimizer run from one start at every learning rate of a log grid, each for the same step budget and with its
 * other hyperparameters as set: the notes' "학습률의 선택" as one picture. Each run is a {@link Walker} run exactly as
 * {@code trajectory} runs it, so a row is that command's last row at that rate.
 *
 * <p>Which hyperparameter is the learning rate comes from the optimizer's declarations
 * ({@link #learningRate(OptimizerType)}), not from a key written here per optimizer.
 *
 * <p>No threads here: the caller runs it where it likes, hears of progress through an {@link IntConsumer} (runs
 * done so far) and may stop it through a {@link BooleanSupplier}; a stopped sweep returns the rows it finished.
 */
public final class LearningRateSweep {

    /** Default grid: 61 rates from 1e-5 to 10, ten per decade. */
    public static final Grid DEFAULT_GRID = new Grid(1e-5, 10, 61);
    /** How close f must come to f* for {@link Row#stepsToReachMinimum()}. */
    public static final double WITHIN = BudgetRun.WITHIN;

    private LearningRateSweep() {
    }

    /**
     * Learning rates evenly spaced in log scale: {@code min}, …, {@code max}, {@code points} of them.
     *
     * @param min the smallest rate, positive
     * @param max the largest rate, above {@code min}
     * @param points how many rates, at least 2
     */
    public record Grid(double min, double max, int points) {

        /** Checks the grid. */
        public Grid {
            if (!(min > 0) || !(max > min) || !Double.isFinite(max) || points < 2) {
                throw new IllegalArgumentException("a sweep needs 0 < min < max and at least 2 points, got " + min
                        + ", " + max + ", " + points);
            }
        }

        /**
         * Rate {@code i}: 10 to the power of the weighted mean of log10(min) and log10(max), with weights (points − 1 −
         * i) and i, the ends exact and every rate within [min, max]. Written so that a rate on a whole decade is that
         * power of ten exactly (1e-4, not 9.999999999999991e-05), as a person would type it.
         */
        public double rate(int i) {
            if (i < 0 || i >= points) {
                throw new IndexOutOfBoundsException("rate " + i + " of " + points);
            }
            if (i == 0) {
                return min;
            }
            if (i == points - 1) {
                return max;
            }
            double exponent = (Math.log10(min) * (points - 1 - i) + Math.log10(max) * i) / (points - 1);
            return Math.max(min, Math.min(max, Math.pow(10, exponent)));
        }
    }

    /**
     * How the run at one learning rate ended.
     *
     * @param lr the learning rate
     * @param finalX x of the last point (the last finite one if the run diverged)
     * @param finalY y of the last point
     * @param finalLoss f at the last point
     * @param status running, converged or diverged, as {@link Walker} defines them
     * @param stepsToConverge the step at which it converged, empty if it did not (or diverged later)
     * @param gap final f − f*, f* being the surface's global minimum value (at a minimum it may come out a rounding
     *     error below 0: a log-scale chart should floor it)
     * @param stepsToReachMinimum the first step at which f − f* ≤ {@link #WITHIN}, empty if none did
     */
    public record Row(double lr, double finalX, double finalY, double finalLoss, Status status,
            OptionalInt stepsToConverge, double gap, OptionalInt stepsToReachMinimum) {
    }

    /**
     * A sweep's rows, in grid order.
     *
     * @param rows one per learning rate run, in grid order
     * @param complete whether every rate was run (false when stopped early)
     */
    public record Result(List<Row> rows, boolean complete) {

        /** Copies the rows. */
        public Result {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The hyperparameter that is {@code type}'s learning rate: the one declared first, as every optimizer type
     * declares its learning rate ({@link OptimizerType} checks it).
     */
    public static Hyperparameter learningRate(OptimizerType type) {
        return type.hyperparameters().get(0);
    }

    /**
     * Runs {@code type} with {@code values} (its learning rate replaced by each rate of {@code grid}) from
     * {@code start} for {@code steps} steps, with gradient noise σ = {@code noise} seeded by {@code seed} and the
     * learning rate following {@code schedule}: each rate of the grid is then the schedule's γ₀, the rate at the start.
     *
     * @param progress told the number of rates done after each one
     * @param stop asked before each rate; when it says true the sweep ends with the rows done so far
     * @throws IllegalArgumentException if a rate of the grid is outside the learning rate's declared range
     */
    public static Result run(Surface surface, OptimizerType type, HyperparameterValues values, Point start, int steps,
            double noise, long seed, Schedule schedule, Grid grid, IntConsumer progress, BooleanSupplier stop) {
        Hyperparameter lr = learningRate(type);
        for (double end : new double[] {grid.min(), grid.max()}) {
            if (!lr.accepts(end)) {
                throw new IllegalArgumentException(type.id() + ": " + lr.problemWith(end));
            }
        }
        double fStar = surface.info().minimumValue();
        var rows = new ArrayList<Row>(grid.points());
        for (int i = 0; i < grid.points(); i++) {
            if (stop.getAsBoolean()) {
                return new Result(rows, false);
            }
            double rate = grid.rate(i);
            var run = new BudgetRun(surface, type.create(values.with(lr.key(), rate)), start, noise, seed, schedule);
            run.run(start, steps);
            rows.add(row(rate, run, fStar));
            progress.accept(i + 1);
        }
        return new Result(rows, true);
    }

    /** {@link #run} without noise, schedule, progress or stopping. */
    public static Result run(Surface surface, OptimizerType type, HyperparameterValues values, Point start, int steps,
            Grid grid) {
        return run(surface, type, values, start, steps, 0, 0, Schedule.CONSTANT, grid, done -> { }, () -> false);
    }

    private static Row row(double rate, BudgetRun run, double fStar) {
        Walker w = run.walker();
        Status status = w.status();
        Point end = w.position();
        return new Row(rate, end.x(), end.y(), w.loss(), status,
                status.converged() ? OptionalInt.of(status.step()) : OptionalInt.empty(), w.loss() - fStar,
                run.firstWithin() < 0 ? OptionalInt.empty() : OptionalInt.of(run.firstWithin()));
    }
}
