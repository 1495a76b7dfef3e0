package org.descentlab.ui.widgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a logarithmic axis puts its labelled ticks, and what the labels say. Powers of ten when at least two of them
 * fall inside the range; otherwise 1, 2 and 5 times a power of ten; otherwise every digit times a power of ten;
 * otherwise evenly spaced round values. So an axis always has at least two labels, however short its range: a
 * Rastrigin race that stays between 0.4 and 2, or a loss that only falls from 2.3 to 1.1.
 */
public final class LogTicks {

    /** Below this and from {@link #PLAIN_BELOW} up, labels are written as a mantissa times a power of ten. */
    private static final double PLAIN_FROM = 1e-3;
    private static final double PLAIN_BELOW = 1e4;
    private static final int[] ONE_TWO_FIVE = {1, 2, 5};
    private static final int[] DIGITS = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    /**
     * Labels at 1, 2, 5 or every digit are used when they spread over at least this part of the axis; 9 and 10 alone
     * at the foot of an axis from 8.8 to 17.7 say little, 10, 12, 14 and 16 say more.
     */
    private static final double LEAST_SPREAD = 0.5;

    private LogTicks() {
    }

    /**
     * A labelled tick: {@code mantissa × 10^exponent}, written {@code mantissa} alone when {@code exponent} is
     * {@code null} and {@code 10^exponent} alone when {@code mantissa} is empty.
     *
     * @param value where the tick is
     * @param mantissa the digits before the power of ten, or the whole label
     * @param exponent the power of ten, set as a superscript, or {@code null} for a plain number
     */
    public record Tick(double value, String mantissa, Integer exponent) {

        /** The label in one line of plain text, the exponent after a caret: {@code 2×10^-7}, {@code 0.5}. */
        public String text() {
            if (exponent == null) {
                return mantissa;
            }
            return (mantissa.isEmpty() ? "" : mantissa + "×") + "10^" + exponent;
        }
    }

    /**
     * The labelled ticks of a log axis over [{@code lower}, {@code upper}], in increasing order: at least two when the
     * range is positive and not empty, and at most {@code maxCount} (but never fewer than two).
     */
    public static List<Tick> ticks(double lower, double upper, int maxCount) {
        if (!(lower > 0) || !(upper > lower) || Double.isInfinite(upper)) {
            return List.of();
        }
        int most = Math.max(2, maxCount);
        int firstDecade = (int) Math.ceil(Math.log10(lower) - 1e-9);
        int lastDecade = (int) Math.floor(Math.log10(upper) + 1e-9);
        int decades = lastDecade - firstDecade + 1;
        if (decades >= 2) {
            return powersOfTen(lower, upper, firstDecade, lastDecade, most);
        }
        for (int[] mantissas : new int[][] {ONE_TWO_FIVE, DIGITS}) {
            var values = multiplesOfPowersOfTen(lower, upper, mantissas);
            if (values.size() >= 2 && values.size() <= most
                    && spread(values.get(0), values.get(values.size() - 1), lower, upper) >= LEAST_SPREAD) {
                return labelled(values, values.stream().map(LogTicks::powerBelow).toList());
            }
        }
        return evenlySpaced(lower, upper, most);
    }

    /**
     * Every power of ten in the range, or every second, fifth, tenth, twentieth … when there are more than
     * {@code most}; the first and last when thinning leaves fewer than two.
     */
    private static List<Tick> powersOfTen(double lower, double upper, int first, int last, int most) {
        int decades = last - first + 1;
        int every = 1;
        for (int i = 0; decades > (long) most * every; i++) {
            every = new int[] {2, 5, 10}[i % 3] * (int) Math.pow(10, i / 3);
        }
        var powers = new ArrayList<Integer>();
        for (int k = Math.floorDiv(first + every - 1, every) * every; k <= last; k += every) {
            powers.add(k);
        }
        if (powers.size() < 2) {
            powers = new ArrayList<>(List.of(first, last));
        }
        var ticks = new ArrayList<Tick>();
        for (int k : powers) {
            ticks.add(new Tick(Double.parseDouble("1e" + k), "", k));
        }
        return ticks;
    }

