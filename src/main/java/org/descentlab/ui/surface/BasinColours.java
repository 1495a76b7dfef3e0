package org.descentlab.ui.surface;

import java.util.List;
import javafx.scene.paint.Color;
import org.descentlab.core.descent.BasinMap;

/**
 * The colours of a basin map: one per declared minimum (the minimum's marker is drawn in it too), black where a run
 * diverged, grey where it was still on its way. The minima's colours are Okabe and Ito's colour-blind-safe set without
 * its black and grey (kept for the two other ends), plus a violet; a surface with more minima than colours (Rastrigin's
 * 121 dimples) repeats them, and its neighbouring dimples, 1 and 11 apart in the list, still differ.
 */
final class BasinColours {

    private static final List<Color> MINIMA = List.of(
            Color.web("#E69F00"), // orange
            Color.web("#56B4E9"), // sky blue
            Color.web("#F0E442"), // yellow
            Color.web("#CC79A7"), // reddish purple
            Color.web("#009E73"), // bluish green
            Color.web("#D55E00"), // vermillion
            Color.web("#0072B2"), // blue
            Color.web("#9B7BE8")); // violet
    /** Where a run diverged. */
    static final Color DIVERGED = Color.BLACK;
    /** Where a run had reached no minimum when the steps ran out. */
    static final Color RUNNING = Color.web("#9AA0A8");
    /** How much of the map shows over the heat map: enough to tell the colours, little enough to see the contours. */
    static final double OPACITY = 0.7;

    private BasinColours() {
    }

    /** The colour of minimum {@code m} (its index in the surface's list of minima). */
    static Color minimum(int m) {
        return MINIMA.get(Math.floorMod(m, MINIMA.size()));
    }

    /** The colour of a cell whose run ended as {@code end} ({@link BasinMap#end}). */
    static Color of(int end) {
        if (end == BasinMap.DIVERGED) {
            return DIVERGED;
        }
        return end == BasinMap.RUNNING ? RUNNING : minimum(end);
    }

    /** {@link #of} as opaque ARGB, for an image. */
    static int argb(int end) {
        Color c = of(end);
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
