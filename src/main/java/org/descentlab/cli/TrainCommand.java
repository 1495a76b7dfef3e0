package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.scene.DataSetup;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.NetworkSetup;
import org.descentlab.core.scene.PreparedNetwork;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.TrainingSetup;
import org.descentlab.session.KernelWarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train}: the seed script's training run, headless. It trains a {@link NetworkScene}: the seed's (the
 * defaults), or a scene file's ({@code --scene}), with any option given beside it overriding the scene's value. Every
 * value is checked against the limits declared in {@link NetworkLimits}, as the window checks it. {@code --seed Z}
 * seeds the data (Z), the initialisation (Z) and the shuffles (Z + 1). {@code --data spiral|xor|circles|moons}
 * trains on a two-class picture ({@link org.descentlab.core.nn.PlaygroundData}) of {@code --points} points per class
 * with noise {@code --noise}; the default, {@code clusters}, is the seed's.
 *
 * <p>With {@code --log-gradients} each epoch line ends with the network's gradient diagnostics at the epoch's end
 * ({@link org.descentlab.core.nn.LayerGradients}): {@code , Grad: g0 g1 … gK, Saturated: s1 … sK}, where gl is the
 * norm ‖∂L/∂W_l‖ of weight layer l (layer 0 takes the inputs, layer K gives the classes) as {@code %.3e}, and sk the
 * share of saturated units of hidden layer k (first first) as {@code %.4f}, 0 to 1. For example, at depth 2:
 * {@code Epoch 1, Loss: 2.165929, Accuracy: 27.800000, Grad: 1.307e-01 1.709e-01 3.043e-01, Saturated: 0.0000 0.0000}
 * (the seed protocol with {@code --layers 2}).
 * Without the option the line is the seed's.
 *
 * <p>{@code --dropout p} drops that share of hidden units in every training step (inverted dropout, seeded by the
 * shuffle seed). {@code --early-stopping k} watches the validation loss (it needs {@code --val-split}; without one a
 * note on stderr says it has no effect): after k epochs without a lower one training stops, and one more line follows
 * the epoch lines, {@code Early stopping: stopped after epoch 57, kept epoch 37 (Val Loss: 0.812345)}; a run that
 * reaches its epoch count first ends with {@code Early stopping: reached epoch 1000, kept epoch 937 (Val Loss: …)}.
 * Either way the parameters saved ({@code --save-params}) are the kept epoch's.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the 2-H-k network and print one line per epoch, as the seed script does.")
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scene", paramLabel = "FILE.dlab.json", description = "Train this scene's network setup.")
    Path scene;

    @Option(names = "--dataset", paramLabel = "FILE.npz", description = "Train on this file (inputs, labels).")
    Path dataset;

    @Option(names = "--clusters", paramLabel = "K", description = "Clusters to generate, 2 to 50 (default 10).")
    String clusters;

    @Option(names = "--points", paramLabel = "N",
            description = "Points per cluster, or per class of the other kinds of data, 1 to 10000 (default 100).")
    String points;

    @Option(names = "--spread", paramLabel = "S", description = "Standard deviation σ of each cluster, 0 to 10.")
    String spread;

    @Option(names = "--data", paramLabel = "KIND",
            description = "Data to generate: clusters (default), spiral, xor, circles or moons (two classes each).")
    String kindId;

    @Option(names = "--noise", paramLabel = "S",
            description = "Noise σ on the points of spiral, xor, circles or moons, 0 to 5 (default 0.5).")
    String noise;

    @Option(names = "--seed", paramLabel = "Z", description = "Seed of data (Z), weights (Z), shuffles (Z + 1).")
    Long seed;

    @Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Option(names = "--batch", paramLabel = "B",
            description = "Batch size: 1 (stochastic), 32 (default), ..., or 'full'.")
    String batch;

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs, 0 to 1000000 (default 1000).")
    String epochs;

    @Mixin
    ScheduleOptions schedule = new ScheduleOptions();

    @Option(names = "--l2", paramLabel = "L",
            description = "L2 penalty (λ/2)·Σw² on the weights, as PyTorch's weight_decay: 0 (default) to 1.")
    String l2;

    @Option(names = "--dropout", paramLabel = "P",
            description = "Share of hidden units dropped in every training step: 0 (default) to 0.9.")
    String dropout;

    @Option(names = "--early-stopping", paramLabel = "K",
            description = "Stop after K epochs without a lower validation loss and keep the best epoch's parameters "
                    + "(needs --val-split): 0 (default, never) to 100000.")
    String earlyStopping;

    @Option(names = "--hidden", paramLabel = "H",
            description = "Hidden units, 1 to 1024 (default 128, or the --init file's).")
    String hidden;

    @Option(names = "--layers", paramLabel = "K",
            description = "Hidden layers of H units each, 1 to 4 (default 1, or the --init file's).")
    String layers;

    @Option(names = "--activation", paramLabel = "NAME",
            description = "Hidden activation: sigmoid (default), tanh or relu.")
    String activation;

    @Option(names = "--log-gradients",
            description = "End each epoch line with every weight layer's gradient norm and every hidden layer's "
                    + "share of saturated units.")
    boolean logGradients;

    @Option(names = "--init", paramLabel = "PARAMS.npz", description = "Start from these parameters.")
    Path init;

    @Option(names = "--no-shuffle", description = "Batches are consecutive slices in dataset order.")
    boolean noShuffle;

    @Option(names = "--val-split", paramLabel = "F", description = "Fraction held out for validation, 0 to 0.9.")
    String valSplit;

    @Option(names = "--save-params", paramLabel = "OUT.npz", description = "Save the trained parameters.")
    Path saveParams;

    @Option(names = "--save-dataset", paramLabel = "OUT.npz", description = "Save the dataset trained on.")
    Path saveDataset;

    @Option(names = "--trajectory", paramLabel = "OUT.npz", description = "Save the parameters at each epoch.")
    Path trajectory;

    private TrajectoryOutput path;

    /** The JIT's warm-up, stopped when the real run begins; null if there is none. */
    private final KernelWarmUp warmUp;

    /** A command without a warm-up (the help lists it so). */
    public TrainCommand() {
        this(null);
    }

    /** A command that stops {@code warmUp} (may be null) when its training begins. */
    TrainCommand(KernelWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Integer call() {
        Outputs.check(saveParams, saveDataset, trajectory);
        NetworkScene wanted;
        Path folder = null;
        try {
            NetworkScene base = NetworkScene.defaults();
            if (scene != null) {
                var read = SceneFiles.read(scene, spec.commandLine().getErr());
                if (read.network() == null) {
                    throw new UsageError(scene + ": the scene sets up no network (it has no 'network' part)");
                }
                base = read.network();
                folder = SceneJson.folderOf(scene);
            }
            wanted = override(base);
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        }
        if (wanted.comparing()) {
            spec.commandLine().getErr().println("note: the scene compares " + wanted.comparison().size()
                    + " runs; train runs its main training setup (" + wanted.training().optimizer().id() + ")");
            wanted = wanted.withComparison(java.util.List.of());
        }
        PreparedNetwork prepared;
        try {
            prepared = PreparedNetwork.prepare(wanted, folder, Runtime.getRuntime().maxMemory());
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        }
        if (saveDataset != null) {
            Files.writeDataset(saveDataset, prepared.data());
        }
        var trainer = prepared.trainer(0);
        if (trainer.settings().patience() > 0 && !trainer.watchesValidation()) {
            spec.commandLine().getErr().println("note: early stopping watches the validation loss; without a "
                    + "validation split (--val-split) it has no effect");
        }
        if (warmUp != null) {
            warmUp.close();
        }
        path = TrajectoryOutput.start(trajectory, trainer);
        trainer.logGradients(logGradients);
        boolean finished = run(trainer, wanted.training().epochs());
        if (saveParams != null) {
            if (!finished) {
                throw new UsageError("training diverged, so the parameters were not saved to " + saveParams);
            }
            Files.writeParameters(saveParams, trainer.parameters());
        }
        path.save(finished);
        return 0;
    }

    /** The scene with every option given on the command line put in, each checked against its declared limit. */
    private NetworkScene override(NetworkScene base) {
        var data = overrideData(base.data());
        var n = base.network();
        String initFile = init != null ? init.toAbsolutePath().toString() : n.initParameters();
        var initShape = init != null && (hidden == null || layers == null) ? Files.readParameters(init).shape() : null;
        int width = hidden != null ? (int) NetworkLimits.HIDDEN.parse(hidden, "--hidden")
                : initShape != null ? initShape.hidden() : n.hidden();
        int depth = layers != null ? (int) NetworkLimits.LAYERS.parse(layers, "--layers")
                : initShape != null ? initShape.depth() : n.layers();
        var network = new NetworkSetup(width, activation == null ? n.activation() : parseActivation(activation),
                seed != null ? seed : n.initSeed(), initFile, depth);
        var t = base.training();
        var type = optimizer.given() ? optimizer.type(t.optimizer().id()) : t.optimizer();
        var values = optimizer.values(type, type.equals(t.optimizer()) ? t.hyperparameters() : type.defaults());
        var training = new TrainingSetup(type, values, batch == null ? t.batchSize() : parseBatch(batch),
                epochs == null ? t.epochs() : (int) NetworkLimits.EPOCHS.parse(epochs, "--epochs"),
                noShuffle ? false : t.shuffle(), seed != null ? seed + 1 : t.shuffleSeed(), t.speedLimit(),
                l2 == null ? t.l2() : NetworkLimits.L2.parse(l2, "--l2"),
                dropout == null ? t.dropout() : NetworkLimits.DROPOUT.parse(dropout, "--dropout"),
                earlyStopping == null ? t.earlyStopping()
                        : (int) NetworkLimits.EARLY_STOPPING.parse(earlyStopping, "--early-stopping"),
                schedule.or(t.schedule()));
        return new NetworkScene(data, network, training, base.comparison());
    }

    /** The scene's data setup with the data options given put in; a kind named by {@code --data} is generated. */
    private DataSetup overrideData(DataSetup d) {
        boolean generating = clusters != null || points != null || spread != null || kindId != null || noise != null;
        if (dataset != null && generating) {
            throw new UsageError("--dataset cannot be combined with --data, --clusters, --points, --spread or --noise");
        }
        DatasetKind kind = kindId == null ? d.kind() : parseKind(kindId);
        if (kind == DatasetKind.CLUSTERS && noise != null) {
            throw new UsageError("--noise is for spiral, xor, circles or moons; clusters take --spread");
        }
        if (kind != DatasetKind.CLUSTERS && (clusters != null || spread != null)) {
            throw new UsageError("--clusters and --spread are for --data clusters; " + kind.id()
                    + " has two classes and takes --noise");
        }
        // Files named on the command line are relative to the working folder, not to the scene's: made absolute here.
        String file = dataset != null ? dataset.toAbsolutePath().toString() : generating ? null : d.file();
        return new DataSetup(file,
                clusters == null ? d.clusters() : (int) NetworkLimits.CLUSTERS.parse(clusters, "--clusters"),
                points == null ? d.pointsPerCluster()
                        : (int) NetworkLimits.POINTS_PER_CLUSTER.parse(points, "--points"),
                spread == null ? d.spread() : NetworkLimits.SPREAD.parse(spread, "--spread"),
                seed != null ? seed : d.seed(),
                valSplit == null ? d.validationSplit() : NetworkLimits.VALIDATION_SPLIT.parse(valSplit, "--val-split"),
                kind, noise == null ? d.noise() : NetworkLimits.NOISE.parse(noise, "--noise"));
    }

    static DatasetKind parseKind(String id) {
        var kind = DatasetKind.byId(id.trim().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new UsageError("--data must be clusters, spiral, xor, circles or moons, got '" + id.trim() + "'");
        }
        return kind;
    }

    /** Trains to the end; false when the loss stopped being finite (the run stops there). */
    private boolean run(Trainer trainer, int epochCount) {
        PrintWriter out = spec.commandLine().getOut();
        var progress = new ProgressBar(spec.commandLine().getErr(), epochCount, ProgressBar.stderrIsTerminal());
        while (!trainer.isFinished()) {
            EpochMetrics m = trainer.stepEpoch();
            path.record(trainer);
            out.println(format(m));
            OutputFailed.check(out);
            progress.update(m.epoch(), m.loss());
            if (m.diverged()) {
                progress.finish();
                spec.commandLine().getErr().println("training diverged at epoch " + m.epoch()
                        + ": the loss is no longer a finite number; try a smaller learning rate");
                return false;
            }
        }
        progress.finish();
        var last = trainer.history().isEmpty() ? null : trainer.history().get(trainer.history().size() - 1);
        if (last != null && last.kept() != null) {
            out.println(keptLine(last, trainer.history().get(last.kept().epoch() - 1)));
        }
        OutputFailed.check(out);
        return true;
    }

    /**
     * The line after the epoch lines of a run with early stopping: where it ended and whose parameters it kept,
     * {@code Early stopping: stopped after epoch 57, kept epoch 37 (Val Loss: 0.812345)}.
     */
    static String keptLine(EpochMetrics last, EpochMetrics kept) {
        return String.format(Locale.ROOT, "Early stopping: %s epoch %d, kept epoch %d (Val Loss: %.6f)",
                last.stoppedEarly() ? "stopped after" : "reached", last.epoch(), kept.epoch(), kept.validationLoss());
    }

    /**
     * The seed's line: {@code Epoch 1, Loss: 2.251041, Accuracy: 21.600000}, plus validation when there is some, plus
     * the gradient diagnostics when they were measured (see the class comment).
     */
    static String format(EpochMetrics m) {
        var line = new StringBuilder(String.format(Locale.ROOT, "Epoch %d, Loss: %.6f, Accuracy: %.6f", m.epoch(),
                m.loss(), m.accuracy()));
        if (m.hasValidation()) {
            line.append(String.format(Locale.ROOT, ", Val Loss: %.6f, Val Accuracy: %.6f", m.validationLoss(),
                    m.validationAccuracy()));
        }
        if (m.hasGradients()) {
            line.append(", Grad:");
            for (double norm : m.gradients().weightNorms()) {
                line.append(String.format(Locale.ROOT, " %.3e", norm));
            }
            line.append(", Saturated:");
            for (double share : m.gradients().saturation()) {
                line.append(String.format(Locale.ROOT, " %.4f", share));
            }
        }
        return line.toString();
    }

    static Activation parseActivation(String name) {
        try {
            return Activation.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--activation must be sigmoid, tanh or relu, got '" + name + "'");
        }
    }

    static int parseBatch(String text) {
        if (text.trim().equalsIgnoreCase("full")) {
            return NetworkLimits.FULL_BATCH;
        }
        try {
            return (int) NetworkLimits.BATCH.parse(text, "--batch");
        } catch (SettingException e) {
            throw new UsageError("--batch must be a whole number from 1 up, or 'full', got '" + text.trim() + "'");
        }
    }
}
