package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

/** The surface tab's schedule, without the JavaFX toolkit: in the race, in the scene, and under a changed rate. */
class SurfaceScheduleTest {

    private static final Schedule STEP = new Schedule(ScheduleKind.STEP,
            new Schedule(ScheduleKind.STEP).values().with("every", 5).with("factor", 0.5));

    private final SurfaceTabModel model = new SurfaceTabModel();

    @Test
    void aNewScheduleStartsTheRaceAgainUnderIt() {
        for (int i = 0; i < 7; i++) {
            model.singleStep();
        }
        model.setSchedule(STEP);
        assertEquals(0, model.clockProperty().get());
        for (int i = 0; i < 12; i++) {
            model.singleStep();
        }
        // t = 12: γ₀ × 0.5^⌊12/5⌋ = γ₀ / 4 for every racer, from its own rate.
        for (OptimizerSlot slot : model.enabledSlots()) {
            double set = slot.valuesProperty().get().get("lr");
            assertEquals(set / 4, slot.walker().learningRate(), 1e-18, slot.type().id());
        }
        assertEquals(STEP, model.scene().schedule());
    }

    @Test
    void theWindowsRaceIsTheScenesRaceStepForStep() {
        model.setSurface(SurfaceRegistry.find("himmelblau").orElseThrow());
        model.setSchedule(new Schedule(ScheduleKind.COSINE, new Schedule(ScheduleKind.COSINE).values()
                .with("period", 30)));
        for (int i = 0; i < 40; i++) {
            model.singleStep();
        }
        var race = model.scene().race();
        race.advance(40);
        var mine = model.race().walkers();
        for (int w = 0; w < mine.size(); w++) {
            var a = mine.get(w).path();
            var b = race.walkers().get(w).path();
            assertEquals(b.size(), a.size());
            for (int k = 0; k < a.size(); k++) {
                assertEquals(b.x(k), a.x(k), "walker " + w + " step " + k);
                assertEquals(b.y(k), a.y(k), "walker " + w + " step " + k);
            }
        }
    }

    @Test
    void aSceneBringsItsScheduleAndAConstantOneTakesItAway() {
        model.apply(model.scene().withSchedule(STEP));
        assertEquals(STEP, model.scheduleProperty().get());
        assertEquals(STEP, model.race().schedule());
        model.apply(model.scene().withSchedule(Schedule.CONSTANT));
        assertEquals(Schedule.CONSTANT, model.race().schedule());
        var gd = model.slot("gd");
        model.singleStep();
        assertEquals(gd.valuesProperty().get().get("lr"), gd.walker().optimizer().hyperparameters().get("lr"));
    }

    @Test
    void aRateSetMidRaceIsTheNewStartingRateScaledByTheStepReached() {
        model.setSchedule(STEP);
        for (int i = 0; i < 6; i++) {
            model.singleStep();
        }
        var gd = model.slot("gd");
        assertNull(model.setHyperparameter(gd, "lr", 0.004));
        assertEquals(0.002, gd.walker().learningRate(), 1e-18); // t = 6: × 0.5
        assertEquals(0.002, gd.walker().optimizer().hyperparameters().get("lr"), 1e-18);
        assertEquals(0.004, model.scene().optimizer("gd").values().get("lr"));
    }
}
