package org.descentlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The worker thread of a training run, without any UI. */
class TrainingSessionTest {

    private static final Dataset DATA = GaussianClusters.generate(new ClusterSettings(4, 25, 1, 8, 3, 0));

    private static TrainingSettings settings(int epochs) {
        return TrainingSettings.seedDefaults().withHidden(16, TrainingSettings.seedDefaults().activation())
                .withEpochs(epochs);
    }

    /**
     * Waits until the worker has published what {@code condition} looks for: the session offers no callback (the
     * window polls it once per frame, as this does), so this checks at each of the worker's publications' pace.
     */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.onSpinWait();
        }
    }

    @Test
    void oneEpochPublishesItsMetricsAndTheSameParametersAsTrainingInline() throws Exception {
        try (var session = new TrainingSession(new Trainer(settings(10), DATA))) {
            session.stepEpoch();
            var metrics = new ArrayList<EpochMetrics>();
            await(() -> metrics.addAll(session.drainMetrics()) && false || !metrics.isEmpty());
            await(() -> session.state() == TrainingSession.State.PAUSED && session.latestSnapshot().epoch() == 1);
            var inline = new Trainer(settings(10), DATA);
            var expected = inline.stepEpoch();
            assertEquals(List.of(expected), metrics);
            assertArrayEquals(inline.parameters().values(), session.latestSnapshot().parameters().values());
        }
    }

    @Test
    void playRunsToTheEndAndTheWorkerEnds() throws Exception {
        var session = new TrainingSession(new Trainer(settings(30), DATA));
        session.play();
        await(() -> session.state() == TrainingSession.State.FINISHED);
        await(() -> !session.isAlive());
        assertEquals(30, session.drainMetrics().size());
        assertEquals(30, session.latestSnapshot().epoch());
    }

    @Test
    void pauseStopsTrainingAtOnce() throws Exception {
        try (var session = new TrainingSession(new Trainer(settings(1_000_000), DATA))) {
            session.play();
            await(() -> session.latestSnapshot().epoch() >= 5);
            session.pause();
            await(() -> session.state() == TrainingSession.State.PAUSED);
            int paused = session.latestSnapshot().epoch();
            // Had the worker gone on after the pause, one more epoch asked for would land beyond paused + 1.
            session.stepEpoch();
            await(() -> session.state() == TrainingSession.State.PAUSED
                    && session.latestSnapshot().epoch() > paused);
            assertEquals(paused + 1, session.latestSnapshot().epoch());
            assertEquals(TrainingSession.State.PAUSED, session.state());
        }
    }

    @Test
    void newHyperparametersApplyFromTheNextBatch() throws Exception {
        var faster = settings(5).hyperparameters().with("lr", 0.05);
        try (var session = new TrainingSession(new Trainer(settings(5), DATA))) {
            session.setHyperparameters(faster);
            session.stepEpoch();
            await(() -> session.latestSnapshot().epoch() == 1);
            var inline = new Trainer(settings(5).withHyperparameters(faster), DATA);
            inline.stepEpoch();
            assertArrayEquals(inline.parameters().values(), session.latestSnapshot().parameters().values());
        }
    }

    @Test
    void theSpeedLimitSpacesEpochsOut() throws Exception {
        try (var session = new TrainingSession(new Trainer(settings(1000), DATA))) {
            session.setSpeedLimit(20);
            long start = System.nanoTime();
            session.play();
            await(() -> session.latestSnapshot().epoch() >= 10);
            double seconds = (System.nanoTime() - start) / 1e9;
            // 20 epochs per second: the first comes at once, nine more take 0.45 s; unlimited would take a few ms.
            assertTrue(seconds >= 0.4, "10 epochs at 20/s took " + seconds + " s");
        }
    }

    @Test
    void aRunWhoseLossBlowsUpFailsWithAMessageAndItsWorkerEnds() throws Exception {
        var type = org.descentlab.core.optim.Momentum.TYPE;
        var wild = settings(100).withHidden(16, org.descentlab.core.nn.Activation.RELU)
                .withOptimizer(type, type.defaults().with("lr", 10).with("momentum", 0.99));
        var session = new TrainingSession(new Trainer(wild, DATA));
        session.play();
        await(() -> session.state() == TrainingSession.State.FAILED);
        assertTrue(session.failure().startsWith("the loss is no longer a finite number"), session.failure());
        await(() -> !session.isAlive());
        assertTrue(session.drainMetrics().get(0).epoch() >= 1);
    }

    /** The steps of a real trainer, except that batch number {@code failAt} (0 first) throws {@code failure}. */
    private static TrainingSession.Steps failingAt(int failAt, Throwable failure) {
        return InterceptedSteps.failingAt(TrainingSession.Steps.of(new Trainer(settings(100), DATA)), failAt, failure);
    }

    @Test
    void runningOutOfMemoryStopsTheRunWithAnExplanationAndItsWorkerEnds() throws Exception {
        var memory = new OutOfMemoryError("test");
        var session = new TrainingSession(failingAt(5, memory));
        session.play();
        assertTrue(session.awaitEnd(10_000), "the worker ends");
        assertEquals(TrainingSession.State.FAILED, session.state());
        assertEquals("Not enough memory to train this network: try fewer points, a smaller batch or fewer hidden "
                + "units", session.failure());
        assertSame(memory, session.failureCause());
        assertNotNull(session.latestSnapshot(), "the last parameters stay on show");
    }

    @Test
    void anythingElseThrownIsKeptWithItsMessage() throws Exception {
        for (Throwable thrown : new Throwable[] {new IllegalStateException("kaput"), new AssertionError("kaput")}) {
            var session = new TrainingSession(failingAt(0, thrown));
            session.stepEpoch();
            assertTrue(session.awaitEnd(10_000), "the worker ends");
            assertEquals(TrainingSession.State.FAILED, session.state());
            assertEquals("kaput", session.failure());
            assertSame(thrown, session.failureCause());
        }
    }

    @Test
    void closeStopsTheWorker() throws Exception {
        var session = new TrainingSession(new Trainer(settings(1_000_000), DATA));
        session.play();
        await(() -> session.latestSnapshot().epoch() >= 1);
        session.close();
        assertFalse(session.isAlive());
        assertEquals(TrainingSession.State.STOPPED, session.state());
    }

    @Test
    void stopDoesNotWaitAndTheWorkerEndsAfterItsBatch() throws Exception {
        var session = new TrainingSession(new Trainer(settings(1_000_000), DATA));
        session.play();
        await(() -> session.latestSnapshot().epoch() >= 1);
        session.stop();
        assertTrue(session.awaitEnd(5000));
        assertEquals(TrainingSession.State.STOPPED, session.state());
    }

    @Test
    void nothingLeaksAfterAHundredStartStopCycles() throws Exception {
        long before = trainingThreads();
        for (int i = 0; i < 100; i++) {
            var session = new TrainingSession(new Trainer(settings(1_000_000), DATA));
            session.play();
            session.close();
        }
        await(() -> trainingThreads() == before);
        assertEquals(before, trainingThreads());
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("training-") && t.isAlive()).count();
    }
}
