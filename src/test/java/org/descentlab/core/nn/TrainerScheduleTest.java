package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.junit.jupiter.api.Test;

/**
 * The trainer's learning rate under a schedule: the epoch count is t, the rate changes at the start of each epoch, and
 * a constant schedule trains exactly as before.
 */
class TrainerScheduleTest {

    /** Twelve points of three classes: batches of 5, 5 and 2. */
    private static final Dataset TWELVE = GaussianClusters.generate(new ClusterSettings(3, 4, 0.5, 3.0, 9, 0));

    private static TrainingSettings settings(OptimizerType type, double lr, Schedule schedule) {
        return new TrainingSettings(6, Activation.TANH, type, type.defaults().with("lr", lr), 5, true, 8, 3L, 4L,
                0.001, 2, 0, 0, schedule);
    }

    @Test
    void stepDecayEqualsSettingTheScheduledRateByHandBeforeEachEpoch() {
        var step = new Schedule(ScheduleKind.STEP, new Schedule(ScheduleKind.STEP).values().with("every", 2)
                .with("factor", 0.5));
        for (OptimizerType type : new OptimizerType[] {GradientDescent.TYPE, Adam.TYPE}) {
            var scheduled = new Trainer(settings(type, 0.05, step), TWELVE);
            var byHand = new Trainer(settings(type, 0.05, Schedule.CONSTANT), TWELVE);
            for (int epoch = 0; epoch < 7; epoch++) {
                // η(t) = 0.05 · 0.5^⌊t/2⌋ for t = completed epochs: 0.05, 0.05, 0.025, 0.025, 0.0125 …
                double rate = 0.05 * Math.pow(0.5, epoch / 2);
                byHand.configure(type.defaults().with("lr", rate));
                var a = scheduled.stepEpoch();
                var b = byHand.stepEpoch();
                assertEquals(b.loss(), a.loss(), type.id() + " epoch " + epoch);
                assertArrayEquals(byHand.parameters().values(), scheduled.parameters().values(), type.id());
            }
            // The rate set stays η₀: the schedule scales it, the settings keep it.
            assertEquals(0.05, scheduled.settings().hyperparameters().get("lr"));
        }
    }

    @Test
    void aRateSetMidEpochIsScaledByTheEpochUnderWay() {
        var step = new Schedule(ScheduleKind.STEP, new Schedule(ScheduleKind.STEP).values().with("every", 1)
                .with("factor", 0.1));
        var scheduled = new Trainer(settings(GradientDescent.TYPE, 0.05, step), TWELVE);
        var byHand = new Trainer(settings(GradientDescent.TYPE, 0.05, Schedule.CONSTANT), TWELVE);
        scheduled.stepEpoch();
        byHand.configure(GradientDescent.TYPE.defaults().with("lr", 0.05));
        byHand.stepEpoch();
        scheduled.stepBatch();
        byHand.configure(GradientDescent.TYPE.defaults().with("lr", 0.005));
        byHand.stepBatch();
        scheduled.configure(GradientDescent.TYPE.defaults().with("lr", 0.2)); // epoch 1: 0.2 × 0.1
        byHand.configure(GradientDescent.TYPE.defaults().with("lr", 0.2 * 0.1));
        scheduled.stepBatch();
        byHand.stepBatch();
        assertArrayEquals(byHand.parameters().values(), scheduled.parameters().values());
    }

    @Test
    void aConstantScheduleTrainsBitForBitAsSettingsMadeBeforeSchedulesExisted() {
        HyperparameterValues values = Adam.TYPE.defaults().with("lr", 0.01);
        // The constructor that knows nothing of dropout, early stopping or schedules.
        var before = new Trainer(new TrainingSettings(6, Activation.TANH, Adam.TYPE, values, 5, true, 8, 3L, 4L, 0.001,
                2), TWELVE);
        var constant = new Trainer(settings(Adam.TYPE, 0.01, Schedule.CONSTANT), TWELVE);
        var cosine = new Trainer(settings(Adam.TYPE, 0.01, new Schedule(ScheduleKind.COSINE)), TWELVE);
        var a = before.runToEnd();
        var b = constant.runToEnd();
        cosine.runToEnd();
        assertEquals(a, b);
        assertArrayEquals(before.parameters().values(), constant.parameters().values());
        // And the check can fail: a schedule that does anything gives other parameters.
        assertFalse(Arrays.equals(before.parameters().values(), cosine.parameters().values()));
    }
}
