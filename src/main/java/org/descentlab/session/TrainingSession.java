package org.descentlab.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.nn.Trainer;
import org.descentlab.core.nn.TrainingSnapshot;
import org.descentlab.core.optim.HyperparameterValues;

/**
 * One training run on its own worker thread. The worker publishes every finished epoch's metrics into a queue and,
 * when asked, the newest snapshot into a single slot (newest wins); the JavaFX thread drains the queue and reads the
 * slot once per frame. Pause, single epochs, the speed limit, new hyperparameters and stop reach the worker through
 * thread-safe fields, checked between batches, so pause takes effect within one batch.
 *
 * <p>The worker never touches the UI. It stops by itself when the run is finished, when {@link #close} is called, or
 * if training fails: the loss blows up, or anything at all is thrown, out-of-memory included. A failed run is
 * {@link State#FAILED}, with a message for the student in {@link #failure()} and what was thrown in
 * {@link #failureCause()}; nothing thrown by training escapes the worker unreported.
 */
public final class TrainingSession implements AutoCloseable {

    /** Where a run stands. */
    public enum State { PAUSED, RUNNING, FINISHED, STOPPED, FAILED }

    /**
     * What the worker needs of a trainer: {@link #of(Trainer)} gives the real one; tests put a step in between that
     * throws.
     */
    public interface Steps {
        boolean isFinished();

        int batch();

        void configure(HyperparameterValues values);

        /** One batch; the epoch's metrics when it was the epoch's last batch, otherwise {@code null}. */
        EpochMetrics stepBatch();

        TrainingSnapshot parametersSnapshot();

        /** The steps of {@code trainer}. */
        static Steps of(Trainer trainer) {
            return new Steps() {
                @Override
                public boolean isFinished() {
                    return trainer.isFinished();
                }

                @Override
                public int batch() {
                    return trainer.batch();
                }

                @Override
                public void configure(HyperparameterValues values) {
                    trainer.configure(values);
                }

                @Override
                public EpochMetrics stepBatch() {
                    return trainer.stepBatch();
                }

                @Override
                public TrainingSnapshot parametersSnapshot() {
                    return trainer.parametersSnapshot();
                }
            };
        }
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final Steps trainer;
    private final Thread worker;
    private final ConcurrentLinkedQueue<EpochMetrics> metrics = new ConcurrentLinkedQueue<>();
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<HyperparameterValues> pendingHyperparameters = new AtomicReference<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile State state = State.PAUSED;
    private volatile boolean running;
    private volatile boolean stopRequested;
    private final AtomicInteger epochsRequested = new AtomicInteger();
    private volatile double epochsPerSecondLimit;
    private volatile String failure;
    private volatile Throwable failureCause;

    /** A paused session over {@code trainer}; it publishes a first snapshot at once. */
    public TrainingSession(Trainer trainer) {
        this(Steps.of(trainer));
    }

