package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.descentlab.ui.words.Words;

/**
 * The Gradients view in the middle of the network tab: the run's {@link GradientsChart}, or one per compared run
 * under its header (as the compared decision boundaries), so that sigmoid and ReLU at the same depth stand side by
 * side. While no epoch has been measured yet, a line says from when on they are.
 */
final class GradientsPane extends StackPane {

    private final NetworkTabModel model;
    private final List<GradientsChart> charts = new ArrayList<>();
    private final List<ComparisonPanel> panels = new ArrayList<>();
    private final Label waiting = new Label();
    private List<NetworkRun> shown = List.of();

    GradientsPane(NetworkTabModel model) {
        this.model = model;
        setId("gradientsView");
        setMinSize(0, 0);
        waiting.setId("gradientsWaiting");
        waiting.getStyleClass().add("hint");
        waiting.setWrapText(true);
        waiting.setMouseTransparent(true);
        StackPane.setAlignment(waiting, Pos.CENTER);
    }

    /** Adds the epochs finished since the last update; new charts when other runs are on show. */
    void update() {
        var runs = model.runs();
        if (!runs.equals(shown)) {
            rebuild(runs);
        }
        boolean any = false;
        for (int i = 0; i < charts.size() && i < runs.size(); i++) {
            charts.get(i).update(runs.get(i).history());
            any |= charts.get(i).epochs().length > 0;
            if (!panels.isEmpty()) {
                panels.get(i).show(runs.get(i));
            }
        }
        waiting.setText(Words.get("depth.chart.waiting"));
        waiting.setVisible(!any);
        if (charts.size() > 1) {
            shareNormAxis();
        }
    }

    /** Compared runs' norms on one scale: a run whose gradients are ten times smaller looks ten times lower. */
    private void shareNormAxis() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (var chart : charts) {
            double[] range = chart.normRange();
            if (range != null) {
                lo = Math.min(lo, range[0]);
                hi = Math.max(hi, range[1]);
            }
        }
        double[] shared = hi > 0 ? new double[] {lo, hi} : null;
        charts.forEach(c -> c.showNorms(shared));
    }

    private void rebuild(List<NetworkRun> runs) {
        shown = List.copyOf(runs);
        charts.clear();
        panels.clear();
        for (int i = 0; i < runs.size(); i++) {
            var chart = new GradientsChart();
            chart.viewer().setId(runs.size() == 1 ? "gradientsChart" : "gradientsChart-" + i);
            charts.add(chart);
        }
        if (runs.size() == 1) {
            getChildren().setAll(charts.get(0).viewer(), waiting);
            return;
        }
        var colours = RunColours.of(runs.stream().map(r -> r.settings().optimizer()).toList());
        for (int i = 0; i < runs.size(); i++) {
            var panel = new ComparisonPanel(charts.get(i).viewer(), colours.get(i));
            panel.setId("gradientsPanel-" + i);
            panel.show(runs.get(i));
            panels.add(panel);
        }
        var grid = RunGrid.of(panels);
        grid.setId("gradientsPanels");
        getChildren().setAll(grid, waiting);
    }

    /** Words of the moment on every chart. */
    void relabel() {
        charts.forEach(GradientsChart::relabel);
        for (int i = 0; i < panels.size() && i < shown.size(); i++) {
            panels.get(i).show(shown.get(i));
        }
        waiting.setText(Words.get("depth.chart.waiting"));
    }

    /** Fonts of classroom mode. */
    void present() {
        charts.forEach(GradientsChart::present);
    }

    /** The charts on show, one per run (for tests and pictures). */
    List<GradientsChart> charts() {
        return List.copyOf(charts);
    }

    /** The compared runs' panels, or none for a single run. */
    List<ComparisonPanel> panels() {
        return List.copyOf(panels);
    }
}
