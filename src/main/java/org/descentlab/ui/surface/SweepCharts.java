package org.descentlab.ui.surface;


import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
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
    private final JFreeChart gapChart = SweepChartLook.chart(gaps, gapsDiverged);
    private final JFreeChart stepsChart = SweepChartLook.chart(steps, stepsDiverged);
    private final TextTitle noneReached = new TextTitle();
    private List<Shown> shown = List.of();
    private int budget = 1;
    private double startGap = Double.NaN;
    /** Whether the rates on show followed a learning-rate schedule (each the schedule's γ₀). */
    private boolean ratesScheduled;
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

    /**
     * Shows a finished sweep: {@code curves} in series order, the race's {@code stepBudget}, f − f* at the start, and
     * whether the rates followed a schedule (each rate is then the schedule's γ₀, and the axis says so).
     */
    void show(List<Shown> curves, int stepBudget, double gapAtStart, boolean scheduled) {
        quietly(() -> {
            shown = List.copyOf(curves);
            ratesScheduled = scheduled;
            budget = stepBudget;
            startGap = gapAtStart;
            fillAll();
        });
    }

    private void fillAll() {
        fill(gaps, gapsDiverged, row -> row.status().diverged() ? Double.NaN : Math.max(FLOOR, row.gap()));
        // A run that starts within 1e-6 arrives at step 0, drawn at 1 on the log axis (its tooltip says 0).
        fill(steps, stepsDiverged, row -> row.status().diverged() || row.stepsToReachMinimum().isEmpty() ? Double.NaN
                : Math.max(1, row.stepsToReachMinimum().getAsInt()));
        styleSeries();
        fitRanges();
        markRates();
        refreshWords();
    }

    /** Shows no curves (the sweep is being run again, or nothing is ticked). */
    void clear() {
        show(List.of(), budget, Double.NaN, ratesScheduled);
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
        var colours = shown.stream().map(c -> c.slot().colour()).toList();
        for (JFreeChart chart : charts()) {
            SweepChartLook.styleSeries(chart, colours, (data, series, item) -> tooltip(chart, series, item),
                    (data, series, item) -> divergedTooltip(data.getXValue(series, item), series));
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
        double[] gap = SweepChartLook.extent(gaps);
        double high = Double.isFinite(startGap) && startGap > 0 ? Math.max(gap[1], startGap) : gap[1];
        if (gap[0] <= high) {
            gapChart.getXYPlot().getRangeAxis().setRange(gap[0] / 5, high * 8);
        }
        double fewest = SweepChartLook.extent(steps)[0];
        // From a little under the fewest steps (from 1 when none arrived) to above the budget's dashed line.
        double bottom = Double.isFinite(fewest) ? Math.max(0.7, fewest / 3) : 0.7;
        stepsChart.getXYPlot().getRangeAxis().setRange(bottom, Math.max(bottom * 10, budget * 3.0));
    }

    /** A dashed line at each optimizer's learning rate; the start's f − f* and the step budget, named. */
    private void markRates() {
        for (JFreeChart chart : charts()) {
            var plot = chart.getXYPlot();
            plot.clearDomainMarkers();
            plot.clearRangeMarkers();
            for (Shown s : shown) {
                plot.addDomainMarker(SweepChartLook.rateLine(s.slot().valuesProperty().get().get(
                        LearningRateSweep.learningRate(s.slot().type()).key()), s.slot().colour()));
            }
        }
        boolean startShown = !shown.isEmpty() && Double.isFinite(startGap) && startGap > 0;
        startLine = startShown ? SweepChartLook.namedLine(startGap) : null;
        budgetLine = shown.isEmpty() ? null : SweepChartLook.namedLine(budget);
        if (startLine != null) {
            gapChart.getXYPlot().addRangeMarker(startLine);
        }
        if (budgetLine != null) {
            stepsChart.getXYPlot().addRangeMarker(budgetLine);
        }
    }

    /** Titles, axis names, the dashed lines' names and the tooltips in the language of the moment. */
    void refreshWords() {
        Charts.scaleFonts(gapChart, PlotStyle.scale());
        Charts.scaleFonts(stepsChart, PlotStyle.scale());
        var font = gapChart.getXYPlot().getDomainAxis().getTickLabelFont();
        gapChart.setTitle(Words.format("insight.sweep.gap.title", budget));
        stepsChart.setTitle(Words.get("insight.sweep.steps.title"));
        for (JFreeChart chart : charts()) {
            chart.getXYPlot().getDomainAxis().setLabel(Words.get(ratesScheduled ? "insight.sweep.axis.lr0"
                    : "insight.sweep.axis.lr"));
        }
        if (startLine != null) {
            startLine.setLabel(Words.get("insight.sweep.started"));
            startLine.setLabelFont(font);
        }
        if (budgetLine != null) {
            budgetLine.setLabel(Words.get("insight.sweep.budget"));
            budgetLine.setLabelFont(font);
        }
        gapChart.getXYPlot().getRangeAxis().setLabel(Words.get("insight.sweep.gap.axis"));
        stepsChart.getXYPlot().getRangeAxis().setLabel(Words.get("insight.sweep.steps.axis"));
        boolean anyReached = shown.stream().flatMap(s -> s.result().rows().stream())
                .anyMatch(r -> !r.status().diverged() && r.stepsToReachMinimum().isPresent());
        stepsChart.removeSubtitle(noneReached);
        if (!shown.isEmpty() && !anyReached) {
            noneReached.setText(Words.format("insight.sweep.noneReached", budget));
            noneReached.setFont(SweepChartLook.font(0.9));
            stepsChart.addSubtitle(noneReached);
        }
        stepsChart.fireChartChanged();
        gapChart.fireChartChanged();
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

    /** Every point drawn on {@code chart}, for picking one with the mouse. */
    List<SweepPoint> points(JFreeChart chart) {
        return chart == gapChart ? SweepPoint.all(gaps, gapsDiverged) : SweepPoint.all(steps, stepsDiverged);
    }

    /**
     * Every word the charts draw or show (titles, axis names, the dashed lines' names, a subtitle, and the tooltips of
     * the first point and the first ×), for tests.
     */
    List<String> texts() {
        var texts = new ArrayList<String>();
        for (JFreeChart chart : charts()) {
            var plot = chart.getXYPlot();
            texts.add(chart.getTitle().getText());
            texts.add(plot.getDomainAxis().getLabel());
            texts.add(plot.getRangeAxis().getLabel());
            firstTooltip(chart).ifPresent(texts::add);
        }
        for (ValueMarker line : new ValueMarker[] {startLine, budgetLine}) {
            if (line != null) {
                texts.add(line.getLabel());
            }
        }
        if (stepsChart.getSubtitles().contains(noneReached)) {
            texts.add(noneReached.getText());
        }
        for (int k = 0; k < gapsDiverged.getSeriesCount(); k++) {
            if (gapsDiverged.getItemCount(k) > 0) {
                texts.add(divergedTooltip(gapsDiverged.getXValue(k, 0), k));
                break;
            }
        }
        return texts;
    }

    /** The tooltip of the first point drawn on {@code chart}, if any. */
    private java.util.Optional<String> firstTooltip(JFreeChart chart) {
        var curves = chart == gapChart ? gaps : steps;
        for (int k = 0; k < curves.getSeriesCount(); k++) {
            for (int i = 0; i < curves.getItemCount(k); i++) {
                if (curves.getY(k, i) != null) {
                    return java.util.Optional.of(tooltip(chart, k, i));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The series of the gap chart, for tests. */
    XYSeriesCollection gapSeries() {
        return gaps;
    }
}
