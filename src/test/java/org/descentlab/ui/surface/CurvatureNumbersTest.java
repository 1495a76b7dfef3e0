package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How eigenvalues, condition numbers and the stability limit are written beside the curvature axes. */
class CurvatureNumbersTest {

    @ParameterizedTest
    @CsvSource({"20, 20", "1, 1", "0.2, 0.2", "-0.12441, -0.124", "16.08, 16.1", "186.6, 187", "1912.4, 1912",
        "0.001046, 0.00105", "0.0004, 4.00e-4", "250000, 2.50e5", "-2, -2", "0, 0"})
    void numbersAreShortAndTheSameInBothLanguages(double value, String written) {
        assertEquals(written, CurvaturePainter.number(value));
    }
}
