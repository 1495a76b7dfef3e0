package org.descentlab.ui.widgets;

import java.util.List;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;

/**
 * One colour per optimizer, by its position in the registry, the same in both tabs.
 *
 * <p>Paths are drawn over the viridis heat map, which runs from dark purple (#440154) through blue, teal and green to
 * yellow (#fde725). Black vanished in the dark valleys and yellow on the high ground, so every colour here is a
 * mid-tone: at least 3:1 contrast (WCAG's bound for graphics) against both ends of viridis, away from the teals and
 * greens in its middle, and well apart from every other colour here. {@code OptimizerColoursTest} checks all three.
 * Every path is also labelled with its optimizer's name, so colour is never the only cue.
 */
public final class OptimizerColours {

    private static final List<Color> PALETTE = List.of(
            Color.web("#D55E00"), // vermillion
            Color.web("#2F6FE0"), // blue
            Color.web("#C040C0"), // orchid
            Color.web("#A06038"), // brown
            Color.web("#8050F8"), // violet
            Color.web("#2E8B22"), // green
            Color.web("#F80098"), // hot pink
            Color.web("#607868"), // slate
            Color.web("#E8173C"), // crimson
            Color.web("#7A7A1E"), // olive
            Color.web("#A87088")); // dusty rose

    private OptimizerColours() {
    }

    /** The colour of the optimizer at registry position {@code index} (the palette repeats past its end). */
    public static Color of(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /**
     * The colour of the optimizer with this id: the one its paths have on the surfaces, so a comparison of optimizers
     * on the network reads the same. An id that is not registered gets the first colour.
     */
    public static Color of(String optimizerId) {
        return of(registryIndex(optimizerId));
    }

    /** CSS text of the colour, e.g. for a swatch. */
    public static String css(int index) {
        return css(of(index));
    }

    /** CSS text of any colour, e.g. {@code #d55e00}: for a border or swatch in a style. */
    public static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** CSS text of the colour of the optimizer with this id. */
    public static String css(String optimizerId) {
        return css(registryIndex(optimizerId));
    }

    /** The palette, in registry order (for the tests). */
    static List<Color> palette() {
        return PALETTE;
    }

    private static int registryIndex(String optimizerId) {
        List<OptimizerType> all = OptimizerRegistry.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(optimizerId)) {
                return i;
            }
        }
        return 0;
    }
}
