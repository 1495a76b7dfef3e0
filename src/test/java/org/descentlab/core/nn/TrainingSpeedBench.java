package org.descentlab.core.nn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.descentlab.core.optim.Optimizer;

/**
 * Not a test (no timing belongs in unit tests): the timing harness behind the numbers in the commit notes. Run after
 * {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes org.descentlab.core.nn.TrainingSpeedBench [runs]}.
 *
 * <p>It reports wall time and this thread's CPU time: on a shared machine the CPU time is the steadier figure.
 */
public final class TrainingSpeedBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private TrainingSpeedBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int r = 0; r < runs + 2; r++) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            SeedBenchmark.TrainingRun run = SeedBenchmark.trainSeedProtocol();
            double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("seed run %d%s: wall %.3f s, cpu %.3f s, last epoch loss %.6f accuracy %.1f%%%n", r,
                    r < 2 ? " (warm-up)" : "", run.seconds(), cpu, run.last().loss(), run.last().accuracy());
            if (r >= 2) {
                bestWall = Math.min(bestWall, run.seconds());
                bestCpu = Math.min(bestCpu, cpu);
            }
        }
        System.out.printf("seed protocol, best of %d: wall %.3f s, cpu %.3f s%n", runs, bestWall, bestCpu);

        double bestMap = Double.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            bestMap = Math.min(bestMap, SeedBenchmark.boundaryMapMillis());
        }
        System.out.printf("200x200 boundary map with confidences, best of 5 means: %.2f ms%n", bestMap);

        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings seed = TrainingSettings.seedDefaults();
        timeVariant("validation 20 % (800 train, 200 validation)", seed,
                DatasetSplit.stratified(data, 0.2, ClusterSettings.defaults().seed()));
        timeVariant("NAG (extra forward pass per batch)", seed.withOptimizer(
                org.descentlab.core.optim.Nesterov.TYPE), new DatasetSplit(data, empty()));
        timeVariant("full batch (B = N), 1000 epochs", seed.withBatchSize(TrainingSettings.FULL_BATCH),
                new DatasetSplit(data, empty()));
        timeVariant("SGD (B = 1), 100 epochs", seed.withBatchSize(1).withEpochs(100), new DatasetSplit(data, empty()));

        System.out.printf("double reference path (one point at a time), extrapolated from 20 epochs: %.2f s%n",
                referenceSeconds(20) * 1000 / 20);
    }

    private static Dataset empty() {
        return new Dataset(new double[0], new int[0], 10);
    }

    /** Best of three wall and CPU times of a whole run with these settings. */
    private static void timeVariant(String label, TrainingSettings settings, DatasetSplit data) {
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        EpochMetrics last = null;
        for (int r = 0; r < 3; r++) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            var trainer = new Trainer(settings, data);
            var history = trainer.runToEnd();
            wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
            cpu = Math.min(cpu, (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9);
            last = history.get(history.size() - 1);
        }
        System.out.printf("%s: wall %.3f s, cpu %.3f s, last epoch %s%n", label, wall, cpu, last);
    }

    /** Seconds of {@code epochs} epochs of the seed protocol through {@link ReferenceNetwork}, unshuffled. */
    private static double referenceSeconds(int epochs) {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings settings = TrainingSettings.seedDefaults();
        NetworkShape shape = settings.shape(data.classes());
        double[] params = GlorotUniform.initialize(shape, settings.initSeed()).values();
        var network = new ReferenceNetwork(shape, settings.activation());
        Optimizer adam = settings.optimizer().create(settings.hyperparameters());
        int[][] batches = new int[(data.size() + 31) / 32][];
        for (int k = 0; k < batches.length; k++) {
            int from = 32 * k;
            batches[k] = java.util.stream.IntStream.range(from, Math.min(from + 32, data.size())).toArray();
        }
        for (int warm = 0; warm < 2; warm++) {
            for (int[] batch : batches) {
                adam.step(params, (point, out) -> network.lossAndGradient(point, data, batch, out));
            }
        }
        long start = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            for (int[] batch : batches) {
                adam.step(params, (point, out) -> network.lossAndGradient(point, data, batch, out));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
