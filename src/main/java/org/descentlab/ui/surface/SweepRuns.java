package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.ui.widgets.BackgroundWork;

/**
 * What the sweep view runs: each ticked optimizer (its own entry; copies differ only in settings the sweep replaces or
 * keeps) from the race's start, with its hyperparameters as set and the race's steps and noise, over the scene's grid
 * of learning rates ({@link LearningRateSweep}).
 */
final class SweepRuns {

    private SweepRuns() {
    }

    /**
     * One optimizer of a sweep.
     *
     * @param type the optimizer
     * @param values its hyperparameters, the learning rate set to its default: the sweep replaces it, so a new
     *     learning rate (a click on the sweep) asks for no new sweep
     */
    record Entry(OptimizerType type, HyperparameterValues values) {
    }

    /** Everything a sweep depends on. */
    record Request(Surface surface, Point start, int steps, double noise, long seed, Schedule schedule,
            LearningRateSweep.Grid grid, List<Entry> entries) {

        /** Copies the entries. */
        Request {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A finished sweep.
     *
     * @param request what was run
     * @param results one per entry, in the request's order, each complete
     */
    record Curves(Request request, List<LearningRateSweep.Result> results) {
    }

    /** The sweep of the tab's settings of the moment. */
    static Request request(SurfaceTabModel model) {
        SurfacesScene scene = model.scene();
        var entries = new ArrayList<Entry>();
        for (OptimizerSlot slot : model.enabledSlots()) {
            var lr = LearningRateSweep.learningRate(slot.type());
            entries.add(new Entry(slot.type(), slot.valuesProperty().get().with(lr.key(), lr.defaultValue())));
        }
        return new Request(scene.surface(), scene.start(), scene.steps(), scene.noise(), scene.noiseSeed(),
                scene.schedule(), scene.insight().sweepGrid(), entries);
    }

    /** Runs every entry in turn; progress counts the runs of all of them. A stopped job gives nothing. */
    static BackgroundWork.Job<Curves> job(Request r) {
        return progress -> {
            int points = r.grid().points();
            double total = Math.max(1, r.entries().size() * points);
            var results = new ArrayList<LearningRateSweep.Result>();
            for (int k = 0; k < r.entries().size(); k++) {
                Entry e = r.entries().get(k);
                int before = k * points;
                var result = LearningRateSweep.run(r.surface(), e.type(), e.values(), r.start(), r.steps(), r.noise(),
                        r.seed(), r.schedule(), r.grid(), done -> progress.update((before + done) / total),
                        progress::isCancelled);
                if (!result.complete()) {
                    return null; // stopped: the result is dropped, never drawn
                }
                results.add(result);
            }
            return new Curves(r, results);
        };
    }
}
