package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each schedule's multiplier against values worked out by hand, and the scaled hyperparameters it hands over. */
class ScheduleTest {

    private static Schedule of(ScheduleKind kind, String k1, double v1, String k2, double v2) {
        return new Schedule(kind, new Schedule(kind).values().with(k1, v1).with(k2, v2));
    }

    @Test
    void stepDecayHalvesAtEveryThirdStepCountingFromZero() {
        var step = of(ScheduleKind.STEP, "every", 3, "factor", 0.5);
        double[] byHand = {1, 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25};
        for (int t = 0; t < byHand.length; t++) {
            assertEquals(byHand[t], step.multiplier(t), "t = " + t);
        }
    }

    @Test
    void exponentialDecayMultipliesByTheFactorOverEveryIntervalAndALittleInBetween() {
        var exp = of(ScheduleKind.EXPONENTIAL, "every", 2, "factor", 0.25);
        assertEquals(1, exp.multiplier(0));
        assertEquals(0.5, exp.multiplier(1), 1e-15); // 0.25^(1/2)
        assertEquals(0.25, exp.multiplier(2), 1e-15);
        assertEquals(0.125, exp.multiplier(3), 1e-15); // 0.25^(3/2)
    }

    @Test
    void cosineFallsFromOneToItsFloorOverItsLengthAndStaysThere() {
        var cosine = of(ScheduleKind.COSINE, "period", 4, "floor", 0.2);
        assertEquals(1, cosine.multiplier(0), 1e-15);
        // 0.2 + 0.8·(1 + cos(π/4))/2 = 0.2 + 0.4·(1 + √2/2) = 0.88284271247…
        assertEquals(0.8828427124746190, cosine.multiplier(1), 1e-15);
        assertEquals(0.6, cosine.multiplier(2), 1e-15);
        assertEquals(0.2, cosine.multiplier(4), 1e-15);
        assertEquals(0.2, cosine.multiplier(9), 1e-15);
    }

    @Test
    void warmUpGrowsByOneOverItsLengthFromTheFirstStep() {
        var warm = new Schedule(ScheduleKind.WARMUP, new Schedule(ScheduleKind.WARMUP).values().with("length", 4));
        double[] byHand = {0.25, 0.5, 0.75, 1, 1, 1};
        for (int t = 0; t < byHand.length; t++) {
            assertEquals(byHand[t], warm.multiplier(t), "t = " + t);
        }
    }

    @Test
    void theLearningRateAloneIsScaledAndMayFallBelowTheSlidersSmallest() {
        var cosine = new Schedule(ScheduleKind.COSINE); // T 1000, floor 0
        var adam = Adam.TYPE.defaults().with("lr", 0.01).with("beta1", 0.8);
        var atHalf = cosine.at(adam, 500);
        assertEquals(0.005, atHalf.get("lr"), 1e-17);
        assertEquals(0.8, atHalf.get("beta1"));
        assertEquals(adam.get("beta2"), atHalf.get("beta2"));
        assertEquals(adam.declared(), atHalf.declared());
        assertEquals(0, cosine.at(adam, 1000).get("lr"), 1e-19);
        assertTrue(cosine.at(adam, 999).get("lr") < Hyperparameters.LR_MIN, "below the declared minimum");
        assertEquals(0.004, cosine.learningRate(0.008, 500), 1e-17);
    }

    @Test
    void aConstantScheduleOrValuesWithoutALearningRateAreHandedBackUntouched() {
        var adam = Adam.TYPE.defaults();
        assertSame(adam, Schedule.CONSTANT.at(adam, 77));
        var noRate = HyperparameterValues.defaults(List.of(Hyperparameters.momentum()));
        assertSame(noRate, new Schedule(ScheduleKind.STEP).at(noRate, 500));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(ScheduleKind.STEP).multiplier(-1));
    }

    @Test
    void itIsWrittenAsTheCommandLineTakesIt() {
        assertEquals("step:every=100,factor=0.5", new Schedule(ScheduleKind.STEP).toString());
        assertEquals("constant", Schedule.CONSTANT.toString());
    }

    @Test
    void theCountingParametersAreTheIntervalsAndLengths() {
        for (ScheduleKind kind : ScheduleKind.values()) {
            for (Hyperparameter h : kind.parameters()) {
                assertEquals(!h.key().equals("factor") && !h.key().equals("floor"), ScheduleKind.counts(h), h.key());
            }
        }
        assertEquals("constant, step, exponential, cosine, warmup", ScheduleKind.ids());
    }
}
