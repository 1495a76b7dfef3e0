package org.descentlab.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * One benchmark figure: the median of its timed runs, and their spread, printed as
 * {@code name: median unit (min a, max b, n runs)}. The median comes first so that a script reading
 * {@code name: value unit} still finds the figure.
 */
record BenchFigure(String name, String unit, double min, double median, double max, int runs) {

    /** The figure of the given run times (at least one). */
    static BenchFigure of(String name, String unit, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new BenchFigure(name, unit, sorted[0], median, sorted[n - 1], n);
    }

    /** The printed line. */
    String line() {
        return name + ": " + number(median) + " " + unit + " (min " + number(min) + ", max " + number(max) + ", "
                + runs + (runs == 1 ? " run)" : " runs)");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
