package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.junit.jupiter.api.Test;

/** Issue 15's new fields in scene files: dropout, early stopping, schedules on both tabs, kinds of data. */
class TrainingExtrasSceneTest {

    private static Scene roundTrip(Scene scene) {
        return SceneJson.read(SceneJson.write(scene), "test.json").scene();
    }

    @Test
    void everyNewFieldSurvivesAFile() {
        var step = new Schedule(ScheduleKind.STEP, new Schedule(ScheduleKind.STEP).values().with("every", 7)
                .with("factor", 0.25));
        var training = TrainingSetup.defaults().withDropout(0.3).withEarlyStopping(12).withSchedule(step);
        var data = DataSetup.defaults().withKind(DatasetKind.SPIRAL, 0.8);
        var network = NetworkScene.defaults().withTraining(training).withData(data);
        var surfaces = SurfacesScene.defaults().withSchedule(new Schedule(ScheduleKind.COSINE));
        var back = roundTrip(new Scene(surfaces, network));
        assertEquals(network, back.network());
        assertEquals(surfaces, back.surfaces());
        assertEquals(0.3, back.network().trainingSettings().dropout());
        assertEquals(12, back.network().trainingSettings().patience());
        assertEquals(step, back.network().trainingSettings().schedule());
        assertEquals(DatasetKind.SPIRAL, back.network().data().kind());
        assertEquals(0.8, back.network().data().noise());
    }

    @Test
    void filesWrittenBeforeTheNewFieldsReadAsTheyWere() {
        String text = SceneJson.write(new Scene(SurfacesScene.defaults(), NetworkScene.defaults()));
        assertFalse(text.contains("dropout") || text.contains("earlyStopping") || text.contains("schedule")
                || text.contains("noise\" : 0.5"), text);
        var back = roundTrip(new Scene(SurfacesScene.defaults(), NetworkScene.defaults()));
        assertEquals(Schedule.CONSTANT, back.surfaces().schedule());
        assertEquals(TrainingSetup.defaults(), back.network().training());
        assertEquals(DatasetKind.CLUSTERS, back.network().data().kind());
        assertTrue(text.contains("\"source\" : \"clusters\""), text);
    }

    @Test
    void badValuesAreRefusedNamingTheirField() {
        String good = SceneJson.write(new Scene(null, NetworkScene.defaults()));
        var e = assertThrows(SettingException.class, () -> SceneJson.read(good.replace("\"clusters\",",
                "\"spirals\","), "s.json"));
        assertEquals("network.data.source", e.problem().field());
        assertTrue(e.getMessage().contains("spiral"), e.getMessage());
        var e2 = assertThrows(SettingException.class, () -> SceneJson.read(good.replace("\"speedLimit\"",
                "\"dropout\" : 0.95, \"speedLimit\""), "s.json"));
        assertEquals("network.training.dropout", e2.problem().field());
        var e3 = assertThrows(SettingException.class, () -> SceneJson.read(good.replace("\"speedLimit\"",
                "\"schedule\" : {\"kind\" : \"step\", \"factor\" : 3}, \"speedLimit\""), "s.json"));
        assertEquals("network.training.schedule.factor", e3.problem().field());
        var e4 = assertThrows(SettingException.class, () -> SceneJson.read(good.replace("\"speedLimit\"",
                "\"schedule\" : {\"kind\" : \"sawtooth\"}, \"speedLimit\""), "s.json"));
        assertEquals("network.training.schedule.kind", e4.problem().field());
    }

    @Test
    void schedulesFollowTheirFormulasAtHandPickedSteps() {
        var step = new Schedule(ScheduleKind.STEP); // every 100, × 0.5
        assertEquals(1, step.multiplier(99));
        assertEquals(0.25, step.multiplier(250));
        var exp = new Schedule(ScheduleKind.EXPONENTIAL, new Schedule(ScheduleKind.EXPONENTIAL).values()
                .with("factor", 0.25));
        assertEquals(0.5, exp.multiplier(50), 1e-15); // 0.25^(50/100)
        var cosine = new Schedule(ScheduleKind.COSINE); // T 1000, floor 0
        assertEquals(0.5, cosine.multiplier(500), 1e-15);
        assertEquals(0.8535533905932737, cosine.multiplier(250), 1e-15); // (1 + √2/2) / 2
        assertEquals(0, cosine.multiplier(5000), 1e-15);
        var warm = new Schedule(ScheduleKind.WARMUP, new Schedule(ScheduleKind.WARMUP).values().with("length", 4));
        assertEquals(0.25, warm.multiplier(0));
        assertEquals(1, warm.multiplier(3));
        assertEquals(1, warm.multiplier(10));
        assertEquals(1, Schedule.CONSTANT.multiplier(123_456));
    }
}
