package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GaussianClustersTest {

    @Test
    void sameSettingsGiveBitIdenticalData() {
        Dataset a = GaussianClusters.generate(ClusterSettings.defaults());
        Dataset b = GaussianClusters.generate(ClusterSettings.defaults());
        assertArrayEquals(a.inputs(), b.inputs());
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void anotherSeedGivesOtherData() {
        Dataset a = GaussianClusters.generate(ClusterSettings.defaults());
        Dataset b = GaussianClusters.generate(ClusterSettings.defaults().withSeed(1));
        assertFalse(Arrays.equals(a.inputs(), b.inputs()));
    }

    @Test
    void seedDefaultsGiveAThousandPointsOfTenClassesInClusterOrder() {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        assertEquals(1000, data.size());
        assertEquals(2000, data.inputs().length);
        assertEquals(10, data.classes());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i / 100, data.labels()[i], "label of point " + i);
        }
    }

    @Test
    void centresAreInsideTheRange() {
        double[] centres = GaussianClusters.centres(new ClusterSettings(50, 1, 1.0, 8.0, 4L, 0.0));
        assertEquals(100, centres.length);
        assertTrue(Arrays.stream(centres).allMatch(c -> c >= -8 && c <= 8));
        assertTrue(Arrays.stream(centres).anyMatch(c -> c < -6) && Arrays.stream(centres).anyMatch(c -> c > 6));
    }

    @Test
    void eachClustersMeanAndSpreadMatchItsCentreAndSigma() {
        var settings = new ClusterSettings(4, 2000, 1.5, 8.0, 2L, 0.0);
        Dataset data = GaussianClusters.generate(settings);
        double[] centres = GaussianClusters.centres(settings);
        for (int c = 0; c < 4; c++) {
            double[] xs = new double[2000];
            double[] ys = new double[2000];
            for (int p = 0; p < 2000; p++) {
                xs[p] = data.x(c * 2000 + p);
                ys[p] = data.y(c * 2000 + p);
            }
            // The mean of n draws is within 4σ/√n of the centre (fails about once in 16 000 seeds).
            double tolerance = 4 * 1.5 / Math.sqrt(2000);
            assertEquals(centres[2 * c], mean(xs), tolerance);
            assertEquals(centres[2 * c + 1], mean(ys), tolerance);
            assertEquals(1.5, Math.sqrt(variance(xs)), 0.1);
            assertEquals(1.5, Math.sqrt(variance(ys)), 0.1);
        }
    }

    @Test
    void coordinatesAreFloat32LikeTheSeedsSavedFile() {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        for (double v : data.inputs()) {
            assertEquals(v, (double) (float) v, 0);
        }
    }

    @Test
    void generatedDataSplitAsTheAppDoesHoldsOutTheSettingsFraction() {
        var settings = ClusterSettings.defaults().withValidationFraction(0.25);
        DatasetSplit split = DatasetSplit.stratified(GaussianClusters.generate(settings), settings.validationFraction(),
                settings.seed());
        assertEquals(750, split.train().size());
        assertEquals(250, split.validation().size());
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double variance(double[] v) {
        double m = mean(v);
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1);
    }
}
