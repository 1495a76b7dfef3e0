package org.descentlab.ui.network;

import java.util.Locale;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.words.Words;

/**
 * One run's loss landscape as computed, ready to paint: the loss on the plane (a heat map over (a, b), the current
 * weights at {@code now}), the path training took projected onto the plane, epoch by epoch, and what the two
 * directions are.
 *
 * @param map the loss at each (a, b) of the grid, with its colour scales and contours
 * @param pathA the path's first coordinate at each epoch recorded, oldest first
 * @param pathB the path's second coordinate
 * @param nowA where the current weights are on the plane (0 when the plane is centred on them)
 * @param nowB likewise
 * @param explained the share of the path's variance each principal direction explains (0 … 1), or {@code null}
 *     for random directions
 * @param epoch the epoch of the weights the plane goes through
 */
record LandscapePicture(HeatMap map, double[] pathA, double[] pathB, double nowA, double nowB, double[] explained,
        int epoch) {

    /** Whether the plane is spanned by the path's principal directions (else by random ones). */
    boolean principal() {
        return explained != null;
    }

    /** The title of axis 0 (a) or 1 (b): "PC1 (71.3 % of the path's variance)" or "PC1 (71.3 %)", "direction 1". */
    String axisTitle(int axis, boolean shortForm) {
        if (!principal()) {
            return Words.get("depth.landscape.axisRandom" + (axis + 1));
        }
        String share = String.format(Locale.ROOT, "%.1f", 100 * explained[axis]);
        return Words.format(shortForm ? "depth.landscape.axisPcShort" : "depth.landscape.axisPc", axis + 1, share);
    }
}
