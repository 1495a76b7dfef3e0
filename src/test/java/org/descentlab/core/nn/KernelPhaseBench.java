package org.descentlab.core.nn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Not a test: thread-CPU time of each phase of the fast path on 32 000 batches of 32 (the seed run's count). */
public final class KernelPhaseBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private KernelPhaseBench() {
    }

    interface Phase {
        void run();
    }

    static double time(Phase p, int n) {
        long c0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            p.run();
        }
        return (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
    }

    public static void main(String[] args) {
        Dataset data = GaussianClusters.generate(ClusterSettings.defaults());
        NetworkShape shape = new NetworkShape(2, 128, 10);
        Parameters p = GlorotUniform.initialize(shape, 0);
        BatchKernel k = new BatchKernel(shape, Activation.SIGMOID, 32);
        int[] order = new int[1000];
        for (int i = 0; i < 1000; i++) {
            order[i] = (i * 37) % 1000;
        }
        double[] grad = new double[shape.parameterCount()];
        k.load(p.values());
        k.setBatch(data, order, 0, 32);
        k.forward();
        k.softmaxCrossEntropy();
        k.backward();
        String[] names = {"load", "setBatch", "hidden", "output", "softmaxCE", "backwardOutput", "backwardHidden", "writeGradient", "all"};
        Phase[] phases = {() -> k.load(p.values()), () -> k.setBatch(data, order, 64, 96), k::hiddenLayer, k::outputLayer,
            k::softmaxCrossEntropy, k::backwardOutput, k::backwardHidden, () -> k.writeGradient(grad), () -> {
                k.load(p.values());
                k.setBatch(data, order, 64, 96);
                k.forward();
                k.softmaxCrossEntropy();
                k.backward();
                k.writeGradient(grad);
            }};
        for (int round = 0; round < 3; round++) {
            var sb = new StringBuilder("round " + round + ":");
            for (int i = 0; i < phases.length; i++) {
                double best = Double.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) {
                    best = Math.min(best, time(phases[i], 32_000));
                }
                sb.append(String.format("  %s %.1f ms", names[i], best * 1e3));
            }
            System.out.println(sb);
        }
    }
}
