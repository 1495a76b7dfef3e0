package org.descentlab.ui.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.session.TrainingSession;

/**
 * The state of the network tab without any node: the data, the network and training settings, and the running
 * training sessions (one, or two to four when comparing). Every change of data or network settings starts over from
 * the initial weights of the seed (or of a loaded parameter file); hyperparameters and the speed limit reach running
 * sessions at once. All methods run on the JavaFX thread; the training itself runs on the sessions' workers.
 *
 * <p>Methods that can fail return {@code null} on success or a message for the student, and change nothing on
 * failure.
 */
public final class NetworkTabModel implements AutoCloseable {

    public static final int MAX_HIDDEN = 512;
    public static final int MAX_CLUSTERS = 20;
    public static final int MAX_POINTS = 2000;
    public static final int MAX_EPOCHS = 100_000;

    private final ObjectProperty<TrainingSettings> settings = new SimpleObjectProperty<>(TrainingSettings.seedDefaults());
    private final ObjectProperty<ClusterSettings> clusters = new SimpleObjectProperty<>(ClusterSettings.defaults());
    private final ObjectProperty<HyperparameterValues> hyperparameters =
            new SimpleObjectProperty<>(TrainingSettings.seedDefaults().hyperparameters());
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dataSource = new ReadOnlyStringWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final BooleanProperty comparing = new SimpleBooleanProperty();
    private final LongProperty revision = new SimpleLongProperty();
    private final List<NetworkRun> runs = new ArrayList<>();
    private final ArrayDeque<long[]> rate = new ArrayDeque<>();
    private List<ComparisonEntry> comparison = List.of();
    private DatasetSplit split;
    private Parameters startParameters;
    private String startSource;
    private double speedLimit;
    private Function<Trainer, TrainingSession> sessions = TrainingSession::new;

    /** Opens with the seed's defaults: ten clusters of 100 points, 2-128-10 sigmoid, Adam 0.001, batch 32. */
    public NetworkTabModel() {
        useData(GaussianClusters.generate(clusters.get()), describe(clusters.get()), clusters.get(), null, null);
    }

    // ---- data ----

    /** Generates new clusters; refuses settings outside the tab's limits. */
    public String regenerate(int count, int pointsPerCluster, double spread, long seed, double validationSplit) {
        if (count < 2 || count > MAX_CLUSTERS) {
            return "Clusters must be between 2 and " + MAX_CLUSTERS;
        }
        if (pointsPerCluster < 1 || pointsPerCluster > MAX_POINTS) {
            return "Points per cluster must be between 1 and " + MAX_POINTS;
        }
        if (!(spread > 0 && spread <= 10)) {
            return "The spread σ must be above 0 and at most 10";
        }
        if (!(validationSplit >= 0 && validationSplit <= 0.5)) {
            return "The validation split must be between 0 and 0.5";
        }
        var wanted = new ClusterSettings(count, pointsPerCluster, spread, ClusterSettings.defaults().range(), seed,
                validationSplit);
        String problem = useData(GaussianClusters.generate(wanted), describe(wanted), wanted, null, null);
        return problem;
    }

    /** Reads a dataset file in the seed's format; on failure everything stays as it was. */
    public String loadDataset(Path file) {
        Dataset loaded;
        try {
            loaded = DatasetFile.read(file);
        } catch (IOException e) {
            return e.getMessage();
        }
        if (loaded.size() < 2 || loaded.classes() < 2) {
            return file.getFileName() + ": needs at least two points of two classes";
        }
        if (loaded.classes() > MAX_CLUSTERS) {
            return file.getFileName() + ": has " + loaded.classes() + " classes; the tab draws at most " + MAX_CLUSTERS;
        }
        boolean keepStart = startParameters != null && startParameters.shape().classes() == loaded.classes();
        return useData(loaded, file.getFileName().toString(), clusters.get(), keepStart ? startParameters : null,
                keepStart ? startSource : null);
    }

    /** Saves the data in the seed's format. */
    public String saveDataset(Path file) {
        try {
            DatasetFile.write(file, dataset.get());
            return null;
        } catch (IOException | RuntimeException e) {
            return file.getFileName() + ": could not be saved (" + e.getMessage() + ")";
        }
    }

