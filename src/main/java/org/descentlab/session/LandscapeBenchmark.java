package org.descentlab.session;

import org.descentlab.core.landscape.Directions;
import org.descentlab.core.landscape.LandscapeRequest;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;

/**
 * The {@code bench} figure of the loss landscape: a 101 × 101 landscape (10,201 passes over the data) of the seed
 * network, 2-128-10 sigmoid on the seed's 1,000 points, at its Glorot-uniform start, on random filter-normalised
 * directions, on every core ({@link LandscapeComputation}).
 */
public final class LandscapeBenchmark {

    private static final Dataset DATA = GaussianClusters.generate(ClusterSettings.defaults());
    private static final Parameters THETA = GlorotUniform.initialize(new NetworkShape(2, 128, 10), 0);

    /** Keeps results alive so that the JIT cannot drop the measured work. */
    private static volatile double sink;

    private LandscapeBenchmark() {
    }

    /** Wall-clock milliseconds of one 101 × 101 seed landscape, planning included. */
    public static double seedLandscapeMillis() {
        var request = LandscapeRequest.of(DATA, THETA, Activation.SIGMOID, null, Directions.RANDOM);
        long start = System.nanoTime();
        var landscape = LandscapeComputation.compute(request);
        double millis = (System.nanoTime() - start) / 1e6;
        sink += landscape.value(50, 50);
        return millis;
    }
}
