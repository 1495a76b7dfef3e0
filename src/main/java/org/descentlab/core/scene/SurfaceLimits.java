package org.descentlab.core.scene;

import java.util.List;

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

    private SurfaceLimits() {
    }

    /** Every declared limit, for listings and tests. */
    public static List<Limit> all() {
        return List.of(STEPS, SPEED, NOISE, START, COPIES);
    }
}
