package org.descentlab.core.nn;

import java.util.Random;

/**
 * Generates the seed's clustered data. The draw order follows the seed script (all centres first, then the points
 * of cluster 0, 1, …) from one {@link Random} seeded with {@link ClusterSettings#seed()}, so a seed gives the same
 * points on every run and every JVM ({@code Random} is specified bit for bit). numpy's stream is not reproduced:
 * seed 0 here is not numpy's seed 0.
 *
 * <p>Coordinates are rounded to float32, as the seed script does before saving ({@code astype(np.float32)}), so a
 * generated dataset is exactly what a saved and reloaded one would be.
 */
public final class GaussianClusters {

    private GaussianClusters() {
    }

    /** All k·n points, labelled by cluster, in cluster order (no split). */
    public static Dataset generate(ClusterSettings settings) {
        var random = new Random(settings.seed());
        double[] centres = drawCentres(random, settings);
        int k = settings.clusters();
        int n = settings.pointsPerCluster();
        double[] inputs = new double[2 * k * n];
        int[] labels = new int[k * n];
        for (int c = 0; c < k; c++) {
            for (int p = 0; p < n; p++) {
                int i = c * n + p;
                inputs[2 * i] = (float) (centres[2 * c] + settings.spread() * random.nextGaussian());
                inputs[2 * i + 1] = (float) (centres[2 * c + 1] + settings.spread() * random.nextGaussian());
                labels[i] = c;
            }
        }
        return new Dataset(inputs, labels, k);
    }

    /** The centres the points were drawn around, as (x₀, y₀, x₁, y₁, …): the first draws of the same stream. */
    public static double[] centres(ClusterSettings settings) {
        return drawCentres(new Random(settings.seed()), settings);
    }

    private static double[] drawCentres(Random random, ClusterSettings settings) {
        double[] centres = new double[2 * settings.clusters()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = -settings.range() + 2 * settings.range() * random.nextDouble();
        }
        return centres;
    }
}
