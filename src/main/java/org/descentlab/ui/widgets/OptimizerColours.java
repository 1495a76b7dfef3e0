package org.descentlab.ui.widgets;

import javafx.scene.paint.Color;

/**
 * One colour per optimizer, by its position in the registry: Okabe and Ito's colour-blind-safe palette first, then
 * three of Paul Tol's. Paths are drawn with a white halo so that every colour stands out on the viridis heat map,
 * and every path is also labelled with its optimizer's name, so colour is never the only cue.
 */
public final class OptimizerColours {

    private static final Color[] PALETTE = {
        Color.web("#D55E00"), // vermillion
        Color.web("#0072B2"), // blue
        Color.web("#CC79A7"), // reddish purple
        Color.web("#E69F00"), // orange
        Color.web("#56B4E9"), // sky blue
        Color.web("#009E73"), // bluish green
        Color.web("#F0E442"), // yellow
        Color.web("#000000"), // black
        Color.web("#882255"), // wine
        Color.web("#44AA99"), // teal
        Color.web("#999933"), // olive
    };

    private OptimizerColours() {
    }

    /** The colour of the optimizer at registry position {@code index} (the palette repeats past its end). */
    public static Color of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** CSS text of the colour, e.g. for a swatch. */
    public static String css(int index) {
        Color c = of(index);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
