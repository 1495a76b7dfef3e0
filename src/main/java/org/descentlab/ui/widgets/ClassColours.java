package org.descentlab.ui.widgets;

import javafx.scene.paint.Color;

/**
 * One colour per class of the network tab, the same for a class's points and its region: Okabe and Ito's
 * colour-blind-safe palette (with grey in place of black, which is kept for outlines) and two of Paul Tol's (wine and indigo).
 */
public final class ClassColours {

    private static final Color[] PALETTE = {
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#F0E442"),
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#999999"),
        Color.web("#882255"), Color.web("#332288"),
    };

    private ClassColours() {
    }

    /** The colour of class {@code k} (the palette repeats after ten classes). */
    public static Color of(int k) {
        return PALETTE[Math.floorMod(k, PALETTE.length)];
    }

    /**
     * The region colour of class {@code k} as opaque ARGB: the class colour washed toward white, more so the less
     * sure the network is ({@code sureness} 0 = a coin toss among all classes, 1 = certain).
     */
    public static int regionArgb(int k, double sureness) {
        Color c = of(k);
        double sure = sureness >= 0 ? Math.min(1, sureness) : 0; // NaN (a network gone to NaN) counts as unsure
        double keep = 0.18 + 0.62 * sure;
        int r = (int) Math.round(255 * (1 - keep + keep * c.getRed()));
        int g = (int) Math.round(255 * (1 - keep + keep * c.getGreen()));
        int b = (int) Math.round(255 * (1 - keep + keep * c.getBlue()));
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
