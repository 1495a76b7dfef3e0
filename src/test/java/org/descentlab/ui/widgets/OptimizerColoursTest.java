package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Viridis;
import org.junit.jupiter.api.Test;

/**
 * The optimizers' colours are readable on the whole heat map and tell the optimizers apart: WCAG contrast against the
 * two ends of viridis, CIE76 colour difference (ΔE in CIELAB) against its middle and between each other.
 */
class OptimizerColoursTest {

    /** WCAG 2's least contrast for graphics that carry meaning (success criterion 1.4.11). */
    private static final double MIN_CONTRAST = 3.0;
    /** The teals and greens of viridis: a colour nearer than this hides in them. */
    private static final double MIN_DELTA_E_FROM_HEAT_MAP = 20;
    /** Two colours nearer than this are easily taken for each other on a projector. */
    private static final double MIN_DELTA_E_BETWEEN = 30;

    private static final Color DARK_END = colour(Viridis.argb(0));
    private static final Color BRIGHT_END = colour(Viridis.argb(1));

    @Test
    void everyRegisteredOptimizerHasAColourOfItsOwn() {
        var ids = OptimizerRegistry.all().stream().map(t -> t.id()).toList();
        var colours = new HashSet<Color>();
        for (String id : ids) {
            colours.add(OptimizerColours.of(id));
        }
        assertEquals(ids.size(), colours.size(), "the palette needs a colour more for each new optimizer");
    }

    @Test
    void anOptimizersColourByIdIsItsColourByRegistryPosition() {
        var all = OptimizerRegistry.all();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(OptimizerColours.of(i), OptimizerColours.of(all.get(i).id()), all.get(i).id());
        }
        assertEquals("#e8173c", OptimizerColours.css("adamw"));
    }

    @Test
    void everyColourHasThreeToOneContrastAgainstBothEndsOfViridis() {
        assertEquals(Color.web("#440154"), DARK_END);
        assertEquals(Color.web("#fde725"), BRIGHT_END);
        for (Color c : OptimizerColours.palette()) {
            assertTrue(contrast(c, DARK_END) >= MIN_CONTRAST, c + " on the dark end: " + contrast(c, DARK_END));
            assertTrue(contrast(c, BRIGHT_END) >= MIN_CONTRAST, c + " on the bright end: " + contrast(c, BRIGHT_END));
        }
    }

    @Test
    void blackAndYellowFailTheContrastCheck() {
        // The check itself can fail: the colours that vanished before do.
        assertTrue(contrast(Color.BLACK, DARK_END) < MIN_CONTRAST);
        assertTrue(contrast(Color.web("#F0E442"), BRIGHT_END) < MIN_CONTRAST);
    }

    @Test
    void everyColourStandsApartFromEveryColourOfTheHeatMap() {
        for (Color c : OptimizerColours.palette()) {
            double nearest = Double.MAX_VALUE;
            for (int i = 0; i < 256; i++) {
                nearest = Math.min(nearest, deltaE(c, colour(Viridis.argb(i / 255.0))));
            }
            assertTrue(nearest >= MIN_DELTA_E_FROM_HEAT_MAP, c + " is ΔE " + nearest + " from a viridis colour");
        }
    }

    @Test
    void anyTwoOptimizerColoursAreFarApart() {
        var palette = OptimizerColours.palette();
        for (int i = 0; i < palette.size(); i++) {
            for (int j = i + 1; j < palette.size(); j++) {
                double d = deltaE(palette.get(i), palette.get(j));
                assertTrue(d >= MIN_DELTA_E_BETWEEN, palette.get(i) + " and " + palette.get(j) + ": ΔE " + d);
            }
        }
    }

    @Test
    void colourScienceMatchesPublishedValues() {
        // WCAG: black on white is 21:1; CIELAB of sRGB red is (53.24, 80.09, 67.20).
        assertEquals(21, contrast(Color.BLACK, Color.WHITE), 1e-9);
        double[] red = lab(Color.RED);
        assertEquals(53.24, red[0], 0.01);
        assertEquals(80.09, red[1], 0.01);
        assertEquals(67.20, red[2], 0.01);
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2 relative luminance. */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIELAB under D65 of an sRGB colour. */
    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIE76 colour difference: the distance in CIELAB. */
    private static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])
                + (p[2] - q[2]) * (p[2] - q[2]));
    }
}
