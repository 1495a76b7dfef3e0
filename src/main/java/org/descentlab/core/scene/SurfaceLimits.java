package org.descentlab.core.scene;

import java.util.List;
import java.util.Locale;
import org.descentlab.core.formula.FormulaError;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.scene.Problem.Wording;
import org.descentlab.core.surface.Bounds;

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
    /**
     * Each coordinate of a typed surface's plot bounds: the start point's range, since a walker counts as diverged
     * beyond 1e6 from the origin.
     */
    public static final Limit BOUNDS = Limit.real("bounds", "Plot bounds", "--bounds", 0, -1e6, 1e6);
    /** Known minima given with a typed surface (none: they are found numerically). */
    public static final Limit MINIMA = Limit.whole("minima", "Known minima", "", 0, 0, 24);

    private SurfaceLimits() {
    }

    /** Every declared limit, for listings and tests. */
    public static List<Limit> all() {
        return List.of(STEPS, SPEED, NOISE, START, COPIES, SWEEP_LR_MIN, SWEEP_LR_MAX, SWEEP_POINTS, BASIN_GRID,
                BASIN_MAPS, BOUNDS, MINIMA);
    }

    /**
     * The plot bounds [xMin, xMax] × [yMin, yMax] of a typed surface, checked: each coordinate within {@link #BOUNDS},
     * xMin below xMax and yMin below yMax.
     *
     * @param name the setting, as an option ({@code --bounds}) or a scene-file field ({@code surfaces.bounds})
     * @throws SettingException naming {@code name} and what is wrong
     */
    public static Bounds bounds(double xMin, double xMax, double yMin, double yMax, String name) {
        for (double v : new double[] {xMin, xMax, yMin, yMax}) {
            BOUNDS.check(v, name);
        }
        if (!(xMin < xMax && yMin < yMax)) {
            String given = String.join(",", Limit.format(xMin), Limit.format(xMax), Limit.format(yMin),
                    Limit.format(yMax));
            throw boundsProblem(name, given);
        }
        return new Bounds(xMin, xMax, yMin, yMax);
    }

    /** {@code bounds} if they pass {@link #bounds(double, double, double, double, String)}'s checks. */
    public static Bounds check(Bounds bounds, String name) {
        return bounds(bounds.xMin(), bounds.xMax(), bounds.yMin(), bounds.yMax(), name);
    }

    /**
     * Plot bounds typed as four numbers {@code xmin,xmax,ymin,ymax} (decimals or scientific notation), checked as
     * {@link #bounds(double, double, double, double, String)} does.
     *
     * @throws SettingException naming {@code name}: not four numbers, out of range or out of order
     */
    public static Bounds parseBounds(String text, String name) {
        String typed = text == null ? "" : text.strip();
        String[] parts = typed.split(",", -1);
        double[] v = new double[4];
        if (parts.length != 4) {
            throw boundsProblem(name, "'" + typed + "'");
        }
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Hyperparameter.parseNumber(parts[i], name);
            } catch (IllegalArgumentException e) {
                throw boundsProblem(name, "'" + typed + "'");
            }
        }
        return bounds(v[0], v[1], v[2], v[3], name);
    }

    private static SettingException boundsProblem(String name, String given) {
        var error = FormulaError.BOUNDS;
        return new SettingException(new Problem(name, String.format(Locale.ROOT, error.english(), name, given),
                Wording.of(error.key(), name, given)));
    }
}
