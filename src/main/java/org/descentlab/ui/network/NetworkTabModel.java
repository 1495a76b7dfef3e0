package org.descentlab.ui.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.Predictions;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.core.scene.DataSetup;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.NetworkSetup;
import org.descentlab.core.scene.PreparedNetwork;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.SettingException;
import org.descentlab.session.TrainingSession;

/**
 * The state of the network tab without any node. Its setup is one {@link NetworkScene}: every change is a new scene,
 * checked and prepared ({@link PreparedNetwork}) before anything is replaced, so a refused change leaves everything as
 * it was and says why with a {@link Problem}.
 *
 * <p>Two kinds of change. The optimizer, its hyperparameters, the batch size, the L2 penalty, the epoch count and
 * the speed limit apply to the network as it is, from the next step on: training goes on from the current weights
 * (see {@link LiveTrainer}). Compared runs train with their own batch size, activation and L2 penalty where they
 * set them ({@link ComparisonRun}). The data, the hidden layer, the seeds, loaded weights and the runs compared make
 * another network: those start over from the initial weights, and the window asks before it throws trained epochs
 * away. All methods run on the JavaFX thread; the training itself runs on the sessions' workers.
 */
public final class NetworkTabModel implements AutoCloseable {

    private final ReadOnlyObjectWrapper<NetworkScene> scene = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TrainingSettings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<ClusterSettings> clusters = new SimpleObjectProperty<>();
    private final ObjectProperty<HyperparameterValues> hyperparameters = new SimpleObjectProperty<>();
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dataSource = new ReadOnlyStringWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final BooleanProperty comparing = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final LongProperty revision = new SimpleLongProperty();
    private final List<NetworkRun> runs = new ArrayList<>();
    private final ArrayDeque<long[]> rate = new ArrayDeque<>();
    private PreparedNetwork prepared;
    /** How many epochs "Train further" adds: the epoch count last chosen, not the one it raised itself. */
    private int furtherBy;
    private Parameters scoredParameters;
    private org.descentlab.core.nn.Activation scoredActivation;
    private Predictions lastPredictions;
    private Path folder;
    private Function<TrainingSession.Steps, TrainingSession> sessions = TrainingSession::new;
    /** Whether the last {@link #poll} found every run paused or ended with nothing more to show. */
    private boolean idle;

    /** Opens with the seed's setup: ten clusters of 100 points, 2-128-10 sigmoid, Adam 0.001, batch 32. */
    public NetworkTabModel() {
        prepare(NetworkScene.defaults(), null).run();
    }

    // ---- the scene ----

    /** The whole setup on show. */
    public NetworkScene scene() {
        return scene.get();
    }

    public ReadOnlyObjectProperty<NetworkScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /**
     * Switches to {@code next}, file names in it read against {@code base} (the folder of the scene file it came
     * from, or {@code null} for the working folder); starts over, paused.
     *
     * @return why not, with nothing changed
     */
    public Optional<Problem> apply(NetworkScene next, Path base) {
        try {
            prepare(next, base).run();
            return Optional.empty();
        } catch (SettingException e) {
            return Optional.of(e.problem());
        }
    }

    /**
     * Checks and prepares {@code next} (reading its files, making its data) without changing anything, and returns
     * the change that puts it on show, so that a window applying a scene to several tabs changes either all or none.
     *
     * @throws SettingException why {@code next} cannot be shown
     */
    public Runnable prepare(NetworkScene next, Path base) {
        var ready = PreparedNetwork.prepare(next, base, Runtime.getRuntime().maxMemory(),
                java.util.Objects.equals(base, folder) ? prepared : null);
        var trainers = trainers(ready);
        return () -> {
            folder = base;
            prepared = ready;
            furtherBy = next.training().epochs();
            show(next, ready);
            startRuns(trainers);
        };
    }

