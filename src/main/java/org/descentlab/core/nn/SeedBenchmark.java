package org.descentlab.core.nn;

/**
 * The timings the {@code bench} command reports, on the seed script's protocol: 1000 points in 10 clusters, a
 * 2-128-10 sigmoid network, Adam (lr 0.001), batch 32, shuffled, 1000 epochs; the same protocol for
 * {@value #DEPTH_EPOCHS} epochs of the deepest network, 2-128-128-128-128-10; and a 200 × 200 decision-boundary map.
 * numpy takes about 3.6 s for the training. Each call measures wall-clock time with {@link System#nanoTime()}; the
 * first call in a JVM includes the JIT's warm-up, so callers should repeat and report the best.
 */
public final class SeedBenchmark {

    /** The seed's map size. */
    public static final int MAP_SIZE = 200;
    /** Epochs of the deep-network figure: its 3 hidden-to-hidden layers make each epoch some ten times longer. */
    public static final int DEPTH_EPOCHS = 20;

    private SeedBenchmark() {
    }

    /**
     * The result of one training run.
     *
     * @param seconds wall-clock time of the 1000 epochs (data generation excluded)
     * @param last the metrics of the last epoch
     * @param parameters the trained parameters
     */
    public record TrainingRun(double seconds, EpochMetrics last, Parameters parameters) {
    }

    /** Trains the seed protocol once on {@link ClusterSettings#defaults()} data. */
    public static TrainingRun trainSeedProtocol() {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings settings = TrainingSettings.seedDefaults();
        long start = System.nanoTime();
        var trainer = new Trainer(settings, data);
        var history = trainer.runToEnd();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TrainingRun(seconds, history.get(history.size() - 1), trainer.parameters());
    }

    /** Seconds of one seed-protocol training run. */
    public static double trainSeedProtocolSeconds() {
        return trainSeedProtocol().seconds();
    }

    /**
     * Seconds of {@value #DEPTH_EPOCHS} epochs of the seed protocol with {@link NetworkShape#MAX_DEPTH} sigmoid hidden
     * layers of 128 units (data generation excluded).
     */
    public static double trainDeepestSeconds() {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings settings = TrainingSettings.seedDefaults().withLayers(NetworkShape.MAX_DEPTH)
                .withEpochs(DEPTH_EPOCHS);
        long start = System.nanoTime();
        new Trainer(settings, data).runToEnd();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Milliseconds per 200 × 200 map (classes and confidences) over [−12, 12]², averaged over 20 maps after 20
     * unmeasured ones.
     */
    public static double boundaryMapMillis() {
        var shape = new NetworkShape(2, 128, 10);
        var map = new DecisionBoundaryMap(shape, Activation.SIGMOID);
        map.load(GlorotUniform.initialize(shape, 0));
        int[] classes = new int[MAP_SIZE * MAP_SIZE];
        float[] confidence = new float[MAP_SIZE * MAP_SIZE];
        for (int i = 0; i < 20; i++) {
            map.classify(-12, 12, -12, 12, MAP_SIZE, MAP_SIZE, classes, confidence);
        }
        int maps = 20;
        long start = System.nanoTime();
        for (int i = 0; i < maps; i++) {
            map.classify(-12, 12, -12, 12, MAP_SIZE, MAP_SIZE, classes, confidence);
        }
        return (System.nanoTime() - start) / 1e6 / maps;
    }
}
