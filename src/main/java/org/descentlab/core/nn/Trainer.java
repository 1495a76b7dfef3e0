package org.descentlab.core.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.Objective;
import org.descentlab.core.optim.Optimizer;

/**
 * Trains the network with any registered optimizer, the same objects that walk the loss surfaces: every weight and
 * bias is one flat {@code double[]} (laid out by {@link NetworkShape}) and the {@link Objective} handed to the
 * optimizer back-propagates the current batch at whatever point it is asked (NAG asks at its look-ahead point).
 *
 * <p>Stepping is explicit and single-threaded: {@link #stepBatch()}, {@link #stepEpoch()}, {@link #run(int)};
 * a caller that wants to stop or pause checks its own flag between calls. {@link #snapshot()} copies the state for
 * another thread. Same settings, data and start give bit-identical parameters: every random choice is seeded, Java
 * float arithmetic is strict, and C2 never reorders it, so vectorised and scalar code compute the same bits.
 *
 * <p>The epoch's loss and accuracy are Keras' running means: each batch contributes the per-point losses of the
 * forward pass at the parameters before its update. Before every step the trainer copies the parameters; if the
 * optimizer's first gradient request is at a point equal to that copy (every optimizer here, and NAG on its first
 * step), the forward pass of that request is the measurement; otherwise (NAG's look-ahead) one extra forward pass at
 * the copy measures the batch, which costs NAG about 40 % more time. Comparing and copying cost nothing measurable.
 *
 * <p>With an L2 penalty ({@link TrainingSettings#l2()}) the gradient handed to the optimizer is that of the
 * cross-entropy plus (λ/2)·Σw² over the weights; the metrics stay the cross-entropy and accuracy alone.
 *
 * <p>With dropout ({@link TrainingSettings#dropout()} p &gt; 0) every step draws one mask for its batch (see
 * {@link DropoutMasks}) from a stream of its own, a {@link SplittableRandom} seeded with the shuffle seed XOR
 * {@link #DROPOUT_SEED} (another generator and seed than the shuffles'), so that the same settings give the same
 * masks; every gradient the optimizer asks for in that step (NAG's look-ahead too) and the batch's measured loss use
 * that mask. Validation, maps, probes and evaluation never drop anything. Without dropout no stream exists and the
 * steps are exactly those of a trainer that never had dropout.
 *
 * <p>With early stopping ({@link TrainingSettings#patience()} k &gt; 0) and a validation split, every epoch's
 * validation loss is watched ({@link EarlyStopping}: Keras' {@code restore_best_weights=True}): after k epochs without
 * a lower one the run is finished with the best epoch's parameters, and the stopping epoch's metrics say which epoch
 * was kept ({@link EpochMetrics#kept()}); a run that reaches its epoch count first also ends with the best epoch's
 * parameters. Without a validation split the patience has nothing to watch and changes nothing (the window and
 * {@code train} say so). Stepping on after a stop trains on from the kept parameters and watches afresh.
 */
public final class Trainer {

    /** XORed with the shuffle seed to seed the dropout masks' stream ("DROPOUT" in ASCII). */
    public static final long DROPOUT_SEED = 0x44524F504F5554L;

    private TrainingSettings settings;
    private final Dataset train;
    private final Dataset validation;
    private final NetworkShape shape;
    private final Optimizer optimizer;
    private final double[] params;
    private final double[] preStep;
    private final BatchKernel kernel;
    private final BatchKernel evaluator;
    private final int[] order;
    private final Random shuffler;
    private final int batchSize;
    private final int batchesPerEpoch;
    private final Objective objective = this::batchGradient;
    private final List<EpochMetrics> history = new ArrayList<>();
    /** The dropout masks' own random stream; null without dropout. */
    private final SplittableRandom dropoutStream;
    /** The early-stopping watch; null without patience or without validation points. */
    private final EarlyStopping watch;
    private boolean stoppedEarly;

    private int epoch;
    private int batch;
    private double epochLoss;
    private long epochCorrect;
    private boolean batchMeasured;
    private boolean logGradients;
    private GradientProbe probe;


    /** A run from Glorot-uniform parameters ({@link TrainingSettings#initSeed()}) on the split's training points. */
    public Trainer(TrainingSettings settings, DatasetSplit data) {
        this(settings, data, GlorotUniform.initialize(settings.shape(data.train().classes()), settings.initSeed()));
    }

    /** A run without validation from Glorot-uniform parameters. */
    public Trainer(TrainingSettings settings, Dataset train) {
        this(settings, new DatasetSplit(train, new Dataset(new double[0], new int[0], train.classes())));
    }

