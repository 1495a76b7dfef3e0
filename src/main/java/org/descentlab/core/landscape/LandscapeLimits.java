package org.descentlab.core.landscape;

import org.descentlab.core.scene.Limit;

/**
 * The declared limits of a loss landscape's settings, for the command line and the window alike (see {@link Limit}).
 * A 401 × 401 landscape of the seed network is 160,801 passes over the data, about half a minute on two cores.
 */
public final class LandscapeLimits {

    /** Samples per side N of the N × N grid; odd sizes put a sample on the centre (0, 0). */
    public static final Limit GRID = new Limit("landscapeGrid", "Landscape grid", "--grid", 101, 2, 401, true);
    /**
     * Half the side of the square [−S, S]² drawn. The default 1 is that of random filter-normalised directions (a
     * step of 1 changes every neuron's weights by their own size); PCA's default fits the path instead.
     */
    public static final Limit SPAN = new Limit("landscapeSpan", "Landscape span", "--span", 1, 1e-6, 1e6, false);
    /** The room PCA's default span leaves around the path: 25 % of its extent on every side. */
    public static final double PATH_MARGIN = 0.25;

    private LandscapeLimits() {
    }
}
