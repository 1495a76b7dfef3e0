package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    @Test
    void matchesPythonReprOnKnownValues() {
        // Expected strings are what Python's repr() prints for these floats.
        assertEquals("0.1", ShortestDecimal.format(0.1));
        assertEquals("0.30000000000000004", ShortestDecimal.format(0.1 + 0.2));
        assertEquals("100.0", ShortestDecimal.format(100));
        assertEquals("-1.5", ShortestDecimal.format(-1.5));
        assertEquals("0.0001", ShortestDecimal.format(1e-4));
        assertEquals("1e-05", ShortestDecimal.format(1e-5));
        assertEquals("1e+16", ShortestDecimal.format(1e16));
        assertEquals("1234567890123456.0", ShortestDecimal.format(1234567890123456.0));
        assertEquals("5e-324", ShortestDecimal.format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", ShortestDecimal.format(Double.MAX_VALUE));
        assertEquals("2e-07", ShortestDecimal.format(2e-7));
        assertEquals("0.0", ShortestDecimal.format(0.0));
        assertEquals("-0.0", ShortestDecimal.format(-0.0));
    }

    @Test
    void everyRandomDoubleReadsBackExactlyAndNoShorterTextWould() {
        var random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = ShortestDecimal.format(v);
            assertEquals(v, Double.parseDouble(text), 0, text);
            int digits = new java.math.BigDecimal(text).stripTrailingZeros().precision();
            assertTrue(digits <= 17, text);
            if (digits > 1) {
                String shorter = String.format(java.util.Locale.ROOT, "%." + (digits - 2) + "e", v);
                assertTrue(Double.parseDouble(shorter) != v, text + " could be shorter: " + shorter);
            }
        }
    }
}
