package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HyperparameterTest {

    private final Hyperparameter lr = Hyperparameters.learningRate(0.01);

    @Test
    void learningRateFieldAcceptsScientificNotation() {
        assertEquals(3e-4, lr.parse("3e-4"), 0);
        assertEquals(0.5, lr.parse(" .5 "), 0);
        assertEquals(10, lr.parse("10"), 0);
    }

    @Test
    void malformedTextIsRefusedWithAMessageNamingTheControl() {
        var e = assertThrows(IllegalArgumentException.class, () -> lr.parse("abc"));
        assertTrue(e.getMessage().startsWith("Learning rate: 'abc' is not a number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lr.parse("NaN"));
        assertThrows(IllegalArgumentException.class, () -> lr.parse("Infinity"));
        assertThrows(IllegalArgumentException.class, () -> lr.parse("0x1p3"));
        assertThrows(IllegalArgumentException.class, () -> lr.parse(""));
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheAllowedRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> lr.parse("-1"));
        assertEquals("Learning rate must be between 1e-05 and 10, got -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lr.parse("1e3"));
        assertThrows(IllegalArgumentException.class, () -> lr.parse("0"));
    }

    @Test
    void switchesTakeOnlyZeroOrOne() {
        var bias = Adam.TYPE.hyperparameters().stream().filter(h -> h.key().equals("bias_correction")).findFirst()
                .orElseThrow();
        assertTrue(bias.accepts(0));
        assertTrue(bias.accepts(1));
        assertFalse(bias.accepts(0.5));
        assertEquals(0, bias.parse("off"), 0);
        assertEquals(1, bias.parse("1"), 0);
    }

    @Test
    void valuesRejectUnknownKeysAndKeepTheOldValueOnRefusal() {
        var defaults = Adam.TYPE.defaults();
        var e = assertThrows(IllegalArgumentException.class, () -> defaults.with("momentum", 0.5));
        assertTrue(e.getMessage().contains("beta1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.with("lr", Double.NaN));
        assertEquals(0.001, defaults.get("lr"), 0);
        assertNull(lr.problemWith(0.01));
    }

    @Test
    void everyDeclaredDefaultMatchesTheIssueTable() {
        assertEquals(0.01, GradientDescent.TYPE.defaults().get("lr"), 0);
        assertEquals(0.9, Momentum.TYPE.defaults().get("momentum"), 0);
        assertEquals(1e-10, AdaGrad.TYPE.defaults().get("eps"), 0);
        assertEquals(1.0, AdaDelta.TYPE.defaults().get("lr"), 0);
        assertEquals(1e-6, AdaDelta.TYPE.defaults().get("eps"), 0);
        assertEquals(0.999, Adam.TYPE.defaults().get("beta2"), 0);
        assertEquals(0.01, AdamW.TYPE.defaults().get("weight_decay"), 0);
        assertEquals(0.002, AdaMax.TYPE.defaults().get("lr"), 0);
        assertEquals(0.004, NAdam.TYPE.defaults().get("momentum_decay"), 0);
    }

    @Test
    void formatGivesShortReadableNumbers() {
        assertEquals("0.001", Hyperparameter.format(0.001));
        assertEquals("1e-08", Hyperparameter.format(1e-8));
        assertEquals("3e-04", Hyperparameter.format(3e-4));
        assertEquals("1.5e-04", Hyperparameter.format(1.5e-4));
        assertEquals("0.9", Hyperparameter.format(0.9));
        assertEquals("10", Hyperparameter.format(10));
    }
}
