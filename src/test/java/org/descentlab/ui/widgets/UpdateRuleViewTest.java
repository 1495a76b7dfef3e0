package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.descentlab.core.optim.OptimizerRegistry;
import org.junit.jupiter.api.Test;

/** The values under an update rule are written in the notes' symbols, with numbers as a teacher writes them. */
class UpdateRuleViewTest {

    @Test
    void smallNumbersAreWrittenAsPowersOfTen() {
        assertEquals("10^{-8}", UpdateRuleView.number(1e-8));
        assertEquals("2.5 \\times 10^{-4}", UpdateRuleView.number(2.5e-4));
        assertEquals("0.001", UpdateRuleView.number(0.001));
        assertEquals("0.9", UpdateRuleView.number(0.9));
        assertEquals("1", UpdateRuleView.number(1));
    }

    @Test
    void adamsValuesUseTheNotesSymbolsAndLeaveTheSwitchOut() {
        var adam = OptimizerRegistry.find("adam").orElseThrow();
        assertEquals("\\gamma = 0.001,\\;\\; \\beta_1 = 0.9,\\;\\; \\beta_2 = 0.999,\\;\\; \\epsilon = 10^{-8}",
                UpdateRuleView.valuesLatex(adam, adam.defaults()));
    }

    @Test
    void momentumsDiscountFactorIsAlphaAsInTheNotes() {
        var momentum = OptimizerRegistry.find("momentum").orElseThrow();
        assertEquals("\\gamma = 0.02,\\;\\; \\alpha = 0.9",
                UpdateRuleView.valuesLatex(momentum, momentum.defaults().with("lr", 0.02)));
    }
}