    /** The part of the axis from {@code lower} to {@code upper} between its ticks {@code first} and {@code last}. */
    private static double spread(double first, double last, double lower, double upper) {
        return Math.log(last / first) / Math.log(upper / lower);
    }

    /** The values {@code m × 10^k} in the range, for each given {@code m} and every {@code k}. */
    private static List<Double> multiplesOfPowersOfTen(double lower, double upper, int[] mantissas) {
        var values = new ArrayList<Double>();
        int from = (int) Math.floor(Math.log10(lower)) - 1;
        int to = (int) Math.ceil(Math.log10(upper));
        for (int k = from; k <= to; k++) {
            for (int m : mantissas) {
                // Parsed, not multiplied: 3 × 0.1 is 0.30000000000000004.
                double value = Double.parseDouble(m + "e" + k);
                if (value >= lower && value <= upper) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /**
     * Round values a round step apart, from {@link NiceTicks}, at most {@code most}. Asked for about four, NiceTicks
     * steps at most 0.36 of the range, so at least two fall inside it.
     */
    private static List<Tick> evenlySpaced(double lower, double upper, int most) {
        int target = 4;
        double step = NiceTicks.step(upper - lower, target);
        var values = new ArrayList<Double>();
        var steps = new ArrayList<Integer>();
        int stepPower = powerBelow(step);
        for (double v : NiceTicks.ticks(lower, upper, target)) {
            if (v >= lower && v <= upper) {
                values.add(v);
                steps.add(stepPower);
            }
        }
        var ticks = labelled(values, steps);
        // Every second or third of them when there is room for fewer: still round values, still two at least.
        int every = (ticks.size() + most - 1) / most;
        var kept = new ArrayList<Tick>();
        for (int i = 0; i < ticks.size(); i += every) {
            kept.add(ticks.get(i));
        }
        return kept;
    }

    /**
     * Labels for values known to the power of ten {@code precision} (a value given to 10^-2 has two decimals): plain
     * numbers when all of them are of everyday size, otherwise all in scientific form, so one axis never mixes both.
     */
    private static List<Tick> labelled(List<Double> values, List<Integer> precision) {
        boolean plain = values.stream().allMatch(v -> v >= PLAIN_FROM && v < PLAIN_BELOW);
        var ticks = new ArrayList<Tick>();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            int known = precision.get(i);
            if (plain) {
                String text = new BigDecimal(v).setScale(Math.max(0, -known), RoundingMode.HALF_EVEN).toPlainString();
                ticks.add(new Tick(v, text, null));
                continue;
            }
            int exponent = powerBelow(v);
            BigDecimal mantissa = mantissa(v, exponent, known);
            if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
                // 9.96 rounded up to 10.0: one more power of ten.
                exponent++;
                mantissa = mantissa(v, exponent, known);
            }
            boolean justThePower = mantissa.scale() == 0 && mantissa.compareTo(BigDecimal.ONE) == 0;
            ticks.add(new Tick(v, justThePower ? "" : mantissa.toPlainString(), exponent));
        }
        return ticks;
    }

    /** {@code v / 10^exponent}, with the decimals that a value known to {@code 10^known} has. */
    private static BigDecimal mantissa(double v, int exponent, int known) {
        return new BigDecimal(v).movePointLeft(exponent).setScale(Math.max(0, exponent - known),
                RoundingMode.HALF_EVEN);
    }

    /** The power of ten at or just below {@code v} (1 for 10 to 99.9…), safe against log10's rounding. */
    private static int powerBelow(double v) {
        int k = (int) Math.floor(Math.log10(v));
        if (Double.parseDouble("1e" + (k + 1)) <= v) {
            return k + 1;
        }
        return Double.parseDouble("1e" + k) > v ? k - 1 : k;
    }
}
