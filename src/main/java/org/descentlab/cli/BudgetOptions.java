package org.descentlab.cli;

import org.descentlab.core.formula.FormulaException;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import picocli.CommandLine.Option;

/**
 * The options that run many walkers on one surface for one step budget ({@code sweep}, {@code basin}): the surface
 * (built in, or typed as a formula over its bounds), the steps and the gradient noise, checked against the same
 * limits as {@code trajectory}'s.
 */
final class BudgetOptions {

    /** What {@code --formula} says about itself, in every command that takes it. */
    static final String FORMULA_HELP = "A surface typed as f(x, y), e.g. \"x^2 + 3*y^2\" (instead of --surface): "
            + "numbers, x, y, pi, e, + - * / ^, parentheses, sqrt exp log sin cos tan tanh sigmoid abs min max pow.";
    /** What {@code --bounds} says about itself. */
    static final String BOUNDS_HELP = "Plot bounds of --formula, each within ±1e6 (default -3,3,-3,3).";

    @Option(names = "--surface", paramLabel = "ID", description = "Surface id (see trajectory --list).")
    String surfaceId;

    @Option(names = "--formula", paramLabel = "EXPR", description = FORMULA_HELP)
    String formula;

    @Option(names = "--bounds", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = BOUNDS_HELP)
    String bounds;

    @Option(names = "--steps", paramLabel = "N",
            description = "Steps of every run, 1 to 1000000 (default 1000, the window's step budget).")
    String steps;

    @Option(names = "--noise", paramLabel = "S",
            description = "Gradient noise σ, 0 to 10: adds σ·N(0,1) to every gradient coordinate (default 0).")
    String noise;

    @Option(names = "--seed", paramLabel = "K", description = "Seed of the noise, the same for every run (default 0).")
    Long seed;

    /** The surface chosen. */
    Surface surface() {
        Surface chosen = surface(surfaceId, formula, bounds);
        if (chosen == null) {
            throw new UsageError("--surface is required (one of: " + SurfaceRegistry.ids()
                    + "), or type one with --formula");
        }
        return chosen;
    }

    /**
     * The surface named by {@code --surface ID} or typed by {@code --formula EXPR} over {@code --bounds}, or
     * {@code null} when neither was given.
     *
     * @throws UsageError for an unknown id, a bad formula (with its column), bad bounds, both options at once, or
     *     bounds without a formula
     */
    static Surface surface(String id, String formula, String bounds) {
        if (id != null && formula != null) {
            throw new UsageError("give either --surface or --formula, not both");
        }
        if (bounds != null && formula == null) {
            throw new UsageError("--bounds sets the plot bounds of a --formula; a built-in surface has its own");
        }
        if (formula != null) {
            return typed(formula, bounds);
        }
        if (id == null) {
            return null;
        }
        return SurfaceRegistry.find(id).orElseThrow(() -> new UsageError(
                "unknown surface '" + id + "' (choose one of: " + SurfaceRegistry.ids() + ", or type one with "
                + "--formula)"));
    }

    private static Surface typed(String formula, String boundsText) {
        try {
            Bounds b = boundsText == null ? FormulaSurface.DEFAULT_BOUNDS
                    : SurfaceLimits.parseBounds(boundsText, "--bounds");
            return FormulaSurface.of(formula, b);
        } catch (FormulaException e) {
            throw new UsageError("--formula '" + formula.strip() + "': " + e.getMessage());
        } catch (SettingException e) {
            throw new UsageError(e.problem().field().equals("--bounds") ? e.getMessage()
                    : "--formula '" + formula.strip() + "': " + e.getMessage());
        }
    }

    /** The step budget of every run. */
    int steps() {
        return steps == null ? (int) SurfaceLimits.STEPS.defaultValue()
                : (int) checked(() -> SurfaceLimits.STEPS.parse(steps, "--steps"));
    }

    /** The gradient noise σ. */
    double noise() {
        return noise == null ? 0 : checked(() -> SurfaceLimits.NOISE.parse(noise, "--noise"));
    }

    /** The noise seed. */
    long seed() {
        return seed == null ? 0 : seed;
    }

    /** A declared limit's refusal as a usage error. */
    static double checked(java.util.function.DoubleSupplier read) {
        try {
            return read.getAsDouble();
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
