package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.nn.Trainer;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.scene.DataSetup;
import org.descentlab.core.scene.NetworkScene;
import org.junit.jupiter.api.Test;

/** The network tab's schedule, without the JavaFX toolkit: trained with, and kept counting the run's own epochs. */
class NetworkScheduleTest {

    private static final Schedule HALVING = new Schedule(ScheduleKind.STEP,
            new Schedule(ScheduleKind.STEP).values().with("every", 1).with("factor", 0.5));

    private final NetworkTabModel model = new NetworkTabModel();

    /** Small data so that an epoch takes no time: three clusters of 30 points. */
    private NetworkScene small(Schedule schedule, int epochs) {
        var scene = model.scene();
        return scene.withData(new DataSetup(null, 3, 30, 1.0, 4, 0)).withTraining(scene.training()
                .withSchedule(schedule).withEpochs(epochs).withBatchSize(8));
    }

    private void trainToTheEnd() {
        model.train();
        for (var run : model.runs()) {
            assertTrue(run.session().awaitEnd(60_000), "the worker ended");
        }
        model.poll(System.nanoTime());
    }

    @Test
    void theWindowTrainsWithTheScheduleAsTheTrainerDoes() {
        assertTrue(model.apply(small(HALVING, 3), null).isEmpty());
        var start = model.parameters();
        trainToTheEnd();
        var apart = new Trainer(model.settings(), model.split(), start);
        apart.run(3);
        assertArrayEquals(apart.parameters().values(), model.parameters().values().clone());
        var constant = new Trainer(model.settings().withSchedule(Schedule.CONSTANT), model.split(), start);
        constant.run(3);
        assertFalse(java.util.Arrays.equals(constant.parameters().values(), model.parameters().values()));
    }

    @Test
    void underAScheduleAChangeThatNeedsANewTrainerStartsOverAndARateDoesNot() {
        assertTrue(model.apply(small(HALVING, 2), null).isEmpty());
        trainToTheEnd();
        assertEquals(2, model.epoch());
        assertTrue(model.setHyperparameter("lr", 0.002).isEmpty());
        assertEquals(2, model.trainedEpochs(), "a new rate trains on: the schedule keeps counting");
        assertTrue(model.setBatchSize(16).isEmpty());
        assertEquals(0, model.trainedEpochs(), "a new trainer would count from 0: the run starts over");
        assertEquals(16, model.scene().training().batchSize());
    }

    @Test
    void withoutAScheduleABatchSizeChangeTrainsOn() {
        assertTrue(model.apply(small(Schedule.CONSTANT, 2), null).isEmpty());
        trainToTheEnd();
        assertTrue(model.setBatchSize(16).isEmpty());
        assertEquals(2, model.trainedEpochs());
    }

    @Test
    void onlyTheSameScheduleAndTheSameTrainerKeepTheCount() {
        var now = small(HALVING, 10);
        assertTrue(NetworkSchedule.keepsItsCount(now, now.withTraining(now.training().withEpochs(20))));
        assertTrue(NetworkSchedule.keepsItsCount(now, now.withTraining(now.training().withSpeedLimit(5))));
        assertFalse(NetworkSchedule.keepsItsCount(now, now.withTraining(now.training().withSchedule(
                new Schedule(ScheduleKind.COSINE)))));
        assertFalse(NetworkSchedule.keepsItsCount(now, now.withTraining(now.training().withOptimizer(
                org.descentlab.core.optim.GradientDescent.TYPE,
                org.descentlab.core.optim.GradientDescent.TYPE.defaults()))));
        assertFalse(NetworkSchedule.keepsItsCount(now, now.withTraining(now.training().withL2(0.01))));
        var constant = small(Schedule.CONSTANT, 10);
        assertTrue(NetworkSchedule.keepsItsCount(constant, constant.withTraining(constant.training()
                .withL2(0.01))));
    }
}
