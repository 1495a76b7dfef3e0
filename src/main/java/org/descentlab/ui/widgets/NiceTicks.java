package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;

/** Axis tick positions at round numbers: steps of 1, 2 or 5 × 10ᵏ, about {@code target} of them. */
public final class NiceTicks {

    private NiceTicks() {
    }

    /** The round step for a range split into about {@code target} parts. */
    public static double step(double range, int target) {
        double raw = range / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Tick values inside [from, to]. */
    public static List<Double> ticks(double from, double to, int target) {
        double step = step(to - from, target);
        var ticks = new ArrayList<Double>();
        for (double v = Math.ceil(from / step - 1e-9) * step; v <= to + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return ticks;
    }

    /** Text of a tick value with no more decimals than the step needs. */
    public static String label(double value, double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