    /** A run starting from the given parameters (copied), which must fit the settings and the data's classes. */
    public Trainer(TrainingSettings settings, DatasetSplit data, Parameters start) {
        if (data.train().size() == 0) {
            throw new IllegalArgumentException("no training points");
        }
        shape = settings.shape(data.train().classes());
        if (!start.shape().equals(shape)) {
            throw new IllegalArgumentException("start parameters are for " + start.shape() + ", settings and data give "
                    + shape);
        }
        this.settings = settings;
        train = data.train();
        validation = data.validation();
        optimizer = settings.optimizer().create(settings.hyperparameters());
        params = start.values().clone();
        preStep = new double[params.length];
        batchSize = Math.min(settings.batchSize(), train.size());
        batchesPerEpoch = (train.size() + batchSize - 1) / batchSize;
        kernel = new BatchKernel(shape, settings.activation(), batchSize);
        evaluator = validation.size() == 0 ? null
                : new BatchKernel(shape, settings.activation(), Math.min(256, validation.size()));
        order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffler = new Random(settings.shuffleSeed());
        if (settings.dropout() > 0) {
            kernel.enableDropout(settings.dropout());
            dropoutStream = new SplittableRandom(settings.shuffleSeed() ^ DROPOUT_SEED);
        } else {
            dropoutStream = null;
        }
        watch = settings.patience() > 0 && evaluator != null ? new EarlyStopping(settings.patience(), params.length)
                : null;
    }

    /**
     * One optimizer step on the next batch; an epoch ends after its last (possibly smaller) batch.
     *
     * @return the finished epoch's metrics if this step completed an epoch, else {@code null}
     */
    public EpochMetrics stepBatch() {
        if (batch == 0) {
            startEpoch();
        }
        int from = batch * batchSize;
        kernel.setBatch(train, order, from, Math.min(from + batchSize, train.size()));
        if (dropoutStream != null) {
            kernel.drawMask(dropoutStream);
        }
        System.arraycopy(params, 0, preStep, 0, params.length);
        batchMeasured = false;
        optimizer.step(params, objective);
        if (!batchMeasured) {
            kernel.load(preStep);
            kernel.forward();
            measureBatch(kernel.softmaxCrossEntropy());
        }
        batch++;
        return batch == batchesPerEpoch ? finishEpoch() : null;
    }

    /** Steps to the end of the current epoch (a whole epoch when at its start) and returns its metrics. */
    public EpochMetrics stepEpoch() {
        EpochMetrics finished;
        do {
            finished = stepBatch();
        } while (finished == null);
        return finished;
    }

    /** Trains {@code epochs} more epochs and returns their metrics. */
    public List<EpochMetrics> run(int epochs) {
        var metrics = new ArrayList<EpochMetrics>(epochs);
        for (int e = 0; e < epochs; e++) {
            metrics.add(stepEpoch());
        }
        return metrics;
    }

    /** Trains until {@link TrainingSettings#epochs()} epochs are complete. */
    public List<EpochMetrics> runToEnd() {
        var metrics = new ArrayList<EpochMetrics>();
        while (!isFinished()) {
            metrics.add(stepEpoch());
        }
        return metrics;
    }

    /** Whether the settings' epoch count has been reached, or early stopping has ended the run. */
    public boolean isFinished() {
        return epoch >= settings.epochs() || stoppedEarly;
    }

    /** Whether early stopping ended the run: k epochs passed without a lower validation loss. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** Whether early stopping watches this run: a patience was set and there are validation points. */
    public boolean watchesValidation() {
        return watch != null;
    }

    /**
     * The epoch with the lowest validation loss so far, whose parameters early stopping keeps (after a stop: those
     * the run holds); 0 when early stopping does not watch this run or before its first epoch.
     */
    public int bestEpoch() {
        return watch == null ? 0 : watch.bestEpoch();
    }

    /**
     * Ends the watch as the end of a run does: the best epoch's parameters replace the current ones. For a caller
     * that decides itself when a run ends (the window's runs train without an epoch count of their own).
     *
     * @return the epoch whose parameters the run now holds, or 0 when early stopping does not watch this run
     */
    public int restoreBest() {
        return watch == null ? 0 : watch.restore(params);
    }

    /** Replaces the optimizer's hyperparameters from the next step on; its state (moments, step count) is kept. */
    public void configure(HyperparameterValues values) {
        optimizer.configure(values);
        settings = settings.withHyperparameters(values);
        scheduleLearningRate();
    }

    /**
     * Whether every epoch's metrics carry {@link LayerGradients}: at the end of each epoch, one extra pass over the
     * whole training set at the epoch-end parameters measures each weight layer's gradient norm and each hidden
     * layer's saturated share. Off by default; the pass changes nothing in the training (the same parameters and
     * metrics come out either way) and costs nothing when off.
     */
    public void logGradients(boolean on) {
        logGradients = on;
    }

