package org.descentlab.ui.surface;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.words.Words;

/**
 * The surface tab's heat maps: each computed once per surface as {@link BackgroundWork} (the newest surface wins) and
 * kept, then handed to every plot. One that cannot be computed is said so on the line above the plot, in the
 * language of the moment, and the plots say in short that there is no surface to draw; the race goes on without
 * colours.
 */
final class PlotHeatMaps {

    /** A heat map started before the window was built ({@link #prepare}), until the first load takes it. */
    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    private final Map<Surface, HeatMap> maps = new HashMap<>();
    private final BackgroundWork<HeatMap> work = new BackgroundWork<>("heat-map");
    private final ProblemLabel problem = new ProblemLabel("surfaceProblem");
    private final int size;
    private final Consumer<HeatMap> show;
    private final Consumer<Supplier<String>> showProblem;
    private Function<Surface, HeatMap> maker;
    /** Why the heat map could not be computed, or {@code null}: said again in each new language. */
    private String failure;

    /**
     * @param size the heat map's grid, per side
     * @param show puts a heat map (or {@code null} while one is computed) on every plot
     * @param showProblem tells every plot that there is none, in words made when drawn
     */
    PlotHeatMaps(int size, Consumer<HeatMap> show, Consumer<Supplier<String>> showProblem) {
        this.size = size;
        this.show = show;
        this.showProblem = showProblem;
        this.maker = s -> HeatMap.compute(s, size, size);
    }

    /** The line above the plot that says why the surface could not be drawn. */
    ProblemLabel problemLabel() {
        return problem;
    }

    /** Forgets the last failure: a new surface is coming. */
    void clearProblem() {
        problem.show(null);
        failure = null;
    }

    /** Whether the heat map on show could not be computed. */
    boolean failed() {
        return problem.isVisible();
    }

    /** The heat map of {@code surface}, if computed. */
    HeatMap of(Surface surface) {
        return maps.get(surface);
    }

    /** A heat map being computed ahead of the window. */
    private record Ahead(Surface surface, int size, CompletableFuture<HeatMap> map) {
    }

    /**
     * Starts computing {@code surface}'s heat map of {@code size} × {@code size} on a thread of its own while the
     * window is being opened, so that the first frame with content can have it: the first {@link #load} of that
     * surface at that size takes it (at once if done, else when done; computed again if it failed).
     *
     * @return the map to come (for tests)
     */
    static CompletableFuture<HeatMap> prepare(Surface surface, int size) {
        var ahead = new Ahead(surface, size, new CompletableFuture<>());
        AHEAD.set(ahead);
        var thread = new Thread(() -> {
            try {
                ahead.map().complete(HeatMap.compute(surface, size, size));
            } catch (RuntimeException | OutOfMemoryError e) {
                ahead.map().completeExceptionally(e);
            }
        }, "heat-map-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead.map();
    }

    /** The heat map computed ahead for {@code surface} at this tab's size, taken (a second load computes its own). */
    private Ahead takeAhead(Surface surface) {
        Ahead ahead = AHEAD.get();
        return ahead != null && ahead.surface() == surface && ahead.size() == size && AHEAD.compareAndSet(ahead, null)
                ? ahead : null;
    }

    /** Shows {@code surface}'s heat map: at once if computed before, else when computed (and nothing meanwhile). */
    void load(Surface surface) {
        HeatMap cached = maps.get(surface);
        if (cached != null && cached.surface() != surface) { // an equal typed surface, made again: the plots ask "=="
            cached = new HeatMap(surface, cached.grid(), cached.linear(), cached.log(), cached.linearPixels(),
                    cached.logPixels(), cached.contours());
        }
        if (cached != null) {
            work.cancel();
            show.accept(cached);
            return;
        }
        Ahead ahead = takeAhead(surface);
        if (ahead != null && ahead.map().isDone() && !ahead.map().isCompletedExceptionally()) {
            work.cancel();
            HeatMap map = ahead.map().join();
            maps.put(surface, map);
            show.accept(map);
            return;
        }
        show.accept(null);
        var make = maker;
        work.submit(progress -> ahead == null ? make.apply(surface) : finished(ahead, make), map -> {
            maps.put(surface, map);
            show.accept(map);
        }, this::failed);
    }

    /** The heat map computed ahead once it is done, or computed here if that failed. */
    private static HeatMap finished(Ahead ahead, Function<Surface, HeatMap> make) throws InterruptedException {
        try {
            return ahead.map().get();
        } catch (ExecutionException e) {
            return make.apply(ahead.surface());
        }
    }

    private void failed(Throwable cause) {
        failure = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        problem.show(Words.format("surfaces.heatMap.failed", failure));
        showProblem.accept(PlotHeatMaps::failedShort);
        UnexpectedErrors.record(cause);
    }

    /** What a plot says in place of a heat map that could not be computed. */
    static String failedShort() {
        return Words.get("surfaces.heatMap.failedShort");
    }

    /** Says again, in the new language, why the heat map could not be computed. */
    void refreshWords() {
        if (failure != null) {
            problem.show(Words.format("surfaces.heatMap.failed", failure));
        }
    }

    /** Replaces the computation (tests make it fail); applies from the next surface not yet drawn. */
    void useMaker(Function<Surface, HeatMap> newMaker) {
        maker = newMaker;
    }

    /** Stops the heat-map thread (the window is closing). */
    void close() {
        work.close();
    }
}
