package org.descentlab.ui.network;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.descentlab.core.landscape.Trajectory;
import org.descentlab.core.landscape.TrajectoryRecorder;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.nn.TrainingSnapshot;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.session.TrainingSession;

/**
 * A training run whose optimizer, hyperparameters, batch size and epoch count can change while it trains, without
 * going back to the initial weights: the settings the window can change on a running network.
 *
 * <p>New settings take effect before the next step. Other hyperparameters of the same optimizer are handed to the
 * trainer in place, so the optimizer keeps its state (moments, step count). Another optimizer or batch size needs
 * another {@link Trainer}: it starts from the current weights with a fresh optimizer state, and the epoch in progress
 * (if any) is given up: its steps stay in the weights, and the next epoch to finish is counted as the one after the
 * last one finished. Epochs and steps are numbered on across trainers. The epoch count is a target checked here, so
 * raising it after the end lets training go on from where it stopped.
 *
 * <p>Early stopping: a trainer whose patience ran out ends the run with its best epoch's parameters, and a run that
 * reaches its epoch count ends with them too (as {@code train} does). The run stays ended until it is asked to train
 * further (another epoch count, as One epoch and Train further set) or given other settings: then it trains on from the kept parameters, epochs numbered
 * on from the stop, and early stopping watches afresh.
 *
 * <p>Threads: {@link #apply} runs on the JavaFX thread; everything else on the session's worker. The trainer is
 * handed from one worker to the next only after the first has ended (see {@link NetworkRun}).
 */
final class LiveTrainer implements TrainingSession.Steps {

    /** The trainers inside never finish by themselves: {@link #targetEpochs} decides. */
    private static final int NO_END = Integer.MAX_VALUE;

    private final DatasetSplit data;
    private final AtomicReference<TrainingSettings> pending = new AtomicReference<>();
    private volatile int targetEpochs;
    /** Whether the epochs' metrics carry each layer's gradients (the Gradients view asked for them). */
    private volatile boolean gradients;
    /** The weights after each epoch (thinned to a memory cap), for the loss landscape's path; worker only. */
    private final TrajectoryRecorder path;
    /** The path so far, handed from the worker to whoever draws a landscape (newest wins). */
    private final AtomicReference<Trajectory> trajectory = new AtomicReference<>();
    private Trainer trainer;
    /** Set when the epoch count changed after an early stop: the run trains on (up to that count). */
    private volatile boolean trainOnAfterStop;
    /** Epochs and steps of the trainers this one replaced. */
    private int epochsBefore;
    private long stepsBefore;

    /**
     * A run of {@code settings} on {@code data} from the weights {@code start} (copied), one of {@code runs} runs
     * trained side by side: their paths share the memory one path may take.
     */
    LiveTrainer(TrainingSettings settings, DatasetSplit data, Parameters start, int runs) {
        this.data = data;
        this.trainer = new Trainer(settings.withEpochs(NO_END), data, start);
        this.targetEpochs = settings.epochs();
        int count = start.values().length;
        this.path = new TrajectoryRecorder(count, TrajectoryRecorder.capacityFor(count * Math.max(1, runs)));
        record(0, start);
    }

    private void record(int epoch, Parameters weights) {
        path.record(epoch, weights.values());
        trajectory.set(path.trajectory());
    }

    /** The weights at the start and after each epoch so far (thinned on a long run), oldest first; any thread. */
    Trajectory trajectory() {
        return trajectory.get();
    }

    /**
     * Trains on with {@code next} from the next step; its epoch count applies at once. Only the settings a running
     * network can take may differ: hidden layer and seeds must stay as they are.
     */
    void apply(TrainingSettings next) {
        if (next.epochs() != targetEpochs) {
            trainOnAfterStop = true; // One epoch and Train further set the count just past the epochs trained
        }
        targetEpochs = next.epochs();
        pending.set(next);
    }

    /** Measures each layer's gradients from the next epoch on (or stops); safe from any thread. */
    void measureGradients(boolean on) {
        gradients = on;
    }

    /** The epochs after which the run ends. */
    int targetEpochs() {
        return targetEpochs;
    }

    /** On the worker: new settings are taken first, since they may replace a trainer that stopped early. */
    @Override
    public boolean isFinished() {
        takePending();
        return epochsBefore + trainer.epoch() >= targetEpochs || trainer.stoppedEarly() && !trainOnAfterStop;
    }

    @Override
    public int batch() {
        return trainer.batch();
    }

    /** The session's own way to new hyperparameters; values for an optimizer replaced since are dropped. */
    @Override
    public void configure(HyperparameterValues values) {
        takePending();
        if (values.declared().equals(trainer.settings().optimizer().hyperparameters())) {
            trainer.configure(values);
        }
    }

    @Override
    public EpochMetrics stepBatch() {
        takePending();
        if (trainer.logsGradients() != gradients) {
            trainer.logGradients(gradients);
        }
        EpochMetrics m = trainer.stepBatch();
        if (m == null) {
            return null;
        }
        if (trainer.stoppedEarly()) {
            trainOnAfterStop = false; // only a raise after this stop trains on
        } else if (epochsBefore + m.epoch() >= targetEpochs && trainer.watchesValidation()) {
            m = m.withKept(trainer.restoreBest(), false);
        }
        int epoch = epochsBefore + m.epoch();
        record(epoch, trainer.parameters());
        return m.withEpoch(epoch);
    }

    @Override
    public TrainingSnapshot parametersSnapshot() {
        var s = trainer.parametersSnapshot();
        return new TrainingSnapshot(s.parameters(), List.of(), epochsBefore + s.epoch(), s.batch(),
                stepsBefore + s.steps());
    }

    private void takePending() {
        TrainingSettings next = pending.getAndSet(null);
        if (next == null) {
            return;
        }
        TrainingSettings now = trainer.settings();
        TrainingSettings wanted = next.withEpochs(NO_END);
        if (wanted.equals(now)) {
            return;
        }
        if (now.optimizer().equals(wanted.optimizer())
                && now.withHyperparameters(wanted.hyperparameters()).equals(wanted)) {
            trainer.configure(wanted.hyperparameters());
            return;
        }
        epochsBefore += trainer.epoch();
        stepsBefore += trainer.steps();
        trainer = new Trainer(wanted, data, trainer.parameters());
    }
}
