package org.descentlab.ui.surface;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The sweep's two charts, log–log against the learning rate, one series per optimizer in its colour: the final
 * f − f* (a dashed line marks where the runs started, so a rate too small to move reads as a curve along it), and the
 * step at which a run first came within 1e-6 of f* (a dashed line marks the step budget). A run that diverged has no
 * point on a curve but a × along the chart's top edge, each optimizer on a row of its own. A thin dashed vertical line
 * in each optimizer's colour marks the learning rate it races with.
 */
final class SweepCharts {

    /** Values are clamped below here for the log axis: a run that lands exactly on f* stays on the chart. */
    private static final double FLOOR = 1e-16;

    /** One optimizer's curve on show. */
    record Shown(OptimizerSlot slot, LearningRateSweep.Result result) {
    }

    private final XYSeriesCollection gaps = new XYSeriesCollection();
    private final XYSeriesCollection gapsDiverged = new XYSeriesCollection();
    private final XYSeriesCollection steps = new XYSeriesCollection();
    private final XYSeriesCollection stepsDiverged = new XYSeriesCollection();
    private final JFreeChart gapChart = chart(gaps, gapsDiverged);
    private final JFreeChart stepsChart = chart(steps, stepsDiverged);
    private final TextTitle noneReached = new TextTitle();
    private List<Shown> shown = List.of();
    private int budget = 1;
    private double startGap = Double.NaN;
    /** The dashed lines at the start's f − f* and at the step budget, named; {@code null} when not drawn. */
    private ValueMarker startLine;
    private ValueMarker budgetLine;

    SweepCharts() {
        restyle();
        refreshWords();
    }

    /** Runs {@code change} with the charts quiet, then draws each once. */
    private void quietly(Runnable change) {
        gapChart.setNotify(false);
        stepsChart.setNotify(false);
        try {
            change.run();
        } finally {
            gapChart.setNotify(true);
            stepsChart.setNotify(true);
        }
    }

    JFreeChart gapChart() {
        return gapChart;
    }

    JFreeChart stepsChart() {
        return stepsChart;
    }

    /** The curves on show, in series order. */
    List<Shown> shown() {
        return shown;
    }

