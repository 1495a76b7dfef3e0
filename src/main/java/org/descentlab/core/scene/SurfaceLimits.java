package org.descentlab.core.scene;

import java.util.List;
import org.descentlab.core.optim.Hyperparameters;

/**
 * The declared limits of the surfaces tab's settings, for the window, the {@code trajectory} command and scene files
 * alike. A race keeps every walker's path (eleven walkers × a million steps is about 260 MB); the command line
 * streams its rows and keeps none.
 */
public final class SurfaceLimits {

    /** Steps of a race, or of a printed path. */
    public static final Limit STEPS = Limit.whole("steps", "Steps", "--steps", 1000, 1, 1_000_000);
    /** Steps per second when the race plays in the window. */
    public static final Limit SPEED = Limit.real("speed", "Speed", "", 100, 1, 1000);
    /** Standard deviation σ of the noise added to every gradient coordinate. */
    public static final Limit NOISE = Limit.real("noise", "Gradient noise σ", "--noise", 0, 0, 10);
    /** Each coordinate of the start point: walkers count as diverged beyond 1e6 from the origin. */
    public static final Limit START = Limit.real("start", "Start coordinate", "--start", 0, -1e6, 1e6);
    /** Extra copies of optimizers in one race ({@link OptimizerCopy}): enough for a lesson, few enough to tell. */
    public static final Limit COPIES = Limit.whole("copies", "Number of optimizer copies", "", 0, 0, 12);
    /** The smallest learning rate of a sweep: the app's smallest learning rate at the least. */
    public static final Limit SWEEP_LR_MIN = Limit.real("sweepLrMin", "Smallest learning rate of the sweep",
            "--lr-min", Hyperparameters.LR_MIN, Hyperparameters.LR_MIN, Hyperparameters.LR_MAX);
    /** The largest learning rate of a sweep: the app's largest learning rate at the most. */
    public static final Limit SWEEP_LR_MAX = Limit.real("sweepLrMax", "Largest learning rate of the sweep",
            "--lr-max", Hyperparameters.LR_MAX, Hyperparameters.LR_MIN, Hyperparameters.LR_MAX);
    /** Learning rates in a sweep: 61 is ten per decade from 1e-5 to 10; 1000 runs of a sweep stay under a second. */
    public static final Limit SWEEP_POINTS = Limit.whole("sweepPoints", "Learning rates in the sweep", "--points", 61,
            2, 1000);
    /** Starts per side of a basin map: 120² runs take a second or two; 400² about ten times longer. */
    public static final Limit BASIN_GRID = Limit.whole("basinGrid", "Basin map grid", "--grid", 120, 2, 400);
    /** Basin maps drawn side by side. */
    public static final Limit BASIN_MAPS = Limit.whole("basinMaps", "Number of basin maps", "", 1, 1, 2);

    private SurfaceLimits() {
    }

    /** Every declared limit, for listings and tests. */
    public static List<Limit> all() {
        return List.of(STEPS, SPEED, NOISE, START, COPIES, SWEEP_LR_MIN, SWEEP_LR_MAX, SWEEP_POINTS, BASIN_GRID,
                BASIN_MAPS);
    }
}
