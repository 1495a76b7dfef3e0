package org.descentlab.core.scene;

import java.util.List;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.Problem.Wording;

/**
 * The surfaces tab's settings of the views that show why (issue 13): curvature, ghost paths, the learning-rate sweep
 * and basin maps. Part of {@link SurfacesScene}; every number is checked against its limit in {@link SurfaceLimits}.
 * The defaults switch every view off, so that a scene file written before these views opens as it looked.
 *
 * @param showCurvature whether the Hessian's eigenvectors and condition number are drawn at the start (and on hover)
 * @param showGhosts whether a restarted race keeps the previous run's paths as faint dashed ghosts
 * @param showSweep whether the learning-rate sweep view is open; the sweep runs the race's switched-on optimizers
 * @param sweepLrMin the smallest learning rate of the sweep ({@link SurfaceLimits#SWEEP_LR_MIN})
 * @param sweepLrMax the largest learning rate of the sweep ({@link SurfaceLimits#SWEEP_LR_MAX}), above
 *     {@code sweepLrMin}
 * @param sweepPoints how many learning rates, evenly spaced in log scale ({@link SurfaceLimits#SWEEP_POINTS})
 * @param showBasins whether the basin map overlay is drawn
 * @param basinGrid starts per side of the basin map ({@link SurfaceLimits#BASIN_GRID})
 * @param basinOptimizers the optimizers whose basin maps are drawn, side by side when two
 *     ({@link SurfaceLimits#BASIN_MAPS}), each with the hyperparameters the race gives it
 */
public record InsightSetup(
        boolean showCurvature,
        boolean showGhosts,
        boolean showSweep,
        double sweepLrMin,
        double sweepLrMax,
        int sweepPoints,
        boolean showBasins,
        int basinGrid,
        List<OptimizerType> basinOptimizers) {

    /** The optimizer whose basins are mapped when none is chosen. */
    public static final String FIRST_BASIN_OPTIMIZER = "gd";

    /**
     * Checks every value against its declared limit.
     *
     * @throws SettingException naming the field, the value and the allowed range
     */
    public InsightSetup {
        String p = "surfaces.insight.";
        SurfaceLimits.SWEEP_LR_MIN.check(sweepLrMin, p + "sweepLrMin");
        SurfaceLimits.SWEEP_LR_MAX.check(sweepLrMax, p + "sweepLrMax");
        if (!(sweepLrMin < sweepLrMax)) {
            String min = Limit.format(sweepLrMin);
            String max = Limit.format(sweepLrMax);
            throw new SettingException(new Problem(p + "sweepLrMax", "The sweep's largest learning rate ("
                    + max + ") must be above its smallest (" + min + ")",
                    Wording.of("problem.sweep_order", max, min)));
        }
        SurfaceLimits.SWEEP_POINTS.check(sweepPoints, p + "sweepPoints");
        SurfaceLimits.BASIN_GRID.check(basinGrid, p + "basinGrid");
        if (basinOptimizers == null || basinOptimizers.stream().anyMatch(java.util.Objects::isNull)) {
            throw new SettingException(Problem.of("the basin map needs a list of optimizers"));
        }
        SurfaceLimits.BASIN_MAPS.check(basinOptimizers.size(), p + "basinOptimizers");
        basinOptimizers = List.copyOf(basinOptimizers);
    }

    /** Every view off; the sweep's and the basin map's defaults. */
    public static InsightSetup defaults() {
        return new InsightSetup(false, false, false, SurfaceLimits.SWEEP_LR_MIN.defaultValue(),
                SurfaceLimits.SWEEP_LR_MAX.defaultValue(), (int) SurfaceLimits.SWEEP_POINTS.defaultValue(), false,
                (int) SurfaceLimits.BASIN_GRID.defaultValue(),
                List.of(OptimizerRegistry.find(FIRST_BASIN_OPTIMIZER).orElseThrow()));
    }

    /** The sweep's grid of learning rates. */
    public LearningRateSweep.Grid sweepGrid() {
        return new LearningRateSweep.Grid(sweepLrMin, sweepLrMax, sweepPoints);
    }

    /** A copy with the views switched on or off. */
    public InsightSetup withViews(boolean curvature, boolean ghosts, boolean sweep, boolean basins) {
        return new InsightSetup(curvature, ghosts, sweep, sweepLrMin, sweepLrMax, sweepPoints, basins, basinGrid,
                basinOptimizers);
    }

    /** A copy with another sweep grid (checked like every other value). */
    public InsightSetup withSweep(double lrMin, double lrMax, int points) {
        return new InsightSetup(showCurvature, showGhosts, showSweep, lrMin, lrMax, points, showBasins, basinGrid,
                basinOptimizers);
    }

    /** A copy with another basin grid and optimizers (checked like every other value). */
    public InsightSetup withBasins(int grid, List<OptimizerType> optimizers) {
        return new InsightSetup(showCurvature, showGhosts, showSweep, sweepLrMin, sweepLrMax, sweepPoints, showBasins,
                grid, optimizers);
    }
}
