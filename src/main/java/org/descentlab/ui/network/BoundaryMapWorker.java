package org.descentlab.ui.network;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.Predictions;
import org.descentlab.core.surface.Bounds;
import org.descentlab.ui.UnexpectedErrors;

/**
 * Computes a boundary view's map off the JavaFX thread while the network trains, so that a deep or wide network's map
 * never holds up the window, and within a budget: after a map that took t, the next starts no sooner than
 * {@value #BUDGET_FACTOR} t later, so that drawing maps takes at most a quarter of a core from the training however
 * slow the map is (a 200 × 200 map of the seed's network takes about 13 ms, `bench`'s {@code boundary_map_200x200_ms};
 * a 4-layer network's, or any under a JIT that does not vectorise, much longer). One map at a time per view: a view asks again only once its last map
 * is drawn, so the newest parameters are always the next ones drawn.
 *
 * <p>Every view's maps are computed on one shared daemon thread; each view's worker has its own
 * {@link BoundaryPixels}, used only there. Call {@link #ready} and {@link #submit} on the JavaFX thread; results and
 * failures come back on it.
 */
final class BoundaryMapWorker {

    /** A map's pixels ({@link BoundaryPixels}) and the network's verdict on the training points at the same weights. */
    record Result(int[] pixels, Predictions scores) {
    }

    /** The pause after a map, in multiples of the time that map took. */
    static final int BUDGET_FACTOR = 3;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "boundary-map");
        thread.setDaemon(true);
        return thread;
    });

    private final BoundaryPixels pixels = new BoundaryPixels();
    private boolean busy;
    private long notBefore;

    /** Whether a new map may be asked for at {@code nowNanos} ({@link System#nanoTime()}): none running, budget kept. */
    boolean ready(long nowNanos) {
        return !busy && nowNanos - notBefore >= 0;
    }

    /**
     * Computes the map of {@code p} over {@code bounds} at {@code cells} × {@code cells}, and scores {@code train},
     * and hands both to {@code done} on the JavaFX thread. A failure goes to the app's unexpected-error report.
     */
    void submit(Parameters p, Activation activation, Bounds bounds, int cells, Dataset train,
            Consumer<Result> done) {
        busy = true;
        THREAD.execute(() -> {
            long start = System.nanoTime();
            Result result = null;
            Throwable failure = null;
            try {
                result = new Result(pixels.compute(p, activation, bounds, cells, null),
                        Predictions.of(p, activation, train));
            } catch (Throwable e) { // handed to the JavaFX thread below, never lost
                failure = e;
            }
            long took = System.nanoTime() - start;
            Result map = result;
            Throwable error = failure;
            Platform.runLater(() -> {
                busy = false;
                notBefore = System.nanoTime() + BUDGET_FACTOR * took;
                if (error != null) {
                    UnexpectedErrors.report(error);
                } else {
                    done.accept(map);
                }
            });
        });
    }
}