    /**
     * Switches to new data (with the cluster settings and start parameters that go with it) only if runs can be built
     * on it; otherwise returns why not and changes nothing.
     */
    private String useData(Dataset data, String source, ClusterSettings settingsOfData, Parameters start,
            String startFrom) {
        double fraction = settingsOfData.validationFraction();
        var newSplit = fraction > 0 ? DatasetSplit.stratified(data, fraction, settingsOfData.seed())
                : new DatasetSplit(data, new Dataset(new double[0], new int[0], data.classes()));
        if (newSplit.train().size() == 0) {
            return "The validation split leaves no points to train on";
        }
        var oldData = dataset.get();
        var oldSplit = split;
        var oldClusters = clusters.get();
        var oldStart = startParameters;
        var oldStartFrom = startSource;
        dataset.set(data);
        split = newSplit;
        clusters.set(settingsOfData);
        startParameters = start;
        startSource = startFrom;
        try {
            reset();
        } catch (IllegalArgumentException e) {
            dataset.set(oldData);
            split = oldSplit;
            clusters.set(oldClusters);
            startParameters = oldStart;
            startSource = oldStartFrom;
            return "These data cannot be trained on: " + e.getMessage();
        }
        dataSource.set(source);
        return null;
    }

    private static String describe(ClusterSettings c) {
        return c.clusters() + " clusters × " + c.pointsPerCluster() + " points, σ " + c.spread() + ", seed " + c.seed();
    }

    // ---- network and training settings ----

    /** Hidden width, activation and initialisation seed; starts over. */
    public String setNetwork(int hidden, org.descentlab.core.nn.Activation activation, long initSeed) {
        if (hidden < 1 || hidden > MAX_HIDDEN) {
            return "The hidden layer must have between 1 and " + MAX_HIDDEN + " units";
        }
        var s = settings.get();
        settings.set(new TrainingSettings(hidden, activation, s.optimizer(), s.hyperparameters(), s.batchSize(),
                s.shuffle(), s.epochs(), initSeed, s.shuffleSeed()));
        if (startParameters != null && startParameters.shape().hidden() != hidden) {
            startParameters = null;
            startSource = null;
        }
        reset();
        return null;
    }

    /** Another optimizer at its default hyperparameters; starts over. */
    public void setOptimizer(OptimizerType type) {
        settings.set(settings.get().withOptimizer(type));
        hyperparameters.set(type.defaults());
        reset();
    }