    /** Whether {@link #logGradients} is on. */
    public boolean logsGradients() {
        return logGradients;
    }

    /** The settings in force (with the latest {@link #configure} values). */
    public TrainingSettings settings() {
        return settings;
    }

    /** Completed epochs. */
    public int epoch() {
        return epoch;
    }

    /** Batches done in the current epoch. */
    public int batch() {
        return batch;
    }

    /** Batches in every epoch: ⌈N / B⌉. */
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /** Optimizer steps taken. */
    public long steps() {
        return optimizer.steps();
    }

    /** A copy of the current parameters. */
    public Parameters parameters() {
        return new Parameters(shape, params.clone());
    }

    /** The metrics of every completed epoch so far. */
    public List<EpochMetrics> history() {
        return List.copyOf(history);
    }

    /** An immutable copy of the parameters and metrics so far. */
    public TrainingSnapshot snapshot() {
        return new TrainingSnapshot(parameters(), history, epoch, batch, optimizer.steps());
    }

    /**
     * A copy of the parameters and counters without the metrics history: what a worker publishes many times a
     * second (copying the history each time would cost time growing with the square of the epochs).
     */
    public TrainingSnapshot parametersSnapshot() {
        return new TrainingSnapshot(parameters(), java.util.List.of(), epoch, batch, optimizer.steps());
    }

    /** At an epoch's start: watch afresh after a stop, put the points in a new order, set the scheduled rate. */
    private void startEpoch() {
        if (stoppedEarly) {
            stoppedEarly = false;
            watch.reset();
        }
        if (settings.shuffle()) {
            shuffle();
        }
        scheduleLearningRate();
    }

    /**
     * The learning-rate schedule's hook: the optimizer's {@code lr} becomes γ₀ · multiplier(t), t the epochs completed
     * (γ₀ the rate in the settings). A constant schedule configures nothing, so runs without one stay bit-identical.
     */
    private void scheduleLearningRate() {
        if (!settings.schedule().constant()) {
            optimizer.configure(settings.schedule().at(settings.hyperparameters(), epoch));
        }
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffler.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /**
     * The objective: mean cross-entropy of the current batch, back-propagated at {@code point}, plus the L2 penalty's
     * λ·w on the weights (PyTorch's {@code weight_decay}: every optimizer sees the penalised gradient).
     */
    private void batchGradient(double[] point, double[] out) {
        kernel.load(point);
        kernel.forward();
        double loss = kernel.softmaxCrossEntropy();
        if (!batchMeasured && Arrays.equals(point, preStep)) {
            measureBatch(loss);
        }
        kernel.backward();
        kernel.writeGradient(out, settings.l2());
    }

    private void measureBatch(double lossSum) {
        epochLoss += lossSum;
        epochCorrect += kernel.correct();
        batchMeasured = true;
    }

    private LayerGradients measureGradients() {
        if (probe == null) {
            probe = new GradientProbe(shape, settings.activation(), train.size());
        }
        return probe.measure(params, train);
    }

    private EpochMetrics finishEpoch() {
        double validationLoss = Double.NaN;
        double validationAccuracy = Double.NaN;
        if (evaluator != null) {
            evaluator.load(params);
            double total = 0;
            long correct = 0;
            for (int from = 0; from < validation.size(); from += evaluator.capacity()) {
                evaluator.setBatch(validation, from, Math.min(from + evaluator.capacity(), validation.size()));
                evaluator.forwardOnly();
                total += evaluator.softmaxCrossEntropy();
                correct += evaluator.correct();
            }
            validationLoss = total / validation.size();
            validationAccuracy = 100.0 * correct / validation.size();
        }
        epoch++;
        var metrics = new EpochMetrics(epoch, epochLoss / train.size(), 100.0 * epochCorrect / train.size(),
                validationLoss, validationAccuracy, logGradients ? measureGradients() : null);
        if (watch != null) {
            metrics = watchEpoch(metrics);
        }
        history.add(metrics);
        batch = 0;
        epochLoss = 0;
        epochCorrect = 0;
        return metrics;
    }

    /** Early stopping after the epoch of {@code m}: stops and restores when patience runs out or the run ends. */
    private EpochMetrics watchEpoch(EpochMetrics m) {
        boolean stop = watch.observe(epoch, m.validationLoss(), params);
        if (!stop && epoch < settings.epochs()) {
            return m;
        }
        stoppedEarly = stop;
        return m.withKept(watch.restore(params), stop);
    }
}
