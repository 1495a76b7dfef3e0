package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, NiceTicks.step(4, 6), 1e-15);
        assertEquals(2, NiceTicks.step(20, 6), 1e-15);
        assertEquals(1, NiceTicks.step(7, 6), 1e-15);
        assertEquals(0.002, NiceTicks.step(0.01, 6), 1e-18);
    }

    @Test
    void ticksCoverTheRangeAtRoundValues() {
        assertEquals(List.of(-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0), NiceTicks.ticks(-2, 2, 6));
        assertEquals(List.of(-4.0, -2.0, 0.0, 2.0, 4.0), NiceTicks.ticks(-4.5, 4.5, 6));
        assertEquals("-0.5", NiceTicks.label(-0.5, 0.5));
        assertEquals("2", NiceTicks.label(2, 1));
    }

    @Test
    void sliderValuesAreRoundedToTwoSignificantDigits() {
        assertEquals(0.0012, HyperparameterForm.roundSignificant(0.00123456, 2), 1e-18);
        assertEquals(3.5, HyperparameterForm.roundSignificant(3.456, 2), 1e-15);
    }
}
