package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.nn.TrainingSnapshot;
import org.descentlab.session.TrainingSession;

/**
 * One training run as the network tab sees it: its session (worker thread), the metrics drained so far and the
 * newest snapshot. Everything here is touched on the JavaFX thread only.
 */
final class NetworkRun implements AutoCloseable {

    private final String label;
    private final TrainingSettings settings;
    private final TrainingSession session;
    private final List<EpochMetrics> history = new ArrayList<>();
    private TrainingSnapshot snapshot;
    private long steps;

    NetworkRun(String label, TrainingSettings settings, TrainingSession session) {
        this.label = label;
        this.settings = settings;
        this.session = session;
        this.snapshot = session.latestSnapshot();
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

    String label() {
        return label;
    }

    TrainingSettings settings() {
        return settings;
    }

    TrainingSession session() {
        return session;
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
