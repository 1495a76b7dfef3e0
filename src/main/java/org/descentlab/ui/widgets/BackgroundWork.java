package org.descentlab.ui.widgets;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Slow work for one kind of result (a heat map, a sweep, an export), off the JavaFX thread: the newest request wins.
 * Each {@link #submit} supersedes the requests before it: a superseded job that has not started is skipped, one that
 * is running sees {@link Progress#isCancelled()} and its result is dropped when it comes. The newest job's result
 * goes to its result handler, and its failure (any {@link Throwable}, out-of-memory included) to its failure handler,
 * both on the JavaFX thread: a failure is never lost, so a view can always say why it has nothing to show.
 *
 * <p>One daemon thread per instance; {@link #close} stops it. Call {@link #submit} and {@link #cancel} on the JavaFX
 * thread.
 *
 * @param <T> the result
 */
public final class BackgroundWork<T> implements AutoCloseable {

    /** The slow part, run on the worker thread. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a job may tell and ask while it runs. */
    public interface Progress {
        /** Reports how far the job is, from 0 to 1 (shown in {@link #progressProperty()}). */
        void update(double fraction);

        /** Whether a newer request or {@link #cancel} made this job's result unwanted: it may stop early. */
        boolean isCancelled();
    }

    private final ExecutorService worker;
    private final Executor fxThread;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private volatile boolean closed;

    /** Work on a daemon thread named {@code threadName}, delivered on the JavaFX thread. */
    public BackgroundWork(String threadName) {
        this(threadName, Platform::runLater);
    }

    /** Work delivered through {@code fxThread} (tests deliver on a thread of their own). */
    BackgroundWork(String threadName, Executor fxThread) {
        this.fxThread = fxThread;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code job} in place of every earlier request.
     *
     * @param onResult gets the result on the JavaFX thread, if no newer request came meanwhile
     * @param onFailure gets what the job threw on the JavaFX thread, if no newer request came meanwhile
     */
    public void submit(Job<T> job, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(job);
        Objects.requireNonNull(onResult);
        Objects.requireNonNull(onFailure);
        long request = generation.incrementAndGet();
        running.set(true);
        progress.set(0);
        worker.execute(() -> run(request, job, onResult, onFailure));
    }

    /** Drops the request in progress: its result and failure will not be delivered. */
    public void cancel() {
        generation.incrementAndGet();
        running.set(false);
    }

    /** How far the newest job is, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the newest request is still being worked on. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Stops the thread; nothing more is delivered. */
    @Override
    public void close() {
        closed = true;
        generation.incrementAndGet();
        worker.shutdownNow();
    }

    /** A failure nobody waits for any more is still not swallowed: it goes to the log of the platform. */
    private void superseded(Throwable failure) {
        if (!closed) {
            System.getLogger(BackgroundWork.class.getName()).log(System.Logger.Level.WARNING,
                    "A superseded background job failed", failure);
        }
    }

    private void run(long request, Job<T> job, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        if (request != generation.get()) {
            return; // superseded before it started
        }
        var progressOfJob = new Progress() {
            @Override
            public void update(double fraction) {
                if (request == generation.get() && pendingProgress.getAndSet(fraction) == null) {
                    // One hand-over at a time: a job reporting often cannot flood the JavaFX thread.
                    fxThread.execute(() -> {
                        Double newest = pendingProgress.getAndSet(null);
                        if (newest != null && request == generation.get()) {
                            progress.set(newest);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return request != generation.get();
            }
        };
        T result;
        try {
            result = job.run(progressOfJob);
        } catch (Throwable failure) {
            if (request != generation.get()) {
                superseded(failure);
                return;
            }
            fxThread.execute(() -> {
                if (request == generation.get()) {
                    running.set(false);
                    onFailure.accept(failure);
                } else {
                    superseded(failure);
                }
            });
            return;
        }
        fxThread.execute(() -> {
            if (request == generation.get()) {
                running.set(false);
                progress.set(1);
                onResult.accept(result);
            }
        });
    }
}
