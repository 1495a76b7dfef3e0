package org.descentlab.core.scene;

import java.nio.file.Path;
import java.util.List;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.PlaygroundData;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;

/**
 * A network scene made ready to train: its data generated or read and split, its initial weights made or read, one
 * set of training settings per run, and the memory it needs checked. The window and {@code train} both start their
 * runs from here, so that the same scene trains the same way everywhere.
 *
 * @param scene the scene this was prepared from
 * @param data every point, before the split
 * @param split training and validation points
 * @param start the initial weights every run starts from (whatever its activation or batch size)
 * @param dataSource where the data came from, for people
 * @param startSource where the initial weights came from, for people
 * @param runs one run's settings, or one per compared run with its own overrides
 * @param labels the name of each run
 */
public record PreparedNetwork(NetworkScene scene, Dataset data, DatasetSplit split, Parameters start,
        String dataSource, String startSource, List<TrainingSettings> runs, List<String> labels) {

    /** What a dataset file may hold: the declared class and point limits. */
    public static final DatasetFile.ReadLimits READ_LIMITS =
            new DatasetFile.ReadLimits(NetworkLimits.MAX_CLASSES, NetworkLimits.MAX_POINTS);

    /**
     * Prepares {@code scene}; file names in it are relative to {@code folder}.
     *
     * @param availableBytes the Java heap the runs may use (usually {@code Runtime.maxMemory()})
     * @throws SettingException when a file cannot be read or does not fit, the split leaves nothing to train on, or
     *     the runs would not fit in memory: nothing has been allocated for training then
     */
    public static PreparedNetwork prepare(NetworkScene scene, Path folder, long availableBytes) {
        return prepare(scene, folder, availableBytes, null);
    }

    /**
     * {@link #prepare(NetworkScene, Path, long)}, reusing {@code previous}'s data when the data setup is the same,
     * and its initial weights when the network and data are the same: a change of epochs or optimizer in the window
     * neither draws the points again nor reads a file that may have gone since.
     */
    public static PreparedNetwork prepare(NetworkScene scene, Path folder, long availableBytes,
            PreparedNetwork previous) {
        var d = scene.data();
        boolean sameData = previous != null && previous.scene().data().equals(d);
        boolean sameStart = sameData && previous.scene().network().equals(scene.network());
        Dataset data;
        String source;
        if (sameData) {
            data = previous.data();
            source = previous.dataSource();
        } else if (d.generated()) {
            data = generate(d);
            source = describe(d);
        } else {
            Path file = resolve(folder, d.file());
            data = readDataset(file);
            source = file.getFileName() == null ? d.file() : file.getFileName().toString();
        }
        DatasetSplit split = sameData ? previous.split() : split(data, d);
        var n = scene.network();
        Parameters start;
        String startSource;
        if (sameStart) {
            start = previous.start();
            startSource = previous.startSource();
        } else if (n.initParameters() != null) {
            Path file = resolve(folder, n.initParameters());
            start = readParameters(file, data, n.hidden(), n.layers());
            startSource = file.getFileName() == null ? n.initParameters() : file.getFileName().toString();
        } else {
            start = null;
            startSource = "Glorot-uniform, seed " + n.initSeed();
        }
        var base = scene.trainingSettings();
        var runs = scene.runSettings();
        var labels = scene.comparing() ? scene.comparison().stream().map(ComparisonRun::label).toList()
                : List.of(base.optimizer().name());
        Problem memory = NetworkLimits.memoryProblem(split.train().size(), n.hidden(), n.layers(), data.classes(),
                runs.stream().map(TrainingSettings::batchSize).toList(), availableBytes);
        if (memory != null) {
            throw new SettingException(memory);
        }
        if (start == null) {
            start = GlorotUniform.initialize(base.shape(data.classes()), n.initSeed());
        }
        return new PreparedNetwork(scene, data, split, start, source, startSource, runs, labels);
    }

    /** A fresh trainer for run {@code i}, at the initial weights. */
    public Trainer trainer(int i) {
        return new Trainer(runs.get(i), split, start);
    }

    /** {@code name} against {@code folder} unless it is absolute. */
    public static Path resolve(Path folder, String name) {
        Path p = Path.of(name);
        return folder == null || p.isAbsolute() ? p : folder.resolve(p);
    }

    /** The points {@code d} generates: the seed's clusters, or a two-class Playground picture. */
    public static Dataset generate(DataSetup d) {
        return d.kind() == DatasetKind.CLUSTERS ? GaussianClusters.generate(d.clusterSettings())
                : PlaygroundData.generate(d.kind(), d.pointsPerCluster(), d.noise(), d.seed());
    }

    /** What {@code d} generates, for people. */
    private static String describe(DataSetup d) {
        if (d.kind() == DatasetKind.CLUSTERS) {
            return d.clusters() + " clusters × " + d.pointsPerCluster() + " points, σ " + d.spread() + ", seed "
                    + d.seed();
        }
        return d.kind().id() + ", 2 classes × " + d.pointsPerCluster() + " points, noise σ " + d.noise() + ", seed "
                + d.seed();
    }

    private static Dataset readDataset(Path file) {
        Dataset data;
        try {
            data = DatasetFile.read(file, READ_LIMITS);
        } catch (NumpyFileException e) {
            throw new SettingException(new Problem("network.data.file", e.getMessage()));
        }
        if (data.size() < 2 || data.classes() < 2) {
            throw new SettingException(new Problem("network.data.file",
                    file + ": needs at least two points of two classes to train on"));
        }
        if (data.classes() > NetworkLimits.MAX_CLASSES) {
            throw new SettingException(new Problem("network.data.file", file + ": has " + data.classes()
                    + " classes; this app handles at most " + NetworkLimits.MAX_CLASSES));
        }
        return data;
    }

    private static DatasetSplit split(Dataset data, DataSetup d) {
        var split = d.validationSplit() > 0 ? DatasetSplit.stratified(data, d.validationSplit(), d.seed())
                : new DatasetSplit(data, new Dataset(new double[0], new int[0], data.classes()));
        if (split.train().size() == 0) {
            throw new SettingException(new Problem("network.data.validationSplit", "The validation split "
                    + d.validationSplit() + " leaves none of the " + data.size() + " points to train on"));
        }
        return split;
    }

    private static Parameters readParameters(Path file, Dataset data, int hidden, int layers) {
        Parameters p;
        try {
            p = ParameterFile.read(file);
        } catch (NumpyFileException e) {
            throw new SettingException(new Problem("network.network.initParameters", e.getMessage()));
        }
        if (p.shape().classes() != data.classes()) {
            throw new SettingException(new Problem("network.network.initParameters", file + ": the parameters have "
                    + p.shape().classes() + " outputs but the data has " + data.classes() + " classes"));
        }
        if (p.shape().hidden() != hidden) {
            throw new SettingException(new Problem("network.network.hidden", file + ": its " + p.shape().hidden()
                    + " hidden units do not match the " + hidden + " the network is set to"));
        }
        if (p.shape().depth() != layers) {
            throw new SettingException(new Problem("network.network.layers", file + ": the parameters have "
                    + p.shape().depth() + " hidden layer" + (p.shape().depth() == 1 ? "" : "s")
                    + " but the network is set to " + layers));
        }
        return p;
    }
}