    /**
     * Whether the network on show can take {@code next} as it is: the same data, network and compared runs, and the
     * same shuffling; the optimizer, its hyperparameters, the batch size, the epochs and the speed limit may differ,
     * except where a learning-rate schedule counts the run's epochs ({@link NetworkSchedule#keepsItsCount}).
     */
    private boolean appliesLive(NetworkScene next) {
        var now = scene.get();
        var t = now.training();
        var n = next.training();
        return now.data().equals(next.data()) && now.network().equals(next.network())
                && now.comparison().equals(next.comparison()) && t.shuffle() == n.shuffle()
                && t.shuffleSeed() == n.shuffleSeed() && NetworkSchedule.keepsItsCount(now, next);
    }

    /**
     * {@link #apply(NetworkScene, Path)} in the current folder, or, for a change the network can take as it is, the
     * new settings handed to the runs, which train on from their current weights.
     */
    private Optional<Problem> change(NetworkScene next) {
        if (!appliesLive(next)) {
            return apply(next, folder);
        }
        PreparedNetwork ready;
        try {
            // Reuses the data and the initial weights; checks that a new batch size fits in memory.
            ready = PreparedNetwork.prepare(next, folder, Runtime.getRuntime().maxMemory(), prepared);
        } catch (SettingException e) {
            return Optional.of(e.problem().withoutFieldName());
        }
        prepared = ready;
        settings.set(next.trainingSettings());
        hyperparameters.set(next.training().hyperparameters());
        scene.set(next);
        for (int i = 0; i < runs.size(); i++) {
            var run = runs.get(i);
            run.apply(ready.labels().get(i), ready.runs().get(i));
            run.session().setSpeedLimit(next.training().speedLimit());
            run.resumeIfMore(sessions, next.training().speedLimit());
        }
        updateFinished();
        changed();
        return Optional.empty();
    }

    /** A change built by {@code make}, which may refuse a value with a {@link SettingException}. */
    private Optional<Problem> change(java.util.function.Supplier<NetworkScene> make) {
        try {
            return change(make.get());
        } catch (SettingException e) {
            return Optional.of(e.problem().withoutFieldName());
        }
    }

    /** The scene last: the controls follow it and read the other properties, which must be current by then. */
    private void show(NetworkScene next, PreparedNetwork ready) {
        settings.set(next.trainingSettings());
        hyperparameters.set(next.training().hyperparameters());
        clusters.set(next.data().clusterSettings());
        dataset.set(ready.data());
        dataSource.set(ready.dataSource());
        comparing.set(next.comparing());
        scene.set(next);
    }

    // ---- data ----

    /** Generates new clusters; refuses settings outside the declared limits. */
    public Optional<Problem> regenerate(int count, int pointsPerCluster, double spread, long seed,
            double validationSplit) {
        return change(() -> scene().withData(new DataSetup(null, count, pointsPerCluster, spread, seed,
                validationSplit)));
    }

    /** New data of {@code kind} (noise σ {@code noise} if a two-class picture); refuses values outside the limits. */
    public Optional<Problem> regenerate(DatasetKind kind, int count, int pointsPerCluster, double spread, long seed,
            double validationSplit, double noise) {
        return change(() -> scene().withData(new DataSetup(null, count, pointsPerCluster, spread, seed,
                validationSplit, kind, noise)));
    }

    /**
     * Reads a dataset file in the seed's format; on failure everything stays as it was. Loaded initial weights are
     * kept when they fit the new data.
     */
    public Optional<Problem> loadDataset(Path file) {
        var data = scene().data().withFile(file.toAbsolutePath().toString());
        var withData = scene().withData(data);
        if (scene().network().initParameters() != null) {
            var kept = apply(withData, folder);
            if (kept.isEmpty()) {
                return kept;
            }
            var n = scene().network();
            withData = withData.withNetwork(new NetworkSetup(n.hidden(), n.activation(), n.initSeed(), null,
                    n.layers()));
        }
        return apply(withData, folder);
    }

