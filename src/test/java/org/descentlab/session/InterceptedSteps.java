package org.descentlab.session;

import java.util.concurrent.atomic.AtomicInteger;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.TrainingSnapshot;
import org.descentlab.core.optim.HyperparameterValues;

/**
 * A real trainer's steps with something done before each batch (throw, wait on a latch): how the tests put a failure
 * or a pause into a worker without exhausting memory or sleeping.
 */
public final class InterceptedSteps implements TrainingSession.Steps {

    /** What happens before batch {@code index} (0 first); may throw. */
    @FunctionalInterface
    public interface BeforeBatch {
        void run(int index);
    }

    private final TrainingSession.Steps real;
    private final BeforeBatch before;
    private final AtomicInteger batches = new AtomicInteger();

    public InterceptedSteps(TrainingSession.Steps real, BeforeBatch before) {
        this.real = real;
        this.before = before;
    }

    /** {@code real}, except that batch {@code failAt} (0 first) throws {@code failure}. */
    public static InterceptedSteps failingAt(TrainingSession.Steps real, int failAt, Throwable failure) {
        return new InterceptedSteps(real, index -> {
            if (index == failAt) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
        });
    }

    @Override
    public boolean isFinished() {
        return real.isFinished();
    }

    @Override
    public int batch() {
        return real.batch();
    }

    @Override
    public void configure(HyperparameterValues values) {
        real.configure(values);
    }

    @Override
    public EpochMetrics stepBatch() {
        before.run(batches.getAndIncrement());
        return real.stepBatch();
    }

    @Override
    public TrainingSnapshot parametersSnapshot() {
        return real.parametersSnapshot();
    }
}