    /** One hyperparameter of the optimizer; running sessions take it before their next batch. */
    public String setHyperparameter(String key, double value) {
        HyperparameterValues next;
        try {
            next = hyperparameters.get().with(key, value);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        hyperparameters.set(next);
        settings.set(settings.get().withHyperparameters(next));
        if (!comparing.get()) {
            runs.forEach(r -> r.session().setHyperparameters(next));
        }
        return null;
    }

    /** Points per step: 1 … N, or {@link TrainingSettings#FULL_BATCH}; starts over. */
    public String setBatchSize(int size) {
        if (size < 1) {
            return "The batch size must be at least 1";
        }
        settings.set(settings.get().withBatchSize(size));
        reset();
        return null;
    }

    /** Epochs of a full run; starts over. */
    public String setEpochs(int epochs) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            return "Epochs must be between 1 and " + MAX_EPOCHS;
        }
        settings.set(settings.get().withEpochs(epochs));
        reset();
        return null;
    }

    /** At most this many epochs per second (0: as fast as possible); applies at once. */
    public void setSpeedLimit(double epochsPerSecond) {
        speedLimit = epochsPerSecond;
        runs.forEach(r -> r.session().setSpeedLimit(epochsPerSecond));
    }

    // ---- parameters ----

    /** Reads a parameter file and shows its boundary at once; the network takes the file's hidden width. */
    public String loadParameters(Path file) {
        Parameters loaded;
        try {
            loaded = ParameterFile.read(file);
        } catch (IOException e) {
            return e.getMessage();
        }
        if (loaded.shape().classes() != dataset.get().classes()) {
            return file.getFileName() + ": the network has " + loaded.shape().classes() + " outputs but the data has "
                    + dataset.get().classes() + " classes";
        }
        if (loaded.shape().hidden() > MAX_HIDDEN) {
            return file.getFileName() + ": " + loaded.shape().hidden() + " hidden units; the tab allows at most "
                    + MAX_HIDDEN;
        }
        var s = settings.get();
        settings.set(new TrainingSettings(loaded.shape().hidden(), s.activation(), s.optimizer(), s.hyperparameters(),
                s.batchSize(), s.shuffle(), s.epochs(), s.initSeed(), s.shuffleSeed()));
        startParameters = loaded;
        startSource = file.getFileName().toString();
        reset();
        return null;
    }

    /** Saves the current network (the first run's, when comparing) in the seed's format. */
    public String saveParameters(Path file) {
        try {
            ParameterFile.write(file, runs.get(0).parameters());
            return null;
        } catch (IOException | RuntimeException e) {
            return file.getFileName() + ": could not be saved (" + e.getMessage() + ")";
        }
    }

    /** Where the initial weights come from, for the status line. */
    public String startSource() {
        return startSource == null ? "Glorot-uniform, seed " + settings.get().initSeed() : startSource;
    }

    // ---- comparison ----

    /** Trains these 2 to 4 runs side by side from the same weights on the same batches; starts over. */
    public String compare(List<ComparisonEntry> entries) {
        if (entries.size() < 2 || entries.size() > 4) {
            return "Choose two to four runs to compare";
        }
        comparison = List.copyOf(entries);
        comparing.set(true);
        reset();
        return null;
    }

    /** Back to a single run with the current settings. */
    public void stopComparing() {
        comparing.set(false);
        reset();
    }

    // ---- running ----

    /** Builds fresh runs from the initial weights (same seed, same weights) and pauses. */
    public void reset() {
        playing.set(false);
        var base = settings.get();
        var start = startParameters != null ? startParameters
                : GlorotUniform.initialize(base.shape(dataset.get().classes()), base.initSeed());
        // The trainers are built before anything is replaced: if the settings do not fit the data, this throws and
        // the runs on show stay as they were.
        var trainers = new ArrayList<Trainer>();
        var labels = new ArrayList<String>();
        var settingsOfRuns = new ArrayList<TrainingSettings>();
        if (comparing.get()) {
            for (ComparisonEntry e : comparison) {
                var s = base.withOptimizer(e.type(), e.values());
                trainers.add(new Trainer(s, split, start));
                labels.add(e.label());
                settingsOfRuns.add(s);
            }
        } else {
            trainers.add(new Trainer(base, split, start));
            labels.add(base.optimizer().name());
            settingsOfRuns.add(base);
        }
        runs.forEach(NetworkRun::close); // asks the old workers to stop; never waits for them here
        runs.clear();
        rate.clear();
        for (int i = 0; i < trainers.size(); i++) {
            runs.add(new NetworkRun(labels.get(i), settingsOfRuns.get(i), sessions.apply(trainers.get(i))));
        }
        runs.forEach(r -> r.session().setSpeedLimit(speedLimit));
        changed();
    }

    /** How runs get their session from the next {@link #reset()} on (tests put a failing step in between). */
    void useSessions(Function<Trainer, TrainingSession> factory) {
        sessions = factory;
    }

    /** Train if paused, pause if training; a finished run starts over. */
    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            train();
        }
    }

    public void train() {
        resetIfOver();
        playing.set(true);
        runs.forEach(r -> r.session().play());
    }

    /** A run that finished or failed has no worker left: starting again means starting over. */
    private void resetIfOver() {
        if (runs.stream().allMatch(r -> r.session().state() == TrainingSession.State.FINISHED)
                || failure() != null) {
            reset();
        }
    }

    public void pause() {
        playing.set(false);
        runs.forEach(r -> r.session().pause());
    }

    /** Every run to the end of its current epoch (a whole one when paused between epochs), then paused. */
    public void oneEpoch() {
        resetIfOver();
        playing.set(false);
        runs.forEach(r -> r.session().stepEpoch());
    }

    /**
     * Called once per frame: takes the metrics and the newest snapshot of every run, and notices when all runs are
     * done.
     *
     * @return the number of epochs finished since the last frame, over all runs
     */
    public int poll(long nanos) {
        int fresh = 0;
        for (NetworkRun run : runs) {
            fresh += run.poll();
        }
        var states = runs.stream().map(r -> r.session().state()).toList();
        if (playing.get() && states.stream().allMatch(s -> s == TrainingSession.State.FINISHED
                || s == TrainingSession.State.FAILED)) {
            playing.set(false);
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

    public ObjectProperty<TrainingSettings> settingsProperty() {
        return settings;
    }

    public TrainingSettings settings() {
        return settings.get();
    }

    public ObjectProperty<ClusterSettings> clustersProperty() {
        return clusters;
    }

    public ObjectProperty<HyperparameterValues> hyperparametersProperty() {
        return hyperparameters;
    }

    public ObjectProperty<Dataset> datasetProperty() {
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

    public BooleanProperty comparingProperty() {
        return comparing;
    }

    public LongProperty revisionProperty() {
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

    /** Training and validation data as split. */
    public DatasetSplit split() {
        return split;
    }
}
