package org.descentlab.ui.surface;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of the extra copies of optimizers racing on a surface: none of them is an optimizer's own colour
 * ({@link org.descentlab.ui.widgets.OptimizerColours}), so a copy is never taken for another optimizer. They were
 * picked greedily from a grid of vivid colours (CIELAB chroma at least 35, lightness 30 to 72) for the largest
 * CIEDE2000 distance from the eleven optimizer colours and from the copies before them, keeping clear of every viridis
 * colour; the first ones are the farthest apart, so a lesson with three or four copies gets the clearest.
 * {@code CopyColoursTest} holds them to it. Dark ones read on viridis' dark purple through the white halo every path
 * is drawn over, light ones on its yellow through the dark outline of high contrast; every path is also named.
 */
final class CopyColours {

    private static final List<Color> PALETTE = List.of(
            Color.web("#00BBDD"), // cyan
            Color.web("#AAAAEE"), // periwinkle
            Color.web("#881155"), // wine
            Color.web("#CCAA66"), // tan
            Color.web("#EE9988"), // salmon
            Color.web("#005522"), // forest
            Color.web("#882222"), // maroon
            Color.web("#EE88EE"), // light orchid
            Color.web("#664400"), // dark brown
            Color.web("#1100EE"), // ultramarine
            Color.web("#55AAFF"), // sky
            Color.web("#AA7700")); // ochre

    private CopyColours() {
    }

    /** The colour of the copy in place {@code index} (the palette repeats past its end). */
    static Color of(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** How many copy colours there are before they repeat. */
    static int count() {
        return PALETTE.size();
    }
}
