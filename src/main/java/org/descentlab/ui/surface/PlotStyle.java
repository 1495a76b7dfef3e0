package org.descentlab.ui.surface;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;

/**
 * The sizes the surface plots draw with, as {@link Presentation} asks for them: every font, line width, marker and
 * arrow 1.5 times larger in classroom mode; paths thicker, with a dark outline, and contour lines stronger with high
 * contrast. Read at each drawing, so a switch shows at the next redraw.
 */
final class PlotStyle {

    /** The size of the axis numbers and colour-bar labels, before scaling. */
    static final double TICK_POINTS = 13;
    /** The size of the axis names, the colour bar's title and the names by the paths, before scaling. */
    static final double LABEL_POINTS = 14;

    private static double fontsFor = -1;
    private static Font tick;
    private static Font label;

    private PlotStyle() {
    }

    /** 1.5 in classroom mode, else 1. */
    static double scale() {
        return Presentation.scale();
    }

    /** {@code pixels} at the scale of the moment. */
    static double px(double pixels) {
        return pixels * scale();
    }

    static boolean highContrast() {
        return Presentation.highContrast();
    }

    /** Axis numbers and colour-bar labels. */
    static Font tickFont() {
        fonts();
        return tick;
    }

    /** Axis names, the colour bar's title and the names by the paths. */
    static Font labelFont() {
        fonts();
        return label;
    }

    private static void fonts() {
        if (fontsFor != scale()) {
            fontsFor = scale();
            tick = UiFont.regular(TICK_POINTS * fontsFor);
            label = UiFont.bold(LABEL_POINTS * fontsFor);
        }
    }

    /** How much thicker paths are drawn: 1.5 with high contrast, on top of the scale. */
    static double pathFactor() {
        return scale() * (highContrast() ? 1.5 : 1);
    }

    /** What every path is drawn over: a white halo, or with high contrast a dark outline. */
    static Color pathEdge(double alpha) {
        return highContrast() ? Color.rgb(10, 10, 20, Math.min(1, 0.6 + 0.4 * alpha)) : Color.rgb(255, 255, 255, alpha);
    }
}