    /** Saves the data in the seed's format. */
    public Optional<Problem> saveDataset(Path file) {
        try {
            DatasetFile.write(file, dataset.get());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.of(e.getMessage()));
        }
    }

    // ---- network and training settings ----

    /** Hidden width, activation and initialisation seed, as many hidden layers as now; starts over. */
    public Optional<Problem> setNetwork(int hidden, org.descentlab.core.nn.Activation activation, long initSeed) {
        return setNetwork(hidden, activation, initSeed, scene().network().layers());
    }

    /**
     * Hidden width, activation, initialisation seed and number of hidden layers; starts over (dropping loaded weights
     * of another shape).
     */
    public Optional<Problem> setNetwork(int hidden, org.descentlab.core.nn.Activation activation, long initSeed,
            int layers) {
        var n = scene().network();
        String init = n.initParameters() != null && hidden == n.hidden() && layers == n.layers()
                ? n.initParameters() : null;
        return change(() -> scene().withNetwork(new NetworkSetup(hidden, activation, initSeed, init, layers)));
    }

    /**
     * Another optimizer at its default hyperparameters, from the next step on: it starts with a fresh state (no
     * moments yet) from the current weights.
     */
    public Optional<Problem> setOptimizer(OptimizerType type) {
        return change(() -> scene().withTraining(scene().training().withOptimizer(type, type.defaults())));
    }

    /** One hyperparameter of the optimizer; running sessions take it before their next batch. */
    public Optional<Problem> setHyperparameter(String key, double value) {
        var t = scene().training();
        HyperparameterValues next;
        try {
            next = t.hyperparameters().with(key, value);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem(key, e.getMessage()));
        }
        return change(() -> scene().withTraining(t.withOptimizer(t.optimizer(), next)));
    }

    /** Points per step: 1 … N, or {@link NetworkLimits#FULL_BATCH}; from the next step, from the current weights. */
    public Optional<Problem> setBatchSize(int size) {
        return change(() -> scene().withTraining(scene().training().withBatchSize(size)));
    }

    /**
     * The L2 penalty λ on the weights (0: none), from the next step, from the current weights, with a fresh optimizer
     * state as for another batch size; compared runs that set their own keep theirs.
     */
    public Optional<Problem> setL2(double l2) {
        return change(() -> scene().withTraining(scene().training().withL2(l2)));
    }

    /** Dropout's share p (0: none) and early stopping's patience (0: none), as a change of L2 applies. */
    public Optional<Problem> setRegularisation(double dropout, int patience) {
        return change(() -> scene().withTraining(scene().training().withDropout(dropout).withEarlyStopping(patience)));
    }

    /** The epoch after which training ends; a finished run trains on when it is raised. */
    public Optional<Problem> setEpochs(int epochs) {
        var problem = raiseEpochs(epochs);
        if (problem.isEmpty()) {
            furtherBy = epochs;
        }
        return problem;
    }

    /** The epoch count, without changing how far "Train further" goes. */
    private Optional<Problem> raiseEpochs(int epochs) {
        return change(() -> scene().withTraining(scene().training().withEpochs(epochs)));
    }

    /** At most this many epochs per second (0: as fast as possible); applies at once. */
    public Optional<Problem> setSpeedLimit(double epochsPerSecond) {
        return change(() -> scene().withTraining(scene().training().withSpeedLimit(epochsPerSecond)));
    }

    // ---- parameters ----

    /** Reads a parameter file and shows its boundary at once; the network takes the file's width and depth. */
    public Optional<Problem> loadParameters(Path file) {
        Parameters loaded;
        try {
            loaded = ParameterFile.read(file);
        } catch (IOException e) {
            return Optional.of(Problem.of(e.getMessage()));
        }
        var n = scene().network();
        return change(() -> scene().withNetwork(new NetworkSetup(loaded.shape().hidden(), n.activation(),
                n.initSeed(), file.toAbsolutePath().toString(), loaded.shape().depth())));
    }

    /** Saves the current network (the first run's, when comparing) in the seed's format. */
    public Optional<Problem> saveParameters(Path file) {
        try {
            ParameterFile.write(file, runs.get(0).parameters());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.of(e.getMessage()));
        }
    }

    /** The folder the scene's file names are read against, or {@code null} for the working folder. */
    public Path folder() {
        return folder;
    }

    /** Where the initial weights come from, for the status line. */
    public String startSource() {
        return prepared.startSource();
    }

    // ---- comparison ----

    /** Trains these 2 to 4 runs side by side from the same weights on the same batches; starts over. */
    public Optional<Problem> compare(List<ComparisonRun> entries) {
        if (entries.size() < NetworkScene.MIN_COMPARED || entries.size() > NetworkScene.MAX_COMPARED) {
            return Optional.of(Problem.of(org.descentlab.ui.words.Words.get("network.compare.count")));
        }
        return change(() -> scene().withComparison(entries));
    }

    /** Back to a single run with the current settings. */
    public void stopComparing() {
        change(scene().withComparison(List.of()));
    }

    // ---- running ----

    /** Builds fresh runs from the initial weights (same seed, same weights) and pauses. */
    public void reset() {
        startRuns(trainers(prepared));
    }

    /** One trainer per run of {@code ready}, at its initial weights. */
    private static List<LiveTrainer> trainers(PreparedNetwork ready) {
        var trainers = new ArrayList<LiveTrainer>();
        for (int i = 0; i < ready.runs().size(); i++) {
            trainers.add(new LiveTrainer(ready.runs().get(i), ready.split(), ready.start(), ready.runs().size()));
        }
        return trainers;
    }

    /** Replaces the runs on show by fresh ones of these trainers, paused. */
    private void startRuns(List<LiveTrainer> trainers) {
        playing.set(false);
        runs.forEach(NetworkRun::close); // asks the old workers to stop; never waits for them here
        runs.clear();
        rate.clear();
        for (int i = 0; i < trainers.size(); i++) {
            runs.add(new NetworkRun(prepared.labels().get(i), prepared.runs().get(i), trainers.get(i), sessions));
        }
        runs.forEach(r -> r.session().setSpeedLimit(scene().training().speedLimit()));
        updateFinished();
        changed();
    }

    /** How runs get their session from the next {@link #reset()} on (tests put a failing step in between). */
    void useSessions(Function<TrainingSession.Steps, TrainingSession> factory) {
        sessions = factory;
    }

    /** Train if paused, pause if training; a finished run trains further. */
    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            train();
        }
    }

    /**
     * Trains until paused or the epoch count is reached. After the end it trains further from the current weights:
     * the epoch count is raised by the count last chosen (1000 → 2000 → 3000; the Epochs field says so).
     */
    public void train() {
        readyToTrain(false);
        playing.set(true);
        runs.forEach(r -> {
            r.expectWork();
            r.session().play();
        });
        changed();
    }

    /**
     * A run that failed (its loss blew up, or memory ran out) cannot go on and starts over; runs that reached their
     * epoch count get a higher one: one more for One epoch, the count last chosen for Train.
     */
    private void readyToTrain(boolean oneMore) {
        if (failure() != null) {
            reset();
            return;
        }
        updateFinished();
        if (finished.get()) {
            int reached = runs.stream().mapToInt(r -> r.snapshot().epoch()).max().orElse(0);
            long further = oneMore ? 1 : Math.max(1, furtherBy);
            raiseEpochs((int) Math.min(NetworkLimits.EPOCHS.max(), reached + further));
        }
    }

    public void pause() {
        playing.set(false);
        runs.forEach(r -> {
            if (r.session().state() == TrainingSession.State.RUNNING) {
                r.expectWork(); // it will pause and say so
            }
            r.session().pause();
        });
        changed();
    }

    /** Every run to the end of its current epoch (a whole one when paused between epochs), then paused. */
    public void oneEpoch() {
        readyToTrain(true);
        playing.set(false);
        runs.forEach(r -> {
            r.expectWork();
            r.session().stepEpoch();
        });
        changed();
    }

    /** Whether every run has reached its epoch count (Train then trains further). */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    private void updateFinished() {
        finished.set(runs.stream().allMatch(r -> r.session().state() == TrainingSession.State.FINISHED));
    }

    /**
     * Called once per frame: takes the metrics and the newest snapshot of every run, and notices when all runs are
     * done.
     *
     * @return the number of epochs finished since the last frame, over all runs
     */
    public int poll(long nanos) {
        // Settled before drained: whatever a settled worker published is then taken in this same frame.
        boolean settled = true;
        for (NetworkRun run : runs) {
            settled &= run.settled();
        }
        int fresh = 0;
        for (NetworkRun run : runs) {
            fresh += run.poll();
        }
        var states = runs.stream().map(r -> r.session().state()).toList();
        if (playing.get() && states.stream().allMatch(s -> s == TrainingSession.State.FINISHED
                || s == TrainingSession.State.FAILED)) {
            playing.set(false);
        }
        updateFinished();
        idle = settled && !playing.get();
        if (idle) {
            rate.clear();
        }
        rate.addLast(new long[] {nanos, runs.get(0).epoch()});
        while (rate.size() > 2 && nanos - rate.peekFirst()[0] > 1_000_000_000L) {
            rate.removeFirst();
        }
        if (fresh > 0) {
            changed();
        }
        return fresh;
    }

    /**
     * Whether the last {@link #poll} found nothing more to come: not training, and every worker paused or ended with
     * all it published taken. The frame loop may stop then until the next change.
     */
    boolean idle() {
        return idle;
    }

    /** Epochs per second of the first run over the last second. */
    public double epochsPerSecond() {
        if (rate.size() < 2) {
            return 0;
        }
        long[] first = rate.peekFirst();
        long[] last = rate.peekLast();
        double seconds = (last[0] - first[0]) / 1e9;
        return seconds > 0 ? (last[1] - first[1]) / seconds : 0;
    }

    /** Why a run failed, or {@code null}. */
    public String failure() {
        return runs.stream().map(r -> r.session().failure()).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** What the worker of the run that {@link #failure()} speaks of threw, or {@code null} (a loss that blew up). */
    public Throwable failureCause() {
        return runs.stream().filter(r -> r.session().failure() != null).findFirst()
                .map(r -> r.session().failureCause()).orElse(null);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** Stops every worker (the window is closing), waiting half a second at most for all of them together. */
    @Override
    public void close() {
        runs.forEach(NetworkRun::close);
        long deadline = System.nanoTime() + 500_000_000L;
        for (NetworkRun run : runs) {
            run.session().awaitEnd((deadline - System.nanoTime()) / 1_000_000);
        }
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<TrainingSettings> settingsProperty() {
        return settings;
    }

    public TrainingSettings settings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<ClusterSettings> clustersProperty() {
        return clusters;
    }

    public ReadOnlyObjectProperty<HyperparameterValues> hyperparametersProperty() {
        return hyperparameters;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public ReadOnlyStringProperty dataSourceProperty() {
        return dataSource.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /** The runs on show: one, or two to four when comparing. */
    List<NetworkRun> runs() {
        return runs;
    }

    /** The first run (the only one unless comparing). */
    NetworkRun run() {
        return runs.get(0);
    }

    /** The most epochs any run on show has trained: what a change that starts over would throw away. */
    public int trainedEpochs() {
        return runs.stream().mapToInt(NetworkRun::epoch).max().orElse(0);
    }

    /** Epochs finished by the first run, as far as the JavaFX thread has seen. */
    public int epoch() {
        return run().epoch();
    }

    /** The newest parameters of the first run. */
    public Parameters parameters() {
        return run().parameters();
    }

    /** The last epoch's metrics of the first run, or {@code null} before the first epoch. */
    public org.descentlab.core.nn.EpochMetrics lastEpoch() {
        var history = run().history();
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /**
     * The hidden activation the parameters {@code p} were trained with: that of the run on show whose newest
     * parameters they are (compared runs may each have their own), else the network's.
     */
    public org.descentlab.core.nn.Activation activationOf(Parameters p) {
        for (NetworkRun run : runs) {
            if (run.parameters() == p) {
                return run.settings().activation();
            }
        }
        return settings.get().activation();
    }

    /**
     * The network {@code p} scored on every training point (with the activation of the run it belongs to, see
     * {@link #activationOf}), remembered for the last parameters asked about: the map and the figures above it ask
     * for the same snapshot.
     */
    public Predictions predictions(Parameters p) {
        var activation = activationOf(p);
        if (p != scoredParameters || activation != scoredActivation || lastPredictions == null) {
            lastPredictions = Predictions.of(p, activation, prepared.split().train());
            scoredParameters = p;
            scoredActivation = activation;
        }
        return lastPredictions;
    }

    /** Training and validation data as split. */
    public DatasetSplit split() {
        return prepared.split();
    }
}
