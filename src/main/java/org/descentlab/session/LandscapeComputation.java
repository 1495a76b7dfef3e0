package org.descentlab.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.descentlab.core.landscape.Landscape;
import org.descentlab.core.landscape.LandscapePlan;
import org.descentlab.core.landscape.LandscapeRequest;

/**
 * Computes a loss landscape on every core: the calling thread plans it ({@link LandscapePlan#of}, which for PCA takes
 * the trajectory's SVD), then it and {@code threads − 1} helper threads take rows of the grid one at a time from a
 * shared counter, each with a sampler of its own, until none is left. Rows cost the same, so a shared counter keeps
 * the threads equally busy without any splitting up front.
 *
 * <p>The calling thread alone talks to the caller: it asks {@code cancelled} before each of its rows and reports the
 * share of rows done after each; the helpers see a flag it sets. A failure on any thread stops the others and is
 * thrown on the calling thread. The helper threads are daemons named {@code landscape-N} and end before the method
 * returns.
 */
public final class LandscapeComputation {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private LandscapeComputation() {
    }

    /** The landscape on all available processors, without progress or cancelling (the command line, benchmarks). */
    public static Landscape compute(LandscapeRequest request) {
        return compute(request, defaultThreads(), fraction -> { }, () -> false).orElseThrow();
    }

    /** The available processors: two on the classroom machines this is made for. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The landscape of {@code request} on {@code threads} threads (the calling one included).
     *
     * @param progress told the share of rows done, from 0 to 1, on the calling thread
     * @param cancelled asked on the calling thread before each of its rows; once it says true, every thread stops
     *     after its current row and the result is empty
     * @throws IllegalArgumentException if no plane can be found (see {@link LandscapePlan#of})
     */
    public static Optional<Landscape> compute(LandscapeRequest request, int threads, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, got " + threads);
        }
        LandscapePlan plan = LandscapePlan.of(request);
        int rows = plan.size();
        double[] values = new double[rows * rows];
        var shared = new Shared();
        var helpers = new ArrayList<Thread>();
        int extra = Math.min(threads, rows) - 1;
        int number = NUMBER.incrementAndGet();
        for (int t = 0; t < extra; t++) {
            var helper = new Thread(() -> work(plan, values, shared), "landscape-" + number + "-" + (t + 1));
            helper.setDaemon(true);
            helpers.add(helper);
            helper.start();
        }
        try {
            lead(plan, values, shared, progress, cancelled);
        } catch (RuntimeException | Error e) {
            shared.fail(e);
        } finally {
            joinAll(helpers, shared);
        }
        shared.rethrow();
        if (shared.stopped) {
            return Optional.empty();
        }
        progress.accept(1);
        return Optional.of(plan.landscape(values));
    }

    /** The calling thread's share: rows, progress and the cancel check. */
    private static void lead(LandscapePlan plan, double[] values, Shared shared, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        var sampler = plan.sampler();
        int rows = plan.size();
        while (!shared.stopped) {
            if (cancelled.getAsBoolean()) {
                shared.stopped = true;
                return;
            }
            int row = shared.next.getAndIncrement();
            if (row >= rows) {
                return;
            }
            sampler.sampleRow(row, values);
            progress.accept((double) shared.done.incrementAndGet() / rows);
        }
    }

    /** A helper thread's share: rows until none is left or the run stops. */
    private static void work(LandscapePlan plan, double[] values, Shared shared) {
        try {
            var sampler = plan.sampler();
            while (!shared.stopped) {
                int row = shared.next.getAndIncrement();
                if (row >= plan.size()) {
                    return;
                }
                sampler.sampleRow(row, values);
                shared.done.incrementAndGet();
            }
        } catch (RuntimeException | Error e) {
            shared.fail(e);
        }
    }

    private static void joinAll(List<Thread> helpers, Shared shared) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    // Stop the helpers, but wait for them: they write into the values until they end.
                    shared.stopped = true;
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the threads share: the next row, the rows done, the stop flag and the first failure. */
    private static final class Shared {
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean stopped;

        void fail(Throwable e) {
            failure.compareAndSet(null, e);
            stopped = true;
        }

        void rethrow() {
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
        }
    }
}
