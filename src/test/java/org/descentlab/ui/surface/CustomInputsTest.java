package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.descentlab.core.formula.Formula;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Point;
import org.junit.jupiter.api.Test;

/** The Custom… dialog's number fields read and refused without the toolkit. */
class CustomInputsTest {

    @Test
    void boundsAreFourNumbersInOrderWithATypesetMinusRead() {
        var read = CustomInputs.bounds(" \u22122.5", "3", "-1e-1", "1e3");
        assertNull(read.problem());
        assertEquals(new Bounds(-2.5, 3, -0.1, 1000), read.value());
    }

    @Test
    void boundsThatAreNoNumberOutOfRangeOrOutOfOrderAreEachTold() {
        assertEquals("custom.bounds.notNumber", CustomInputs.bounds("-3", "NaN", "-3", "3").problem().key());
        assertEquals(List.of("NaN"), CustomInputs.bounds("-3", "NaN", "-3", "3").problem().values());
        assertEquals(List.of("2000000", "-1000000", "1000000"),
                CustomInputs.bounds("-3", "2e6", "-3", "3").problem().values());
        assertEquals("custom.bounds.orderX", CustomInputs.bounds("3", "3", "-3", "3").problem().key());
        assertEquals("custom.bounds.orderY", CustomInputs.bounds("-3", "3", "1", "-1").problem().key());
        assertEquals(List.of("1", "-1"), CustomInputs.bounds("-3", "3", "1", "-1").problem().values());
    }

    @Test
    void minimaArePairsSeparatedBySemicolonsAndNoneWhenBlank() throws Exception {
        var bounds = Bounds.square(3);
        assertEquals(List.of(), CustomInputs.minima("  ", bounds, null).value());
        assertEquals(List.of(new Point(1, -0.5), new Point(-2, 0)),
                CustomInputs.minima("1, -0.5; -2,0", bounds, Formula.parse("x^2")).value());
        assertEquals("1, -0.5; -2, 0", CustomInputs.minimaText(List.of(new Point(1, -0.5), new Point(-2, 0))));
    }

    @Test
    void minimaNotAPointOutsideTheBoundsOrWhereFIsUndefinedAreTold() throws Exception {
        var bounds = Bounds.square(3);
        var read = CustomInputs.minima("1, 2; 3", bounds, null);
        assertEquals("custom.minima.format", read.problem().key());
        assertEquals(List.of("3"), read.problem().values());
        assertEquals("formula.error.minimum_outside", CustomInputs.minima("4, 0", bounds, null).problem().key());
        assertEquals(List.of("(4, 0)"), CustomInputs.minima("4, 0", bounds, null).problem().values());
        assertEquals("formula.error.minimum_undefined",
                CustomInputs.minima("-1, 0", bounds, Formula.parse("log(x)")).problem().key());
        assertEquals("custom.minima.tooMany", CustomInputs.minima("0, 0;".repeat(25) + "0, 0", bounds, null)
                .problem().key());
    }
}
