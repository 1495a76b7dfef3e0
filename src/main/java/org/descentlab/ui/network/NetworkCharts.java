package org.descentlab.ui.network;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.widgets.OptimizerColours;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Loss and accuracy per epoch, training (solid) and validation (dashed) for every run, live and zoomable; the loss
 * axis can be logarithmic.
 */
final class NetworkCharts extends VBox {

    private final NetworkTabModel model;
    private final XYSeriesCollection losses = new XYSeriesCollection();
    private final XYSeriesCollection accuracies = new XYSeriesCollection();
    private final JFreeChart lossChart;
    private final JFreeChart accuracyChart;
    private final List<Integer> drawn = new ArrayList<>();
    private List<NetworkRun> shown = List.of();
    private boolean logLoss;

    NetworkCharts(NetworkTabModel model) {
        this.model = model;
        lossChart = Charts.linearLineChart("Loss per epoch", "epoch", "cross-entropy", losses);
        accuracyChart = Charts.linearLineChart("Accuracy per epoch", "epoch", "accuracy (%)", accuracies);
        for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
            var legend = new LegendTitle(chart.getXYPlot());
            legend.setItemFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 12));
            chart.addLegend(legend);
        }
        var lossViewer = new ChartViewer(lossChart);
        lossViewer.setId("networkLossChart");
        var accuracyViewer = new ChartViewer(accuracyChart);
        accuracyViewer.setId("networkAccuracyChart");
        for (ChartViewer viewer : new ChartViewer[] {lossViewer, accuracyViewer}) {
            viewer.setMinSize(200, 150);
            viewer.setPrefSize(400, 300);
            VBox.setVgrow(viewer, Priority.ALWAYS);
        }
        getChildren().addAll(lossViewer, accuracyViewer);
        setSpacing(6);
    }

    /** Switches the loss axis between linear and log. */
    void setLogLoss(boolean log) {
        logLoss = log;
        ((XYPlot) lossChart.getPlot()).setRangeAxis(log ? Charts.logAxis("cross-entropy (log)")
                : Charts.linearAxis("cross-entropy"));
    }

    /** Appends the epochs finished since the last update; starts over when the runs were replaced. */
    void update() {
        var runs = model.runs();
        if (!runs.equals(shown)) {
            rebuild(runs);
        }
        // One redraw per chart for the whole update, not one per series.
        lossChart.setNotify(false);
        accuracyChart.setNotify(false);
        try {
            append(runs);
        } finally {
            lossChart.setNotify(true);
            accuracyChart.setNotify(true);
        }
    }

    private void append(List<NetworkRun> runs) {
        for (int r = 0; r < runs.size(); r++) {
            var history = runs.get(r).history();
            int from = drawn.get(r);
            if (history.size() == from) {
                continue;
            }
            XYSeries loss = losses.getSeries(2 * r);
            XYSeries valLoss = losses.getSeries(2 * r + 1);
            XYSeries accuracy = accuracies.getSeries(2 * r);
            XYSeries valAccuracy = accuracies.getSeries(2 * r + 1);
            for (XYSeries s : new XYSeries[] {loss, valLoss, accuracy, valAccuracy}) {
                s.setNotify(false);
            }
            for (int i = from; i < history.size(); i++) {
                EpochMetrics m = history.get(i);
                loss.add(m.epoch(), m.loss(), false);
                accuracy.add(m.epoch(), m.accuracy(), false);
                if (m.hasValidation()) {
                    valLoss.add(m.epoch(), m.validationLoss(), false);
                    valAccuracy.add(m.epoch(), m.validationAccuracy(), false);
                }
            }
            drawn.set(r, history.size());
            for (XYSeries s : new XYSeries[] {loss, valLoss, accuracy, valAccuracy}) {
                s.setNotify(true);
            }
        }
    }

    private void rebuild(List<NetworkRun> runs) {
        shown = List.copyOf(runs);
        losses.removeAllSeries();
        accuracies.removeAllSeries();
        drawn.clear();
        boolean validation = model.split().hasValidation();
        for (int r = 0; r < runs.size(); r++) {
            String name = runs.size() == 1 ? "" : runs.get(r).label() + " ";
            for (XYSeriesCollection c : new XYSeriesCollection[] {losses, accuracies}) {
                c.addSeries(new XYSeries(name + "training", false, true));
                c.addSeries(new XYSeries(name + "validation", false, true));
            }
            drawn.add(0);
            for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
                var renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
                var colour = Charts.awt(OptimizerColours.of(runs.size() == 1 ? 1 : r));
                renderer.setSeriesPaint(2 * r, colour);
                renderer.setSeriesStroke(2 * r, new BasicStroke(2.5f));
                renderer.setSeriesPaint(2 * r + 1, runs.size() == 1 ? Charts.awt(OptimizerColours.of(0)) : colour);
                renderer.setSeriesStroke(2 * r + 1, new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 1, new float[] {7, 5}, 0));
                renderer.setSeriesVisibleInLegend(2 * r + 1, validation);
            }
        }
    }

    /** Points in the first run's training-loss series, for tests. */
    int lossPoints() {
        return losses.getSeriesCount() == 0 ? 0 : losses.getSeries(0).getItemCount();
    }
}
