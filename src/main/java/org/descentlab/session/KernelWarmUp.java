package org.descentlab.session;

import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSettings;

/**
 * Trains a throw-away copy of the seed network on a thread of its own while the command line is still starting up,
 * so that the JIT has compiled the training kernel by the time the real run begins. Its network, data and optimizer
 * are its own: nothing it computes reaches the real run, whose numbers are the same with it or without it. Stopped
 * (it finishes its current batch) when the real run starts.
 */
public final class KernelWarmUp implements AutoCloseable {

    /** At most this many epochs of the seed's 32 batches: start-up takes far less. */
    private static final int MAX_EPOCHS = 200;

    private final Thread thread;
    private volatile boolean stopped;
    private volatile int batches;

    private KernelWarmUp() {
        thread = new Thread(this::train, "kernel-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts warming up. */
    public static KernelWarmUp start() {
        var warmUp = new KernelWarmUp();
        warmUp.thread.start();
        return warmUp;
    }

    private void train() {
        var trainer = new Trainer(TrainingSettings.seedDefaults(), GaussianClusters.generate(ClusterSettings.defaults()));
        int most = MAX_EPOCHS * trainer.batchesPerEpoch();
        while (batches < most && !stopped) {
            trainer.stepBatch();
            batches++;
        }
    }

    /** Batches trained so far (for tests). */
    int batches() {
        return batches;
    }

    /** The warm-up's thread (for tests). */
    Thread thread() {
        return thread;
    }

    /** Stops warming up: returns at once, the thread ends after its current batch. */
    @Override
    public void close() {
        stopped = true;
    }
}
