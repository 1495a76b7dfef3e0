package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.ui.widgets.OptimizerColours;

/**
 * The colour of each run on show: its optimizer's colour, the one its paths have on the Surfaces tab, so that a colour
 * means the same optimizer everywhere. Runs of one optimizer (learning rates compared) share its hue in shades from
 * dark to light, in the order they are listed.
 */
final class RunColours {

    /**
     * How far the darkest shade goes toward black and the lightest toward white: less far toward white, since the
     * charts' background is white and a pale line fades on a projector.
     */
    private static final double DARKEST = 0.45;
    private static final double LIGHTEST = 0.35;

    private RunColours() {
    }

    /** The colour of {@code type} on both tabs. */
    static Color of(OptimizerType type) {
        return OptimizerColours.of(type.id());
    }

    /** One colour per run of these optimizers, in the same order. */
    static List<Color> of(List<OptimizerType> runs) {
        var colours = new ArrayList<Color>();
        for (int i = 0; i < runs.size(); i++) {
            OptimizerType type = runs.get(i);
            int shade = 0;
            int shades = 0;
            for (int j = 0; j < runs.size(); j++) {
                if (runs.get(j).equals(type)) {
                    shade += j < i ? 1 : 0;
                    shades++;
                }
            }
            colours.add(shade(of(type), shade, shades));
        }
        return colours;
    }

    /** Shade {@code i} of {@code n} of {@code base}: from darker through {@code base} to lighter; just it for one. */
    static Color shade(Color base, int i, int n) {
        if (n <= 1) {
            return base;
        }
        double t = (double) i / (n - 1); // 0 darkest … 1 lightest
        return t < 0.5 ? base.interpolate(Color.BLACK, DARKEST * (1 - 2 * t))
                : base.interpolate(Color.WHITE, LIGHTEST * (2 * t - 1));
    }

    /** CSS text of {@code c}, e.g. {@code #d55e00}. */
    static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