    /** A paused session over these steps; it publishes a first snapshot at once. */
    public TrainingSession(Steps trainer) {
        this.trainer = trainer;
        latest.set(trainer.parametersSnapshot());
        worker = new Thread(this::work, "training-" + NUMBER.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
    }

    /** Trains continuously (within the speed limit) until paused, finished or closed. */
    public void play() {
        running = true;
        signal();
    }

    /** Stops after the batch in progress. */
    public void pause() {
        running = false;
    }

    /**
     * Trains to the end of the current epoch, then pauses: one whole epoch when paused between epochs, the rest of
     * the epoch when paused in the middle of one.
     */
    public void stepEpoch() {
        running = false;
        epochsRequested.incrementAndGet();
        signal();
    }

    /** At most this many epochs per second; 0 for as fast as possible. */
    public void setSpeedLimit(double epochsPerSecond) {
        epochsPerSecondLimit = Math.max(0, epochsPerSecond);
        signal();
    }

    /** New hyperparameters for the optimizer, applied before the next batch (its state is kept). */
    public void setHyperparameters(HyperparameterValues values) {
        pendingHyperparameters.set(values);
    }

    /** The metrics of the epochs finished since the last call, oldest first. */
    public List<EpochMetrics> drainMetrics() {
        var drained = new ArrayList<EpochMetrics>();
        for (EpochMetrics m; (m = metrics.poll()) != null; ) {
            drained.add(m);
        }
        return drained;
    }

    /** The newest snapshot published (parameters and history at an epoch's end or at a pause). */
    public TrainingSnapshot latestSnapshot() {
        return latest.get();
    }

    public State state() {
        return state;
    }

    /** Why training failed, in words for the student, or {@code null}. */
    public String failure() {
        return failure;
    }

    /** What training threw when it failed, or {@code null} (also when the loss blew up: nothing was thrown). */
    public Throwable failureCause() {
        return failureCause;
    }

    /** Whether the worker thread is still alive. */
    public boolean isAlive() {
        return worker.isAlive();
    }

    /** Asks the worker to end after the batch in progress, without waiting for it: never blocks the caller. */
    public void stop() {
        stopRequested = true;
        signal();
    }

    /** Waits up to {@code millis} for the worker to end; returns whether it has. */
    public boolean awaitEnd(long millis) {
        try {
            worker.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !worker.isAlive();
    }

    /** Stops the worker and waits for it to end (at most a second). */
    @Override
    public void close() {
        stop();
        awaitEnd(1000);
    }

    private void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        try {
            long nextEpochAt = System.nanoTime();
            while (!stopRequested) {
                if (trainer.isFinished()) {
                    state = State.FINISHED;
                    latest.set(trainer.parametersSnapshot());
                    return;
                }
                if (!running && epochsRequested.get() == 0) {
                    if (state != State.PAUSED) {
                        state = State.PAUSED;
                        latest.set(trainer.parametersSnapshot());
                    }
                    awaitWork(Long.MAX_VALUE);
                    nextEpochAt = System.nanoTime();
                    continue;
                }
                double limit = epochsPerSecondLimit;
                long now = System.nanoTime();
                if (limit > 0 && epochsRequested.get() == 0 && now < nextEpochAt && trainer.batch() == 0) {
                    awaitWork(nextEpochAt - now);
                    continue;
                }
                state = State.RUNNING;
                var values = pendingHyperparameters.getAndSet(null);
                if (values != null) {
                    trainer.configure(values);
                }
                EpochMetrics finished = trainer.stepBatch();
                if (finished != null) {
                    metrics.add(finished);
                    latest.set(trainer.parametersSnapshot());
                    if (finished.diverged()) {
                        failure = String.format(java.util.Locale.ROOT, SessionText.DIVERGED, finished.epoch());
                        state = State.FAILED;
                        return;
                    }
                    epochsRequested.updateAndGet(n -> Math.max(0, n - 1));
                    nextEpochAt = limit > 0 ? Math.max(nextEpochAt + (long) (1e9 / limit), now) : now;
                }
            }
            state = State.STOPPED;
        } catch (OutOfMemoryError e) {
            // The trainer's arrays go with this thread; the window stays usable and says what to change.
            fail(SessionText.OUT_OF_MEMORY, e);
        } catch (RuntimeException | Error e) {
            fail(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** The message and the cause first, the state last: whoever sees FAILED finds both. */
    private void fail(String message, Throwable cause) {
        failureCause = cause;
        failure = message;
        state = State.FAILED;
    }

    /**
     * Sleeps until signalled, or for {@code nanos} (Long.MAX_VALUE: until there is work, checking every 50 ms). The
     * reason to sleep is checked again under the lock, so a signal sent just before cannot be lost.
     */
    private void awaitWork(long nanos) {
        lock.lock();
        try {
            boolean idle = nanos == Long.MAX_VALUE
                    ? !running && epochsRequested.get() == 0
                    : epochsPerSecondLimit > 0 && epochsRequested.get() == 0;
            if (!stopRequested && idle) {
                wake.awaitNanos(nanos == Long.MAX_VALUE ? 50_000_000L : nanos);
            }
        } catch (InterruptedException e) {
            stopRequested = true;
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
