package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.descentlab.core.nn.ConfusionMatrix;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.Parameters;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.words.Words;

/**
 * The Confusion view in the middle of the network tab: the run's {@link ConfusionView}, or one per compared run under
 * its header. The matrices are counted off the JavaFX thread on the fast path ({@link ConfusionMatrix}), at most
 * {@value #PER_SECOND} times a second while training, and at once when training stops: a large dataset must not slow
 * the window down.
 */
final class ConfusionPane extends StackPane {

    /** Countings per second while training, at most. */
    static final int PER_SECOND = 4;
    private static final long INTERVAL_NANOS = 1_000_000_000L / PER_SECOND;

    /** Both matrices of one run's {@code parameters}; {@code validation} null when there is no validation set. */
    record Counted(Parameters parameters, ConfusionMatrix train, ConfusionMatrix validation) {
    }

    private final NetworkTabModel model;
    private final BackgroundWork<List<Counted>> work = new BackgroundWork<>("confusion-matrix");
    private final List<ConfusionView> views = new ArrayList<>();
    private final List<ComparisonPanel> panels = new ArrayList<>();
    private List<NetworkRun> shown = List.of();
    /** The parameters of each run the matrices on show (or being counted) belong to. */
    private List<Parameters> counted = List.of();
    /** The parameters of each run whose matrices are on show. */
    private List<Parameters> onShow = List.of();
    private long lastCount;
    private int countings;

    ConfusionPane(NetworkTabModel model) {
        this.model = model;
        setId("confusionView");
        setMinSize(0, 0);
    }

    /**
     * New views when other runs are on show; the matrices counted again when a run has new parameters, at most
     * {@value #PER_SECOND} times a second unless {@code idle} (training stopped: the last epoch's matrix at once).
     */
    void update(boolean idle) {
        var runs = model.runs();
        if (!runs.equals(shown)) {
            rebuild(runs);
        }
        for (int i = 0; i < panels.size() && i < runs.size(); i++) {
            panels.get(i).show(runs.get(i));
        }
        var now = runs.stream().map(NetworkRun::parameters).toList();
        long time = System.nanoTime();
        if (sameObjects(now, counted) || work.runningProperty().get() || (!idle && time - lastCount < INTERVAL_NANOS)) {
            return; // a counting under way is never superseded: that would starve the view while training
        }
        lastCount = time;
        counted = now;
        var activations = runs.stream().map(r -> r.settings().activation()).toList();
        DatasetSplit split = model.split();
        work.submit(progress -> count(now, activations, split), this::show, this::failed);
    }

    private static List<Counted> count(List<Parameters> parameters, List<org.descentlab.core.nn.Activation> activations,
            DatasetSplit split) {
        var result = new ArrayList<Counted>();
        for (int i = 0; i < parameters.size(); i++) {
            var train = ConfusionMatrix.of(parameters.get(i), activations.get(i), split.train());
            var validation = split.validation().size() == 0 ? null
                    : ConfusionMatrix.of(parameters.get(i), activations.get(i), split.validation());
            result.add(new Counted(parameters.get(i), train, validation));
        }
        return result;
    }

    private static boolean sameObjects(List<Parameters> a, List<Parameters> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void show(List<Counted> result) {
        countings++;
        onShow = result.stream().map(Counted::parameters).toList();
        for (int i = 0; i < views.size() && i < result.size(); i++) {
            views.get(i).show(result.get(i).train(), result.get(i).validation());
        }
        // Weights that came while this counting ran are counted next: at once if training has stopped (the frame
        // loop may have stopped with it), else at the next frame's update.
        update(model.idle());
    }

    private void failed(Throwable failure) {

        counted = List.of(); // tried again at the next update
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        views.forEach(v -> v.showMessage(() -> Words.format("confusion.failed", why)));
    }

    private void rebuild(List<NetworkRun> runs) {
        shown = List.copyOf(runs);
        counted = List.of();
        onShow = List.of();
        work.cancel();
        views.clear();
        panels.clear();
        for (int i = 0; i < runs.size(); i++) {
            var view = new ConfusionView();
            view.setId(runs.size() == 1 ? "confusionMatrix" : "confusionMatrix-" + i);
            views.add(view);
        }
        if (runs.size() == 1) {
            getChildren().setAll(views.get(0));
            return;
        }
        var colours = RunColours.of(runs.stream().map(r -> r.settings().optimizer()).toList());
        for (int i = 0; i < runs.size(); i++) {
            var panel = new ComparisonPanel(views.get(i), colours.get(i));
            panel.setId("confusionPanel-" + i);
            panel.show(runs.get(i));
            panels.add(panel);
        }
        var grid = RunGrid.of(panels);
        grid.setId("confusionPanels");
        getChildren().setAll(grid);
    }

    /** Words of the moment on every matrix and header. */
    void relabel() {
        views.forEach(ConfusionView::draw);
        for (int i = 0; i < panels.size() && i < shown.size(); i++) {
            panels.get(i).show(shown.get(i));
        }
    }

    /** Classroom mode's sizes. */
    void present() {
        views.forEach(ConfusionView::present);
    }

    /** Whether a counting is under way. */
    boolean counting() {
        return work.runningProperty().get();
    }

    /** Whether every run's matrices on show are those of its newest parameters (for tests). */
    boolean current() {
        var runs = model.runs();
        return runs.equals(shown) && sameObjects(runs.stream().map(NetworkRun::parameters).toList(), onShow);
    }

    /** How many countings have been shown so far (for tests). */
    int countings() {
        return countings;
    }

    /** The views on show, one per run (for tests and pictures). */
    List<ConfusionView> views() {
        return List.copyOf(views);
    }

    /** The compared runs' panels, or none for a single run. */
    List<ComparisonPanel> panels() {
        return List.copyOf(panels);
    }

    /** Stops the counting thread (the window is closing). */
    void close() {
        work.close();
    }
}
