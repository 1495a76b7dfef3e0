package org.descentlab.core.scene;

import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.DatasetKind;

/**
 * Where the network's data come from: generated Gaussian clusters, or a dataset file; and how much of it is held out.
 *
 * @param file a dataset {@code .npz} (relative to the scene file's folder when read from one), or {@code null} to
 *     generate clusters
 * @param clusters clusters to generate ({@link NetworkLimits#CLUSTERS}); kept but unused with a file
 * @param pointsPerCluster points per cluster ({@link NetworkLimits#POINTS_PER_CLUSTER}); unused with a file
 * @param spread σ of each cluster ({@link NetworkLimits#SPREAD}); unused with a file
 * @param seed seed of the generated points and of the validation split
 * @param validationSplit share of each class held out ({@link NetworkLimits#VALIDATION_SPLIT})
 * @param kind what to generate when there is no file: the seed's clusters, or a two-class spiral, XOR, circles or
 *     moons picture with {@code pointsPerCluster} points per class
 * @param noise σ of the Gaussian noise on the points of a spiral, XOR, circles or moons dataset
 *     ({@link NetworkLimits#NOISE}); unused for clusters (their {@code spread} is their σ) and with a file
 */
public record DataSetup(String file, int clusters, int pointsPerCluster, double spread, long seed,
        double validationSplit, DatasetKind kind, double noise) {

    /** Clusters (or a file), as before there were other kinds of data. */
    public DataSetup(String file, int clusters, int pointsPerCluster, double spread, long seed,
            double validationSplit) {
        this(file, clusters, pointsPerCluster, spread, seed, validationSplit, DatasetKind.CLUSTERS,
                NetworkLimits.NOISE.defaultValue());
    }

    /** Checks every value against its declared limit. @throws SettingException naming the field */
    public DataSetup {
        if (file != null && file.isBlank()) {
            throw new SettingException(new Problem("network.data.file", "The dataset file name is empty"));
        }
        NetworkLimits.CLUSTERS.check(clusters, "network.data.clusters");
        NetworkLimits.POINTS_PER_CLUSTER.check(pointsPerCluster, "network.data.pointsPerCluster");
        NetworkLimits.SPREAD.check(spread, "network.data.spread");
        NetworkLimits.VALIDATION_SPLIT.check(validationSplit, "network.data.validationSplit");
        if (kind == null) {
            throw new SettingException(new Problem("network.data.source", "The kind of data is missing"));
        }
        NetworkLimits.NOISE.check(noise, "network.data.noise");
    }

    /** The seed script's data: 10 clusters × 100 points, σ 1, seed 0, no validation. */
    public static DataSetup defaults() {
        var c = ClusterSettings.defaults();
        return new DataSetup(null, c.clusters(), c.pointsPerCluster(), c.spread(), c.seed(), c.validationFraction());
    }

    /** Whether the data are generated rather than read from a file. */
    public boolean generated() {
        return file == null;
    }

    /** The generator's settings (centres in [−8, 8]² as in the seed). */
    public ClusterSettings clusterSettings() {
        return new ClusterSettings(clusters, pointsPerCluster, spread, ClusterSettings.defaults().range(), seed,
                validationSplit);
    }

    /** A copy reading {@code path} instead of generating. */
    public DataSetup withFile(String path) {
        return new DataSetup(path, clusters, pointsPerCluster, spread, seed, validationSplit, kind, noise);
    }

    /** A copy generating {@code newKind} (no file) with noise σ {@code sigma}. @throws SettingException if out of range */
    public DataSetup withKind(DatasetKind newKind, double sigma) {
        return new DataSetup(null, clusters, pointsPerCluster, spread, seed, validationSplit, newKind, sigma);
    }
}
