package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.nn.TrainingSnapshot;
import org.descentlab.session.TrainingSession;

/**
 * One training run as the network tab sees it: its trainer, the session (worker thread) training it, the metrics
 * drained so far and the newest snapshot. A run that reached its epoch count goes on with a new session over the same
 * trainer when the count is raised. Everything here is touched on the JavaFX thread only.
 */
final class NetworkRun implements AutoCloseable {

    /**
     * Frames a paused worker may show nothing new after a command before the run counts as settled anyway: Train at
     * once followed by Pause can leave a worker that never noticed either, and so never says it paused again.
     */
    private static final int QUIET_FRAMES = 60;

    private final LiveTrainer trainer;
    private final List<EpochMetrics> history = new ArrayList<>();
    private String label;
    private TrainingSettings settings;
    private TrainingSession session;
    private TrainingSnapshot snapshot;
    private long steps;
    /** The snapshot on offer when the worker was last asked to do something; null when nothing is awaited. */
    private TrainingSnapshot awaitedSince;
    private int quietFrames;

    NetworkRun(String label, TrainingSettings settings, LiveTrainer trainer,
            Function<TrainingSession.Steps, TrainingSession> sessions) {
        this.label = label;
        this.settings = settings;
        this.trainer = trainer;
        this.session = sessions.apply(trainer);
        this.snapshot = session.latestSnapshot();
        this.steps = snapshot.steps();
    }

    /** Takes what the worker published since the last frame; returns the number of new epochs. */
    int poll() {
        var fresh = session.drainMetrics();
        history.addAll(fresh);
        var newest = session.latestSnapshot();
        if (newest != null) {
            snapshot = newest;
            steps = newest.steps();
        }
        return fresh.size();
    }

    /** Trains on with other settings from the next step (see {@link LiveTrainer}). */
    void apply(String newLabel, TrainingSettings next) {
        label = newLabel;
        settings = next;
        trainer.apply(next);
    }

    /**
     * Gives a run that reached its old epoch count a new worker over the same trainer, paused, when the count has
     * been raised since; does nothing otherwise.
     */
    void resumeIfMore(Function<TrainingSession.Steps, TrainingSession> sessions, double speedLimit) {
        if (session.state() != TrainingSession.State.FINISHED) {
            return;
        }
        // The old worker has returned or is about to: joining it hands the trainer over to the new one safely.
        session.awaitEnd(1000);
        poll();
        if (snapshot.epoch() >= trainer.targetEpochs()) {
            return;
        }
        session = sessions.apply(trainer);
        session.setSpeedLimit(speedLimit);
        poll();
    }

    /** Measures each layer's gradients from the next epoch on, for the Gradients view. */
    void measureGradients(boolean on) {
        trainer.measureGradients(on);
    }

    /** The weights at the start and after each epoch so far (thinned on a long run), for the loss landscape. */
    org.descentlab.core.landscape.Trajectory trajectory() {
        return trainer.trajectory();
    }

    /** The worker was asked to do something: the frame loop keeps going until it has shown the result. */
    void expectWork() {
        awaitedSince = session.latestSnapshot();
        quietFrames = 0;
    }

    /**
     * Whether the worker has nothing more to show: it ended, or it is paused and has published a snapshot since it
     * was last asked to do something. Call once per frame, before {@link #poll()}, so that whatever the worker
     * published before pausing is drained in the same frame. The snapshot is read before the state: a worker sets
     * its state to running before it publishes anything new, so a new snapshot followed by "paused" is a pause that
     * came after it.
     */
    boolean settled() {
        TrainingSnapshot latest = session.latestSnapshot();
        TrainingSession.State state = session.state();
        if (state == TrainingSession.State.RUNNING) {
            return false;
        }
        if (state == TrainingSession.State.PAUSED && awaitedSince != null && latest == awaitedSince
                && ++quietFrames < QUIET_FRAMES) {
            return false;
        }
        awaitedSince = null;
        return true;
    }

    String label() {
        return label;
    }

    /** The settings this run trains with now. */
    TrainingSettings settings() {
        return settings;
    }

    TrainingSession session() {
        return session;
    }

    /** The epochs after which this run ends. */
    int targetEpochs() {
        return trainer.targetEpochs();
    }

    /** Every epoch finished so far, oldest first. */
    List<EpochMetrics> history() {
        return history;
    }

    /** The newest parameters published by the worker. */
    Parameters parameters() {
        return snapshot.parameters();
    }

    TrainingSnapshot snapshot() {
        return snapshot;
    }

    long steps() {
        return steps;
    }

    int epoch() {
        return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    }

    /** Asks the worker to stop after its current batch, without waiting: the FX thread never blocks on it. */
    @Override
    public void close() {
        session.stop();
    }
}
