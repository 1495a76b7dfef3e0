package org.descentlab.cli;

import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import picocli.CommandLine.Option;

/**
 * The options that run many walkers on one surface for one step budget ({@code sweep}, {@code basin}): the surface,
 * the steps and the gradient noise, checked against the same limits as {@code trajectory}'s.
 */
final class BudgetOptions {

    @Option(names = "--surface", paramLabel = "ID", description = "Surface id (see trajectory --list).")
    String surfaceId;

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
        if (surfaceId == null) {
            throw new UsageError("--surface is required (one of: " + SurfaceRegistry.ids() + ")");
        }
        return SurfaceRegistry.find(surfaceId).orElseThrow(() -> new UsageError(
                "unknown surface '" + surfaceId + "' (choose one of: " + SurfaceRegistry.ids() + ")"));
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
