package org.descentlab.cli;

import java.nio.file.Path;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.TrajectoryFile;
import org.descentlab.core.landscape.TrajectoryRecorder;
import org.descentlab.core.nn.Trainer;

/**
 * {@code train --trajectory FILE.npz}: the parameters at the start (epoch 0) and after each epoch, thinned to the
 * recorder's memory cap as the window keeps them ({@link TrajectoryRecorder}), saved when training ends, for
 * {@code landscape --trajectory}. Does nothing when no file was named.
 */
final class TrajectoryOutput {

    private final Path file;
    private final TrajectoryRecorder recorder;

    private TrajectoryOutput(Path file, TrajectoryRecorder recorder) {
        this.file = file;
        this.recorder = recorder;
    }

    /** Starts recording {@code trainer}'s run (its current parameters as the first snapshot) into {@code file}. */
    static TrajectoryOutput start(Path file, Trainer trainer) {
        if (file == null) {
            return new TrajectoryOutput(null, null);
        }
        var parameters = trainer.parameters();
        var output = new TrajectoryOutput(file, new TrajectoryRecorder(parameters.values().length));
        output.recorder.record(trainer.epoch(), parameters.values());
        return output;
    }

    /** Records the parameters after the epoch just finished. */
    void record(Trainer trainer) {
        if (recorder != null) {
            recorder.record(trainer.epoch(), trainer.parameters().values());
        }
    }

    /** Writes the file; refuses, with a usage error, to save a diverged run's path. */
    void save(boolean finished) {
        if (recorder == null) {
            return;
        }
        if (!finished) {
            throw new UsageError("training diverged, so the trajectory was not saved to " + file);
        }
        try {
            TrajectoryFile.write(file, recorder.trajectory());
        } catch (NumpyFileException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
