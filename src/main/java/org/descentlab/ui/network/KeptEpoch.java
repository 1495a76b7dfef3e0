package org.descentlab.ui.network;

import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.ui.words.Words;

/**
 * Which epoch's parameters a run with early stopping ended with, as the charts mark it and the figures say it: the
 * last epoch the window has seen tells, so a run that trains on after a stop shows no kept epoch until it ends again.
 */
final class KeptEpoch {

    private KeptEpoch() {
    }

    /** The kept epoch of the run's last epoch, or {@code null} while the run is not ended by early stopping. */
    static EpochMetrics.Kept of(NetworkRun run) {
        var history = run.history();
        return history.isEmpty() ? null : history.get(history.size() - 1).kept();
    }

    /** Words for the figures: that the run stopped early and which epoch it kept; empty when neither applies. */
    static String status(NetworkRun run) {
        var kept = of(run);
        if (kept == null) {
            return "";
        }
        return Words.format(kept.stoppedEarly() ? "train.status.stopped" : "train.status.ended", kept.epoch());
    }
}
