package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.ui.widgets.OptimizerColours;
import org.junit.jupiter.api.Test;

/**
 * The copies' colours stand apart from the optimizers' own colours, from each other and from the heat map's viridis
 * (CIEDE2000 colour differences from sRGB with a D65 white, computed here from Sharma, Wu and Dalal's statement of the
 * formula). A difference of 10 is plain at a glance; these keep 16 from each other and 15 from viridis.
 */
class CopyColoursTest {

    /** Viridis at 0, 0.1, … 0.9 and 1: the heat map a path is drawn over. */
    private static final List<Color> VIRIDIS = List.of(Color.web("#440154"), Color.web("#482878"),
            Color.web("#3e4989"), Color.web("#31688e"), Color.web("#26828e"), Color.web("#1f9e89"),
            Color.web("#35b779"), Color.web("#6ece58"), Color.web("#b5de2b"), Color.web("#fde725"));

    @Test
    void thereIsAColourForEveryCopyAScenePermits() {
        assertTrue(CopyColours.count() >= SurfaceLimits.COPIES.max());
    }

    @Test
    void everyCopyColourIsFarFromEveryOptimizerColourAndFromTheOtherCopies() {
        var others = new ArrayList<Color>();
        for (int i = 0; i < OptimizerRegistry.all().size(); i++) {
            others.add(OptimizerColours.of(i));
        }
        for (int i = 0; i < CopyColours.count(); i++) {
            Color copy = CopyColours.of(i);
            for (Color other : others) {
                assertTrue(deltaE(copy, other) >= 16, "copy colour " + i + " " + copy + " is close to " + other);
            }
            for (Color heat : VIRIDIS) {
                assertTrue(deltaE(copy, heat) >= 15, "copy colour " + i + " " + copy + " is lost in viridis " + heat);
            }
            others.add(copy);
        }
    }

    @Test
    void theColourDifferenceMatchesSharmasTestData() {
        // Pairs 1, 7 and 17 of Sharma, Wu and Dalal (2005), table 1.
        assertEquals(2.0425, deltaE(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(2.3669, deltaE(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
        assertEquals(27.1492, deltaE(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    }

    private static double deltaE(Color a, Color b) {
        return deltaE(lab(a), lab(b));
    }

    /** CIEDE2000 ΔE between two CIELAB colours (kL = kC = kH = 1). */
    private static double deltaE(double[] p, double[] q) {
        double cMean = (Math.hypot(p[1], p[2]) + Math.hypot(q[1], q[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * p[1];
        double a2 = (1 + g) * q[1];
        double c1 = Math.hypot(a1, p[2]);
        double c2 = Math.hypot(a2, q[2]);
        double h1 = hue(a1, p[2]);
        double h2 = hue(a2, q[2]);
        double dh = c1 * c2 == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dL = q[0] - p[0];
        double dC = c2 - c1;
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (p[0] + q[0]) / 2;
        double cMeanPrime = (c1 + c2) / 2;
        double hMean = c1 * c2 == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rC = 2 * Math.sqrt(Math.pow(cMeanPrime, 7) / (Math.pow(cMeanPrime, 7) + Math.pow(25, 7)));
        double sL = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sC = 1 + 0.045 * cMeanPrime;
        double sH = 1 + 0.015 * cMeanPrime * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        return Math.sqrt(Math.pow(dL / sL, 2) + Math.pow(dC / sC, 2) + Math.pow(dH / sH, 2)
                + rT * (dC / sC) * (dH / sH));
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
