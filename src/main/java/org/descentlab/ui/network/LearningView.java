package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.widgets.ClassColours;
import org.jfree.chart.fx.ChartViewer;

/**
 * The network learning as the network tab draws it, for animations made off screen: each run's decision-boundary map
 * under its header (the tab's {@link BoundaryView} in a {@link ComparisonPanel}), beside the tab's loss chart. The
 * runs train on their own workers; {@link #trainTo} asks them for epochs, {@link #reached} tells when they are done,
 * and {@link #redraw} draws what they published. JavaFX thread only.
 */
public final class LearningView extends Region {

    /** Share of the width the maps take beside the chart (or of the height above it, on a tall picture). */
    private static final double MAPS_SHARE = 0.6;
    private static final double GAP = 6;

    private final NetworkTabModel model;
    private final List<ComparisonPanel> panels = new ArrayList<>();
    private final GridPane maps = new GridPane();
    private final NetworkCharts charts;
    private final ChartViewer loss;
    /** The epoch each run was asked to train to. */
    private final int[] asked;

    /** The runs of {@code model} from where they are now (a fresh model: the initial weights). */
    public LearningView(NetworkTabModel model) {
        this.model = model;
        this.asked = new int[model.runs().size()];
        charts = new NetworkCharts(model);
        loss = new ChartViewer(charts.lossChart());
        loss.setMinSize(0, 0);
        var runs = model.runs();
        var colours = RunColours.of(runs.stream().map(r -> r.settings().optimizer()).toList());
        int columns = runs.size() <= 2 ? runs.size() : 2;
        int rows = (runs.size() + columns - 1) / columns;
        maps.setHgap(GAP);
        maps.setVgap(GAP);
        for (int c = 0; c < columns; c++) {
            var constraint = new ColumnConstraints();
            constraint.setPercentWidth(100.0 / columns);
            maps.getColumnConstraints().add(constraint);
        }
        for (int r = 0; r < rows; r++) {
            var constraint = new RowConstraints();
            constraint.setPercentHeight(100.0 / rows);
            maps.getRowConstraints().add(constraint);
        }
        for (int i = 0; i < runs.size(); i++) {
            final int index = i;
            boolean compact = runs.size() > 1;
            var view = new BoundaryView(model, () -> model.runs().get(index), compact);
            view.setResolution(compact ? 120 : 200); // as the tab draws them
            var panel = new ComparisonPanel(view, colours.get(i));
            panels.add(panel);
            maps.add(panel, i % columns, i / columns);
        }
        getChildren().addAll(maps, loss);
        redraw();
    }

    /** Asks every run that can go on to train until it has finished epoch {@code epoch} (then to pause). */
    public void trainTo(int epoch) {
        var runs = model.runs();
        for (int i = 0; i < runs.size(); i++) {
            var session = runs.get(i).session();
            if (session.state() == TrainingSession.State.FAILED || session.state() == TrainingSession.State.FINISHED) {
                continue;
            }
            for (int e = Math.max(asked[i], runs.get(i).epoch()); e < epoch; e++) {
                session.stepEpoch();
            }
            asked[i] = Math.max(asked[i], epoch);
        }
    }

    /**
     * Takes what the workers published and tells whether every run has shown epoch {@code epoch}: its metrics and
     * its weights (a run that failed or ended counts as there: it will not go further).
     */
    public boolean reached(int epoch) {
        model.poll(System.nanoTime());
        for (NetworkRun run : model.runs()) {
            var state = run.session().state();
            boolean over = state == TrainingSession.State.FAILED || state == TrainingSession.State.FINISHED
                    || state == TrainingSession.State.STOPPED;
            if (!over && (run.epoch() < epoch || run.snapshot().epoch() < epoch)) {
                return false;
            }
        }
        return true;
    }

    /** Draws the maps, their headers and the loss chart as the runs stand. */
    public void redraw() {
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).view().refresh(true);
            panels.get(i).show(model.runs().get(i));
        }
        charts.update();
    }

    /**
     * The colours the view is drawn in, as 24-bit RGB: each class's (its points, and its region at four steps of
     * sureness) and each run's (its lines and header).
     */
    public List<Integer> colours() {
        var colours = new ArrayList<Integer>();
        int classes = model.dataset().classes();
        for (int k = 0; k < Math.min(classes, 10); k++) {
            colours.add(rgb(ClassColours.of(k)));
            for (double sureness = 0.25; sureness <= 1; sureness += 0.25) {
                colours.add(ClassColours.regionArgb(k, sureness) & 0xffffff);
            }
        }
        RunColours.of(model.runs().stream().map(r -> r.settings().optimizer()).toList())
                .forEach(c -> colours.add(rgb(c)));
        return colours;
    }

    private static int rgb(javafx.scene.paint.Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean single = panels.size() == 1;
        if (w >= h) {
            double mapsWidth = single ? Math.min(h, MAPS_SHARE * w) : MAPS_SHARE * w;
            maps.resizeRelocate(0, 0, mapsWidth, h);
            loss.resizeRelocate(mapsWidth + GAP, 0, Math.max(0, w - mapsWidth - GAP), h);
        } else {
            double mapsHeight = single ? Math.min(w, MAPS_SHARE * h) : MAPS_SHARE * h;
            maps.resizeRelocate(0, 0, w, mapsHeight);
            loss.resizeRelocate(0, mapsHeight + GAP, w, Math.max(0, h - mapsHeight - GAP));
        }
    }
}
