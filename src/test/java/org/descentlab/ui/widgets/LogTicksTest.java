package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where a log axis puts its labels: at least two on any range, at values a student can read. */
class LogTicksTest {

    private static List<String> texts(double lower, double upper, int maxCount) {
        return LogTicks.ticks(lower, upper, maxCount).stream().map(LogTicks.Tick::text).toList();
    }

    @Test
    void aRangeWithinOneFactorOfTenIsLabelledAtOneTwoAndFive() {
        assertEquals(List.of("0.5", "1", "2"), texts(0.37, 2.1, 8));
        for (var tick : LogTicks.ticks(0.37, 2.1, 8)) {
            assertTrue(tick.value() >= 0.37 && tick.value() <= 2.1, tick.toString());
        }
    }

    @Test
    void aRangeWithOnlyOneOfOneTwoAndFiveIsLabelledAtEveryDigit() {
        assertEquals(List.of("2", "3", "4"), texts(1.2, 4, 8));
        assertEquals(List.of("0.03", "0.04", "0.05", "0.06"), texts(0.025, 0.065, 8));
    }

    @Test
    void digitsBunchedAtOneEndGiveWayToEvenlySpacedValues() {
        // A constant loss of 12.5, the axis a factor of two around it: not just 9 and 10 at its foot.
        assertEquals(List.of("10", "12", "14", "16"), texts(8.84, 17.68, 8));
    }

    @Test
    void aRangeNarrowerThanTheDigitsIsLabelledAtEvenlySpacedRoundValues() {
        assertEquals(List.of("1.2", "1.4", "1.6", "1.8"), texts(1.1, 1.9, 8));
        assertEquals(List.of("2.302", "2.303", "2.304"), texts(2.3015, 2.3045, 8));
    }

    @Test
    void aRangeOverSeveralPowersOfTenIsLabelledAtThemAndThinnedToFit() {
        assertEquals(List.of("10^-3", "10^-2", "10^-1", "10^0"), texts(5e-4, 2, 8));
        assertEquals(List.of("10^-15", "10^-10", "10^-5", "10^0"), texts(1e-16, 10, 5));
    }

    @Test
    void verySmallOrLargeValuesAreWrittenAsAPowerOfTen() {
        assertEquals(List.of("10^-7", "2×10^-7", "5×10^-7"), texts(9e-8, 6e-7, 8));
        assertEquals(List.of("1.2×10^-7", "1.4×10^-7", "1.6×10^-7", "1.8×10^-7"), texts(1.1e-7, 1.9e-7, 8));
        assertEquals(List.of("2×10^4", "5×10^4"), texts(1.5e4, 9e4, 8));
    }

    @Test
    void aPowerOfTenIsRaisedAndItsMantissaKept() {
        var tick = LogTicks.ticks(1.1e-7, 1.9e-7, 8).get(0);
        assertEquals("1.2", tick.mantissa());
        assertEquals(-7, tick.exponent());
        assertEquals(null, LogTicks.ticks(0.37, 2.1, 8).get(0).exponent(), "everyday numbers are plain");
    }

    @Test
    void everyRangeGetsAtLeastTwoDistinctLabelsInsideIt() {
        var random = new Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            double lower = Math.pow(10, -16 + 20 * random.nextDouble());
            double upper = lower * Math.pow(10, Math.pow(10, -6 + 7.5 * random.nextDouble()));
            int maxCount = 2 + random.nextInt(12);
            var ticks = LogTicks.ticks(lower, upper, maxCount);
            String where = "[" + lower + ", " + upper + "] at most " + maxCount + ": " + ticks;
            assertTrue(ticks.size() >= 2, where);
            assertTrue(ticks.size() <= Math.max(2, maxCount), where);
            var labels = new HashSet<String>();
            for (int k = 0; k < ticks.size(); k++) {
                double v = ticks.get(k).value();
                assertTrue(v >= lower * (1 - 1e-12) && v <= upper * (1 + 1e-12), where);
                assertTrue(k == 0 || v > ticks.get(k - 1).value(), where);
                labels.add(ticks.get(k).text());
            }
            assertEquals(ticks.size(), labels.size(), "labels repeat: " + where);
        }
    }

    @Test
    void anEmptyOrNonPositiveRangeHasNoTicks() {
        assertEquals(List.of(), LogTicks.ticks(0, 1, 8));
        assertEquals(List.of(), LogTicks.ticks(2, 2, 8));
    }
}
