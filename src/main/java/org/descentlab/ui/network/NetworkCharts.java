package org.descentlab.ui.network;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Loss and accuracy per epoch, training (solid) and validation (dashed) for every run in its optimizer's colour, live
 * and zoomable; the loss axis can be logarithmic. The two charts sit one above the other in a tall space and side by
 * side in a wide one (under the map on a narrow window). Titles, axes and legends are in the words of the
 * {@code network} bundle and the shipped font, made again by {@link #relabel} after a change of language.
 *
 * <p>A run ended by early stopping gets a vertical line in its colour at the epoch whose parameters it kept, on both
 * charts, labelled on the loss chart ({@link KeptMarkers}).
 */
final class NetworkCharts extends Region {

    /** The legends' font: the shipped one, which has Hangul. */
    private static final java.awt.Font LEGEND = new java.awt.Font(UiFont.FAMILY, java.awt.Font.PLAIN, 12);

    private final NetworkTabModel model;
    private final XYSeriesCollection losses = new XYSeriesCollection();
    private final XYSeriesCollection accuracies = new XYSeriesCollection();
    private final JFreeChart lossChart;
    private final JFreeChart accuracyChart;
    private final ChartViewer lossViewer;
    private final ChartViewer accuracyViewer;
    private final TextTitle lineKey = new TextTitle("", LEGEND);
    private final List<Integer> drawn = new ArrayList<>();
    private final List<java.awt.Color> colours = new ArrayList<>();
    private List<NetworkRun> shown = List.of();
    /** The label and optimizer of every run shown: a run's colour and name follow its optimizer. */
    private List<String> shownNames = List.of();
    private boolean logLoss;
    private final KeptMarkers kept;

    NetworkCharts(NetworkTabModel model) {
        this.model = model;
        lossChart = Charts.linearLineChart("", "", "", losses);
        accuracyChart = Charts.linearLineChart("", "", "", accuracies);
        for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
            var legend = new LegendTitle(chart.getXYPlot());
            legend.setItemFont(LEGEND);
            chart.addLegend(legend);
        }
        kept = new KeptMarkers(lossChart.getXYPlot(), accuracyChart.getXYPlot());
        words();
        present();
        lossViewer = new ChartViewer(lossChart);
        lossViewer.setId("networkLossChart");
        accuracyViewer = new ChartViewer(accuracyChart);
        accuracyViewer.setId("networkAccuracyChart");
        for (ChartViewer viewer : new ChartViewer[] {lossViewer, accuracyViewer}) {
            viewer.setMinSize(0, 0);
            viewer.setPrefSize(400, 300);
        }
        getChildren().addAll(lossViewer, accuracyViewer);
    }

    /** Side by side when the space is at least about twice as wide as high, else one above the other. */
    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double gap = NetworkLayout.GAP;
        if (w >= 1.6 * h) {
            double half = (w - gap) / 2;
            lossViewer.resizeRelocate(0, 0, half, h);
            accuracyViewer.resizeRelocate(half + gap, 0, half, h);
        } else {
            double half = (h - gap) / 2;
            lossViewer.resizeRelocate(0, 0, w, half);
            accuracyViewer.resizeRelocate(0, half + gap, w, half);
        }
    }

    /** Switches the loss axis between linear and log. */
    void setLogLoss(boolean log) {
        logLoss = log;
        ((XYPlot) lossChart.getPlot()).setRangeAxis(log ? Charts.logAxis(lossAxisLabel())
                : Charts.linearAxis(lossAxisLabel()));
        present();
    }

    /** Fonts 1.5× in classroom mode, as the rest of the window (the tab calls it when the mode changes). */
    void present() {
        quietly(() -> {
            for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
                Charts.scaleFonts(chart, Presentation.scale());
            }
            kept.clear(); // drawn again in the new size at the next update
        });
    }

    /** The loss chart (for tests). */
    JFreeChart lossChart() {
        return lossChart;
    }

    private String lossAxisLabel() {
        return Words.get(logLoss ? "network.chart.crossEntropyLog" : "network.chart.crossEntropy");
    }

    /** Titles, axes and legends in the words of the moment; the lines drawn stay as they are. */
    void relabel() {
        words();
        shown = List.of(); // the next update names the series anew (and puts their points back)
        update();
    }

    private void words() {
        quietly(this::titles);
    }

    private void titles() {
        lossChart.setTitle(Words.get("network.chart.lossTitle"));
        accuracyChart.setTitle(Words.get("network.chart.accuracyTitle"));
        for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
            chart.getXYPlot().getDomainAxis().setLabel(Words.get("network.chart.epoch"));
        }
        lossChart.getXYPlot().getRangeAxis().setLabel(lossAxisLabel());
        accuracyChart.getXYPlot().getRangeAxis().setLabel(Words.get("network.chart.accuracy"));
        lineKey.setText(Words.get("network.chart.lineKey"));
        kept.clear();
    }

    /** Appends the epochs finished since the last update; starts over when the runs were replaced. */
    void update() {
        quietly(() -> {
            var runs = model.runs();
            var names = runs.stream().map(r -> r.label() + "/" + r.settings().optimizer().id()).toList();
            if (!runs.equals(shown) || !names.equals(shownNames)) {
                shownNames = names;
                rebuild(runs);
            }
            append(runs);
            kept.show(runs, colours);
        });
    }

    /**
     * Runs {@code change} with both charts' notifications off: one redraw per chart for the whole change, not one per
     * series, colour, stroke, marker or title it sets (rebuilding drew each chart a dozen times).
     */
    private void quietly(Runnable change) {
        lossChart.setNotify(false);
        accuracyChart.setNotify(false);
        try {
            change.run();
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

    /**
     * New series for new runs. A single run's legend names its lines; compared runs are named by their labels only
     * (each in its colour, as in the panel headers), with one line under the title telling solid from dashed.
     */
    private void rebuild(List<NetworkRun> runs) {
        shown = List.copyOf(runs);
        kept.clear();
        losses.removeAllSeries();
        accuracies.removeAllSeries();
        drawn.clear();
        colours.clear();
        boolean validation = model.split().hasValidation();
        boolean single = runs.size() == 1;
        var runColours = RunColours.of(runs.stream().map(r -> r.settings().optimizer()).toList());
        for (int r = 0; r < runs.size(); r++) {
            String name = RunNames.shown(runs.get(r));
            String training = single ? Words.get("network.chart.training") : name;
            String held = single ? Words.get("network.chart.validation")
                    : Words.format("network.chart.runValidation", name);
            for (XYSeriesCollection c : new XYSeriesCollection[] {losses, accuracies}) {
                c.addSeries(new XYSeries(training, false, true));
                c.addSeries(new XYSeries(held, false, true));
            }
            drawn.add(0);
            var colour = Charts.awt(runColours.get(r));
            colours.add(colour);
            for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
                var renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
                renderer.setSeriesPaint(2 * r, colour);
                renderer.setSeriesStroke(2 * r, new BasicStroke(2.5f));
                renderer.setSeriesPaint(2 * r + 1, colour);
                renderer.setSeriesStroke(2 * r + 1, new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 1, new float[] {7, 5}, 0));
                renderer.setSeriesVisibleInLegend(2 * r + 1, validation && single);
            }
        }
        for (JFreeChart chart : new JFreeChart[] {lossChart, accuracyChart}) {
            chart.removeSubtitle(lineKey);
            if (validation && !single) {
                chart.addSubtitle(1, lineKey);
            }
        }
    }

    /** The colour of run {@code r}'s lines, for tests. */
    java.awt.Color colour(int r) {
        return colours.get(r);
    }

    /** The markers of kept epochs on show, for tests. */
    KeptMarkers keptMarkers() {
        return kept;
    }

    /** Points in the first run's training-loss series, for tests. */
    int lossPoints() {
        return losses.getSeriesCount() == 0 ? 0 : losses.getSeries(0).getItemCount();
    }
}
