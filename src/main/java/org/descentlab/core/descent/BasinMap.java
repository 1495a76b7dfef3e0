package org.descentlab.core.descent;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * Basins of attraction: where one optimizer ends from each start of an N × N grid over the surface's plot bounds,
 * each run for the same step budget as {@code trajectory} runs it (same {@link Walker}, same rules).
 *
 * <p>Cell (i, j) is column i from the left and row j from the top (y decreasing), its start at the cell's centre,
 * as {@link org.descentlab.core.surface.SurfaceGrid} lays out a heat map; cell (i, j) is entry j·N + i of every
 * array.
 *
 * <p>The rule for where a run ends ({@link #end}):
 * <ul>
 *   <li>{@link #DIVERGED} if the walker diverged;</li>
 *   <li>else minimum m (its index in {@code info().minima()}, the order {@code trajectory --list} prints) if the last
 *       point lies within {@link #reachedRadius} of m: 1 % of the diagonal of the plot bounds, less than half the
 *       distance between any two declared minima, so that at most one minimum is that close;</li>
 *   <li>else {@link #RUNNING}: still on its way after the budget, or stopped where no minimum is declared (a saddle
 *       point, or outside the bounds).</li>
 * </ul>
 * Convergence is not required: a walker that has come within the radius is drawn in its minimum's colour even if its
 * gradient is not yet below 1e-8.
 *
 * <p>Immutable; the cells are held in flat arrays (a 120 × 120 map is 14,400 runs).
 */
public final class BasinMap {

    /** Default cells per side. */
    public static final int DEFAULT_SIZE = 120;
    /** {@link #ends} value of a run that diverged. */
    public static final int DIVERGED = -1;
    /** {@link #ends} value of a run that reached no declared minimum. */
    public static final int RUNNING = -2;
    /** The reached radius as a fraction of the diagonal of the plot bounds. */
    public static final double REACHED_FRACTION = 0.01;

    private final Surface surface;
    private final int size;
    private final int[] ends;
    private final double[] finalX;
    private final double[] finalY;
    private final int[] steps;
    private final int cellsDone;

    private BasinMap(Surface surface, int size, int[] ends, double[] finalX, double[] finalY, int[] steps,
            int cellsDone) {
        this.surface = surface;
        this.size = size;
        this.ends = ends;
        this.finalX = finalX;
        this.finalY = finalY;
        this.steps = steps;
        this.cellsDone = cellsDone;
    }

    /** The surface mapped. */
    public Surface surface() {
        return surface;
    }

    /** N, cells per side. */
    public int size() {
        return size;
    }

    /** How many cells were run, in order from cell 0: N² unless the map was stopped early. */
    public int cellsDone() {
        return cellsDone;
    }

    /** Whether every cell was run. */
    public boolean complete() {
        return cellsDone == size * size;
    }

    /** Where the run from cell (i, j) ended: a minimum's index, {@link #DIVERGED} or {@link #RUNNING}. */
    public int end(int i, int j) {
        return ends[cell(i, j)];
    }

    /** x of the last point of the run from cell (i, j) (its last finite point if it diverged). */
    public double finalX(int i, int j) {
        return finalX[cell(i, j)];
    }

    /** y of the last point of the run from cell (i, j). */
    public double finalY(int i, int j) {
        return finalY[cell(i, j)];
    }

    /** The last recorded step of the run from cell (i, j). */
    public int steps(int i, int j) {
        return steps[cell(i, j)];
    }

    /** Every cell's end, row by row from the top (a copy). */
    public int[] ends() {
        return ends.clone();
    }

    private int cell(int i, int j) {
        if (i < 0 || i >= size || j < 0 || j >= size) {
            throw new IndexOutOfBoundsException("cell (" + i + ", " + j + ") of " + size + " × " + size);
        }
        if (j * size + i >= cellsDone) {
            throw new IllegalStateException("cell (" + i + ", " + j + ") was not run: the map was stopped early");
        }
        return j * size + i;
    }

    /** The start of cell (i, j): its centre. */
    public static Point start(Bounds bounds, int size, int i, int j) {
        return new Point(bounds.xMin() + (i + 0.5) * bounds.width() / size,
                bounds.yMax() - (j + 0.5) * bounds.height() / size);
    }

    /** The distance from a declared minimum within which a run counts as having reached it, on {@code surface}. */
    public static double reachedRadius(Surface surface) {
        Bounds b = surface.info().bounds();
        return REACHED_FRACTION * Math.hypot(b.width(), b.height());
    }

    /**
     * Runs {@code type} with {@code values} from every cell of an N × N grid over {@code surface}'s bounds for
     * {@code steps} steps each, with gradient noise σ = {@code noise} seeded by {@code seed} and the learning rate
     * following {@code schedule} (from the rate in {@code values}).
     *
     * @param progress told the number of cells done, after every row of cells
     * @param stop asked before every row of cells; when it says true the map ends with the cells done so far
     */
    public static BasinMap compute(Surface surface, OptimizerType type, HyperparameterValues values, int size,
            int steps, double noise, long seed, Schedule schedule, IntConsumer progress, BooleanSupplier stop) {
        if (size < 1) {
            throw new IllegalArgumentException("a basin map needs at least 1 × 1 cells, got " + size);
        }
        Bounds bounds = surface.info().bounds();
        int cells = size * size;
        int[] ends = new int[cells];
        double[] xs = new double[cells];
        double[] ys = new double[cells];
        int[] stepCounts = new int[cells];
        var run = new BudgetRun(surface, type.create(values), surface.info().start(), noise, seed, schedule);
        List<Minimum> minima = surface.info().minima();
        double radius = reachedRadius(surface);
        for (int j = 0; j < size; j++) {
            if (stop.getAsBoolean()) {
                return new BasinMap(surface, size, ends, xs, ys, stepCounts, j * size);
            }
            for (int i = 0; i < size; i++) {
                int cell = j * size + i;
                run.run(start(bounds, size, i, j), steps);
                Walker w = run.walker();
                Point end = w.position();
                xs[cell] = end.x();
                ys[cell] = end.y();
                stepCounts[cell] = w.currentStep();
                ends[cell] = w.status().diverged() ? DIVERGED : reached(minima, end, radius);
            }
            progress.accept((j + 1) * size);
        }
        return new BasinMap(surface, size, ends, xs, ys, stepCounts, cells);
    }

    /** {@link #compute} without noise, schedule, progress or stopping. */
    public static BasinMap compute(Surface surface, OptimizerType type, HyperparameterValues values, int size,
            int steps) {
        return compute(surface, type, values, size, steps, 0, 0, Schedule.CONSTANT, done -> { }, () -> false);
    }

    private static int reached(List<Minimum> minima, Point end, double radius) {
        for (int m = 0; m < minima.size(); m++) {
            if (minima.get(m).point().distanceTo(end) <= radius) {
                return m;
            }
        }
        return RUNNING;
    }
}
