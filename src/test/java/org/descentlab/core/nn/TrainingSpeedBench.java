package org.descentlab.core.nn;

/**
 * Not a test: a timing harness for the fast path. Run with
 * {@code java -cp target/classes:target/test-classes org.descentlab.core.nn.TrainingSpeedBench}.
 */
public final class TrainingSpeedBench {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private TrainingSpeedBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        TrainingSettings settings = TrainingSettings.seedDefaults();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            var trainer = new Trainer(settings, data);
            var history = trainer.runToEnd();
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
            best = Math.min(best, cpu);
            EpochMetrics last = history.get(history.size() - 1);
            System.out.printf("run %d: wall %.3f s cpu %.3f s  loss %.6f  acc %.1f%%  final eval %s%n", r, s, cpu, last.loss(),
                    last.accuracy(), Evaluation.of(trainer.parameters(), settings.activation(), data));
        }
        System.out.printf("best of %d (thread cpu): %.3f s%n", runs, best);
    }
}