    private static JFreeChart chart(XYSeriesCollection curves, XYSeriesCollection diverged) {
        var plot = new XYPlot(curves, Charts.logAxis(""), Charts.logAxis(""), new XYLineAndShapeRenderer(true, true));
        var top = new NumberAxis();
        top.setRange(0, 1);
        top.setVisible(false);
        plot.setRangeAxis(1, top);
        plot.setDataset(1, diverged);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, new XYLineAndShapeRenderer(false, true));
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new java.awt.Color(0xdd, 0xdd, 0xdd));
        var chart = new JFreeChart("", null, plot, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        return chart;
    }

    /**
     * Shows a finished sweep of {@code surface}: {@code curves} in series order, the race's {@code stepBudget}, and
     * f − f* at the start.
     */
    void show(List<Shown> curves, int stepBudget, double gapAtStart) {
        quietly(() -> {
            shown = List.copyOf(curves);
            budget = stepBudget;
            startGap = gapAtStart;
            fillAll();
        });
    }

    private void fillAll() {
        fill(gaps, gapsDiverged, row -> row.status().diverged() ? Double.NaN : Math.max(FLOOR, row.gap()));
        fill(steps, stepsDiverged, row -> row.status().diverged() || row.stepsToReachMinimum().isEmpty() ? Double.NaN
                : Math.max(1, row.stepsToReachMinimum().getAsInt()));
        styleSeries();
        fitRanges();
        markRates();
        refreshWords();
    }

    /** Shows no curves (the sweep is being run again, or nothing is ticked). */
    void clear() {
        show(List.of(), budget, Double.NaN);
    }

    private void fill(XYSeriesCollection curves, XYSeriesCollection diverged,
            ToDoubleFunction<LearningRateSweep.Row> value) {
        curves.removeAllSeries();
        diverged.removeAllSeries();
        double rowHeight = Math.min(0.03, 0.3 / Math.max(1, shown.size()));
        for (int k = 0; k < shown.size(); k++) {
            var curve = new XYSeries(shown.get(k).slot().key(), false, true);
            var crosses = new XYSeries(shown.get(k).slot().key(), false, true);
            for (var row : shown.get(k).result().rows()) {
                double v = value.applyAsDouble(row);
                curve.add(row.lr(), Double.isNaN(v) ? null : v, false);
                if (row.status().diverged()) {
                    crosses.add(row.lr(), 0.975 - k * rowHeight, false);
                }
            }
            curves.addSeries(curve);
            diverged.addSeries(crosses);
        }
    }

    /** Colours, lines and marks at the sizes of the moment (classroom mode, high contrast). */
    void restyle() {
        quietly(() -> {
            styleSeries();
            markRates();
            refreshWords();
        });
    }

    /** The marks of the learning rates the optimizers race with, moved to where they are now. */
    void ratesChanged() {
        quietly(() -> {
            markRates();
            refreshWords();
        });
    }

    private void styleSeries() {
        double s = PlotStyle.scale();
        float width = (float) (2 * PlotStyle.pathFactor());
        double dot = 2.6 * s;
        for (JFreeChart chart : charts()) {
            var plot = chart.getXYPlot();
            var lines = (XYLineAndShapeRenderer) plot.getRenderer(0);
            var crosses = (XYLineAndShapeRenderer) plot.getRenderer(1);
            for (int k = 0; k < shown.size(); k++) {
                var colour = Charts.awt(shown.get(k).slot().colour());
                lines.setSeriesPaint(k, colour);
                lines.setSeriesStroke(k, new BasicStroke(width));
                lines.setSeriesShape(k, new Ellipse2D.Double(-dot, -dot, 2 * dot, 2 * dot));
                crosses.setSeriesPaint(k, colour);
                crosses.setSeriesShape(k, ShapeUtils.createDiagonalCross((float) (4.5 * s), (float) (1.2 * s)));
            }
            lines.setDefaultToolTipGenerator((data, series, item) -> tooltip(chart, series, item));
            crosses.setDefaultToolTipGenerator((data, series, item) -> divergedTooltip(data.getXValue(series, item),
                    series));
        }
    }

    /** The value axes' ranges: the learning rates with a margin; f − f* from its least to the start's. */
    private void fitRanges() {
        for (JFreeChart chart : charts()) {
            var plot = chart.getXYPlot();
            if (shown.isEmpty()) {
                plot.getDomainAxis().setAutoRange(true);
                plot.getRangeAxis().setAutoRange(true);
                continue;
            }
            var rows = shown.get(0).result().rows();
            plot.getDomainAxis().setRange(rows.get(0).lr() / 1.6, rows.get(rows.size() - 1).lr() * 1.6);
        }
        gapChart.getXYPlot().getRangeAxis().setAutoRange(true);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.isFinite(startGap) && startGap > 0 ? startGap : Double.NEGATIVE_INFINITY;
        for (int k = 0; k < gaps.getSeriesCount(); k++) {
            for (int i = 0; i < gaps.getItemCount(k); i++) {
                double v = gaps.getYValue(k, i);
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low <= high) {
            gapChart.getXYPlot().getRangeAxis().setRange(low / 5, high * 8);
        }
        double fewest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < steps.getSeriesCount(); k++) {
            for (int i = 0; i < steps.getItemCount(k); i++) {
                double v = steps.getYValue(k, i);
                fewest = Double.isFinite(v) ? Math.min(fewest, v) : fewest;
            }
        }
        // From a little under the fewest steps (from 1 when none arrived) to above the budget's dashed line.
        double bottom = Double.isFinite(fewest) ? Math.max(0.7, fewest / 3) : 0.7;
        stepsChart.getXYPlot().getRangeAxis().setRange(bottom, Math.max(bottom * 10, budget * 3.0));
    }

    /** A dashed line at each optimizer's learning rate; the start's f − f* and the step budget, named. */
    private void markRates() {
        var dashes = new BasicStroke((float) (1.5 * PlotStyle.scale()), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10, new float[] {5, 4}, 0);
        for (JFreeChart chart : charts()) {
            var plot = chart.getXYPlot();
            plot.clearDomainMarkers();
            plot.clearRangeMarkers();
            for (Shown s : shown) {
                var marker = new ValueMarker(s.slot().valuesProperty().get().get(
                        LearningRateSweep.learningRate(s.slot().type()).key()), Charts.awt(s.slot().colour()), dashes);
                marker.setAlpha(0.8f);
                plot.addDomainMarker(marker);
            }
        }
        startLine = !shown.isEmpty() && Double.isFinite(startGap) && startGap > 0 ? namedLine(startGap, dashes) : null;
        budgetLine = shown.isEmpty() ? null : namedLine(budget, dashes);
        if (startLine != null) {
            gapChart.getXYPlot().addRangeMarker(startLine);
        }
        if (budgetLine != null) {
            stepsChart.getXYPlot().addRangeMarker(budgetLine);
        }
    }

    private static ValueMarker namedLine(double value, BasicStroke stroke) {
        var marker = new ValueMarker(value, new java.awt.Color(0x55, 0x5d, 0x6b), stroke);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelPaint(new java.awt.Color(0x33, 0x3a, 0x46));
        marker.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
        return marker;
    }

    /**
     * {@code text} as the charts can draw it: the shipped Nanum Gothic has no minus sign (U+2212), which the chart's
     * canvas draws as a box (it has no fallback font); an en dash stands in for it.
     */
    static String drawable(String text) {
        return text.replace('−', '–');
    }

    /** Titles, axis names, the dashed lines' names and the tooltips in the language of the moment. */
    void refreshWords() {
        Charts.scaleFonts(gapChart, PlotStyle.scale());
        Charts.scaleFonts(stepsChart, PlotStyle.scale());
        var font = gapChart.getXYPlot().getDomainAxis().getTickLabelFont();
        gapChart.setTitle(drawable(Words.format("insight.sweep.gap.title", budget)));
        stepsChart.setTitle(drawable(Words.get("insight.sweep.steps.title")));
        for (JFreeChart chart : charts()) {
            chart.getXYPlot().getDomainAxis().setLabel(drawable(Words.get("insight.sweep.axis.lr")));
        }
        if (startLine != null) {
            startLine.setLabel(drawable(Words.get("insight.sweep.started")));
            startLine.setLabelFont(font);
        }
        if (budgetLine != null) {
            budgetLine.setLabel(drawable(Words.get("insight.sweep.budget")));
            budgetLine.setLabelFont(font);
        }
        gapChart.getXYPlot().getRangeAxis().setLabel(drawable(Words.get("insight.sweep.gap.axis")));
        stepsChart.getXYPlot().getRangeAxis().setLabel(drawable(Words.get("insight.sweep.steps.axis")));
        boolean anyReached = shown.stream().flatMap(s -> s.result().rows().stream())
                .anyMatch(r -> !r.status().diverged() && r.stepsToReachMinimum().isPresent());
        stepsChart.removeSubtitle(noneReached);
        if (!shown.isEmpty() && !anyReached) {
            noneReached.setText(drawable(Words.format("insight.sweep.noneReached", budget)));
            noneReached.setFont(chartFont(0.9));
            stepsChart.addSubtitle(noneReached);
        }
        stepsChart.fireChartChanged();
        gapChart.fireChartChanged();
    }

    private static java.awt.Font chartFont(double relative) {
        return new java.awt.Font(org.descentlab.ui.widgets.UiFont.FAMILY, java.awt.Font.PLAIN,
                (int) Math.round(14 * relative * PlotStyle.scale()));
    }

    private String tooltip(JFreeChart chart, int series, int item) {
        var s = shown.get(series);
        var row = s.result().rows().get(item);
        String name = Names.optimizer(s.slot().type());
        String lr = RacePainter.formatValue(row.lr());
        if (chart == gapChart) {
            return Words.format("insight.sweep.tip.gap", name, lr, RacePainter.formatValue(row.gap()));
        }
        return Words.format("insight.sweep.tip.steps", name, lr, row.stepsToReachMinimum().orElse(0));
    }

    private String divergedTooltip(double lr, int series) {
        var s = shown.get(series);
        int step = s.result().rows().stream().filter(r -> r.lr() == lr).findFirst().map(r -> r.status().step())
                .orElse(0);
        return Words.format("insight.sweep.tip.diverged", Names.optimizer(s.slot().type()),
                RacePainter.formatValue(lr), step);
    }

    private List<JFreeChart> charts() {
        return List.of(gapChart, stepsChart);
    }

    /** Every point drawn on {@code chart}: each curve's values, then its ×, with series and learning rate. */
    List<Drawn> points(JFreeChart chart) {
        var curves = chart == gapChart ? gaps : steps;
        var crosses = chart == gapChart ? gapsDiverged : stepsDiverged;
        var out = new ArrayList<Drawn>();
        for (int k = 0; k < curves.getSeriesCount(); k++) {
            for (int i = 0; i < curves.getItemCount(k); i++) {
                double y = curves.getYValue(k, i);
                if (Double.isFinite(y)) {
                    out.add(new Drawn(k, curves.getXValue(k, i), y, 0));
                }
            }
            for (int i = 0; i < crosses.getItemCount(k); i++) {
                out.add(new Drawn(k, crosses.getXValue(k, i), crosses.getYValue(k, i), 1));
            }
        }
        return out;
    }

    /** A point drawn at learning rate {@code lr}, value {@code y} on range axis {@code axis}, of series {@code k}. */
    record Drawn(int series, double lr, double y, int axis) {

        /** Where it is drawn in {@code area}, the chart's data area. */
        Point2D at(XYPlot plot, java.awt.geom.Rectangle2D area) {
            double x = plot.getDomainAxis().valueToJava2D(lr, area, plot.getDomainAxisEdge());
            double py = plot.getRangeAxis(axis).valueToJava2D(y, area, plot.getRangeAxisEdge(axis));
            return new Point2D.Double(x, py);
        }
    }

    /** The series of the gap chart, for tests. */
    XYSeriesCollection gapSeries() {
        return gaps;
    }
}
