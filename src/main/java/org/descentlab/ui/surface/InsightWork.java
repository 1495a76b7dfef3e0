package org.descentlab.ui.surface;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.BackgroundWork;

/**
 * The slow work of one insight view (the sweep, the basin maps) on {@link BackgroundWork}: it is asked for the result
 * of a request again and again (at every change of the settings) and starts work only when the request is new, the
 * newest winning. It can be stopped, and started again; a stopped or superseded job's result never arrives, so a view
 * never shows part of a picture as the whole. JavaFX thread only.
 *
 * @param <Q> a request: a value, equal for equal settings
 * @param <R> its result
 */
final class InsightWork<Q, R> implements AutoCloseable {

    /** Where the work stands. */
    enum State {
        /** Nothing to do: the newest request's result has arrived, or nothing is asked for. */
        IDLE,
        /** Working on the newest request. */
        RUNNING,
        /** Stopped by the person before the newest request's result came. */
        STOPPED,
        /** The newest request failed ({@link #failure()} says why). */
        FAILED
    }

    private final BackgroundWork<R> work;
    private final Function<Q, BackgroundWork.Job<R>> jobOf;
    private final BiConsumer<Q, R> onResult;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private Q wanted;
    private String failure;

    /**
     * @param threadName the worker thread's name
     * @param jobOf the job that computes a request's result
     * @param onResult gets the newest request's result, on the JavaFX thread
     */
    InsightWork(String threadName, Function<Q, BackgroundWork.Job<R>> jobOf, BiConsumer<Q, R> onResult) {
        this.work = new BackgroundWork<>(threadName);
        this.jobOf = jobOf;
        this.onResult = onResult;
    }

    /**
     * Asks for {@code request}'s result ({@code null}: for nothing). Work starts if it differs from the last request;
     * the same request again changes nothing, even when it was stopped.
     */
    void want(Q request) {
        if (Objects.equals(request, wanted)) {
            return;
        }
        wanted = request;
        start();
    }

    /** Stops the work in progress; its result will not arrive. */
    void stop() {
        if (state.get() == State.RUNNING) {
            work.cancel();
            state.set(State.STOPPED);
        }
    }

    /** Starts the newest request again (after a stop or a failure). */
    void again() {
        start();
    }

    /** The newest request, or {@code null}. */
    Q wanted() {
        return wanted;
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    State state() {
        return state.get();
    }

    /** How far the work in progress is, from 0 to 1. */
    ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** Why the newest request failed, or {@code null}. */
    String failure() {
        return failure;
    }

    private void start() {
        failure = null;
        if (wanted == null) {
            work.cancel();
            state.set(State.IDLE);
            return;
        }
        Q request = wanted;
        state.set(State.RUNNING);
        work.submit(jobOf.apply(request), result -> {
            state.set(State.IDLE);
            onResult.accept(request, result);
        }, thrown -> {
            failure = thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
            state.set(State.FAILED);
            UnexpectedErrors.record(thrown);
        });
    }

    /** Stops the worker thread (the tab is closing). */
    @Override
    public void close() {
        work.close();
    }
}
