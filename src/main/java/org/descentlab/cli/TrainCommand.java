package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train}: the seed script's training run, headless. Defaults are the seed's: ten clusters of 100 points
 * (σ 1, seed 0), a 2-128-10 sigmoid network, Adam at lr 0.001, batches of 32 shuffled every epoch, 1000 epochs.
 * {@code --seed Z} seeds the data (Z), the initialisation (Z) and the shuffles (Z + 1).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the 2-H-k network and print one line per epoch, as the seed script does.")
public final class TrainCommand implements Callable<Integer> {

    static final int MAX_EPOCHS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE.npz", description = "Train on this file (inputs, labels).")
    Path dataset;

    @Option(names = "--clusters", paramLabel = "K", description = "Clusters to generate (default 10).")
    Integer clusters;

    @Option(names = "--points", paramLabel = "N", description = "Points per cluster (default 100).")
    Integer points;

    @Option(names = "--spread", paramLabel = "S", description = "Standard deviation σ of each cluster (default 1).")
    Double spread;

    @Option(names = "--seed", paramLabel = "Z", defaultValue = "0", description = "Seed of data, weights, shuffles.")
    long seed;

    @Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Option(names = "--batch", paramLabel = "B", defaultValue = "32",
            description = "Batch size: 1 (stochastic), 32 (default), ..., or 'full'.")
    String batch;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "1000", description = "Epochs (default 1000).")
    int epochs;

    @Option(names = "--hidden", paramLabel = "H", description = "Hidden units (default 128, or the --init file's).")
    Integer hidden;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "sigmoid",
            description = "Hidden activation: sigmoid (default), tanh or relu.")
    String activation;

    @Option(names = "--init", paramLabel = "PARAMS.npz", description = "Start from these parameters.")
    Path init;

    @Option(names = "--no-shuffle", description = "Batches are consecutive slices in dataset order.")
    boolean noShuffle;

    @Option(names = "--val-split", paramLabel = "F", defaultValue = "0",
            description = "Fraction held out for validation, stratified (default 0).")
    double valSplit;

    @Option(names = "--save-params", paramLabel = "OUT.npz", description = "Save the trained parameters.")
    Path saveParams;

    @Option(names = "--save-dataset", paramLabel = "OUT.npz", description = "Save the dataset trained on.")
    Path saveDataset;

    @Override
    public Integer call() throws IOException {
        Activation act = parseActivation(activation);
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new UsageError("--epochs must be between 0 and " + MAX_EPOCHS + ", got " + epochs);
        }
        if (!(valSplit >= 0 && valSplit < 1)) {
            throw new UsageError("--val-split must be at least 0 and below 1, got " + valSplit);
        }
        var type = optimizer.type("adam");
        var values = optimizer.values(type);
        Dataset data = loadOrGenerate();
        Parameters start = init == null ? null : Files.readParameters(init);
        int width = resolveHidden(start);
        if (start != null && start.shape().classes() != data.classes()) {
            throw new UsageError(init + ": the parameters have " + start.shape().classes()
                    + " outputs but the data has " + data.classes() + " classes");
        }
        int batchSize = parseBatch(batch, data.size());
        var split = valSplit > 0 ? DatasetSplit.stratified(data, valSplit, seed) : new DatasetSplit(data,
                new Dataset(new double[0], new int[0], data.classes()));
        if (split.train().size() == 0) {
            throw new UsageError("--val-split " + valSplit + " leaves no training points");
        }
        var settings = new TrainingSettings(width, act, type, values, batchSize, !noShuffle, epochs, seed, seed + 1);
        if (saveDataset != null) {
            Files.writeDataset(saveDataset, data);
        }
        var trainer = start == null ? new Trainer(settings, split) : new Trainer(settings, split, start);
        run(trainer);
        if (saveParams != null) {
            Files.writeParameters(saveParams, trainer.parameters());
        }
        return 0;
    }

    private void run(Trainer trainer) {
        PrintWriter out = spec.commandLine().getOut();
        var progress = new ProgressBar(spec.commandLine().getErr(), epochs, ProgressBar.stderrIsTerminal());
        while (!trainer.isFinished()) {
            EpochMetrics m = trainer.stepEpoch();
            out.println(format(m));
            progress.update(m.epoch(), m.loss());
            if (m.diverged()) {
                progress.finish();
                out.flush();
                spec.commandLine().getErr().println("training diverged at epoch " + m.epoch()
                        + ": the loss is no longer a finite number; try a smaller learning rate");
                return;
            }
        }
        progress.finish();
        out.flush();
    }

    /** The seed's line: {@code Epoch 1, Loss: 2.251041, Accuracy: 21.600000}, plus validation when there is some. */
    static String format(EpochMetrics m) {
        String line = String.format(Locale.ROOT, "Epoch %d, Loss: %.6f, Accuracy: %.6f", m.epoch(), m.loss(),
                m.accuracy());
        if (m.hasValidation()) {
            line += String.format(Locale.ROOT, ", Val Loss: %.6f, Val Accuracy: %.6f", m.validationLoss(),
                    m.validationAccuracy());
        }
        return line;
    }

    private Dataset loadOrGenerate() throws IOException {
        if (dataset != null) {
            if (clusters != null || points != null || spread != null) {
                throw new UsageError("--dataset cannot be combined with --clusters, --points or --spread");
            }
            return Files.readDataset(dataset);
        }
        var d = ClusterSettings.defaults();
        int k = clusters == null ? d.clusters() : clusters;
        int n = points == null ? d.pointsPerCluster() : points;
        double s = spread == null ? d.spread() : spread;
        if (k < 1 || k > 100) {
            throw new UsageError("--clusters must be between 1 and 100, got " + k);
        }
        if (n < 1 || n > 100_000) {
            throw new UsageError("--points must be between 1 and 100000, got " + n);
        }
        if (!(s >= 0 && s <= 100)) {
            throw new UsageError("--spread must be between 0 and 100, got " + s);
        }
        return GaussianClusters.generate(new ClusterSettings(k, n, s, d.range(), seed, 0));
    }

    private int resolveHidden(Parameters start) {
        if (start == null) {
            int h = hidden == null ? 128 : hidden;
            if (h < 1 || h > 4096) {
                throw new UsageError("--hidden must be between 1 and 4096, got " + h);
            }
            return h;
        }
        if (hidden != null && hidden != start.shape().hidden()) {
            throw new UsageError("--hidden " + hidden + " does not match " + init + ", which has "
                    + start.shape().hidden() + " hidden units");
        }
        return start.shape().hidden();
    }

    static Activation parseActivation(String name) {
        try {
            return Activation.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--activation must be sigmoid, tanh or relu, got '" + name + "'");
        }
    }

    static int parseBatch(String text, int dataSize) {
        if (text.equalsIgnoreCase("full")) {
            return TrainingSettings.FULL_BATCH;
        }
        try {
            int b = Integer.parseInt(text.trim());
            if (b >= 1) {
                return b;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--batch must be a whole number from 1 up (" + dataSize + " is the whole dataset) or "
                + "'full', got '" + text + "'");
    }
}
