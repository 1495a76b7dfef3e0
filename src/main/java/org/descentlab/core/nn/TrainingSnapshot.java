package org.descentlab.core.nn;

import java.util.List;
import java.util.Optional;

/**
 * An immutable copy of a training run's state, safe to hand to another thread.
 *
 * @param parameters a copy of the parameters
 * @param history the metrics of every completed epoch, oldest first
 * @param epoch completed epochs
 * @param batch batches done in the current (incomplete) epoch
 * @param steps optimizer steps since the start
 */
public record TrainingSnapshot(Parameters parameters, List<EpochMetrics> history, int epoch, int batch, long steps) {

    /** Copies the history. */
    public TrainingSnapshot {
        history = List.copyOf(history);
    }

    /** The metrics of the last completed epoch, if any. */
    public Optional<EpochMetrics> last() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
}
