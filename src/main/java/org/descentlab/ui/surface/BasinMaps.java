package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.InsightSetup;
import org.descentlab.core.surface.Surface;
import org.descentlab.ui.widgets.BackgroundWork;

/**
 * The basin maps on show: which map each plot wants (the overlay plot the first chosen optimizer's; a side-by-side
 * panel its own optimizer's, when that optimizer is chosen), computed off the JavaFX thread, newest settings winning,
 * and kept for the last few settings so that going back (to the overlay, to an earlier rate) shows a map at once.
 */
final class BasinMaps implements AutoCloseable {

    /**
     * Everything one map depends on: a change of any of these (not of the start point, which the map does not use)
     * asks for a new map.
     */
    record Request(Surface surface, OptimizerType type, HyperparameterValues values, int grid, int steps,
            double noise, long seed, Schedule schedule) {
    }

    /** Maps kept: a few settings back, for both maps of the side-by-side layout (a 120 × 120 map is ~350 kB). */
    private static final int KEPT = 8;

    private final SurfaceTabModel model;
    private final Supplier<List<BasinLayer>> layers;
    private final Map<Request, BasinMap> done = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, BasinMap> eldest) {
            return size() > KEPT;
        }
    };
    private final InsightWork<List<Request>, List<BasinMap>> work;

    /** @param layers the basin layers of the plots on show */
    BasinMaps(SurfaceTabModel model, Supplier<List<BasinLayer>> layers) {
        this.model = model;
        this.layers = layers;
        this.work = new InsightWork<>("basin-map", BasinMaps::job, this::arrived);
    }

    /** The work, for its progress and to stop it. */
    InsightWork<List<Request>, List<BasinMap>> work() {
        return work;
    }

    /**
     * Brings every layer up to the settings of the moment: shows the maps computed already, clears the others and
     * computes them. Cheap when nothing changed.
     */
    void refresh() {
        InsightSetup insight = model.insightProperty().get();
        var wanted = new IdentityHashMap<BasinLayer, Request>();
        if (insight.showBasins()) {
            long seed = model.scene().noiseSeed();
            for (BasinLayer layer : layers.get()) {
                OptimizerType type = typeFor(layer, insight);
                if (type != null) {
                    wanted.put(layer, new Request(model.surface(), type, model.slot(type.id()).valuesProperty().get(),
                            insight.basinGrid(), model.maxStepsProperty().get(), model.noiseProperty().get(), seed,
                            model.scheduleProperty().get()));
                }
            }
        }
        var missing = wanted.values().stream().distinct().filter(r -> !done.containsKey(r)).toList();
        work.want(missing.isEmpty() ? null : missing);
        for (BasinLayer layer : layers.get()) {
            Request request = wanted.get(layer);
            layer.show(request == null ? null : done.get(request));
        }
    }

    /** The optimizer whose map {@code layer} shows, or {@code null} for none. */
    private static OptimizerType typeFor(BasinLayer layer, InsightSetup insight) {
        if (!layer.inPanel()) {
            return insight.basinOptimizers().get(0);
        }
        // A copy's panel shows no map: the map is of the optimizer's own entry, with its own hyperparameters.
        OptimizerSlot slot = layer.panelSlot();
        return slot != null && !slot.isCopy() && insight.basinOptimizers().contains(slot.type()) ? slot.type() : null;
    }

    private void arrived(List<Request> requests, List<BasinMap> maps) {
        for (int i = 0; i < requests.size(); i++) {
            done.put(requests.get(i), maps.get(i));
        }
        refresh();
    }

    /** Computes each map in turn; progress counts the cells of all of them. A stopped job gives nothing. */
    private static BackgroundWork.Job<List<BasinMap>> job(List<Request> requests) {
        return progress -> {
            double total = requests.stream().mapToDouble(r -> (double) r.grid() * r.grid()).sum();
            double before = 0;
            var maps = new ArrayList<BasinMap>();
            for (Request r : requests) {
                double base = before;
                BasinMap map = BasinMap.compute(r.surface(), r.type(), r.values(), r.grid(), r.steps(), r.noise(),
                        r.seed(), r.schedule(), cells -> progress.update((base + cells) / total),
                        progress::isCancelled);
                if (!map.complete()) {
                    return null; // stopped: the result is dropped, never drawn
                }
                maps.add(map);
                before += (double) r.grid() * r.grid();
            }
            return maps;
        };
    }

    @Override
    public void close() {
        work.close();
    }
}
