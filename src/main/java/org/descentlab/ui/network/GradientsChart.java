package org.descentlab.ui.network;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One run's gradients per epoch, as the notes' warning about sigmoid asks to see them: above, the norm of the loss
 * gradient of each layer's weights on a log axis (layer 1, the first hidden layer, … the output layer); below, on the
 * same epochs, the share of each hidden layer's units that are saturated. One colour per layer in both parts, the first
 * hidden layer's the warmest and the output layer's nearly black, so that a first layer starving under sigmoid stands
 * out. Compared runs share one norm axis ({@link #showNorms}), so that their gradients compare by height.
 * Words from the {@code depth} bundle, drawn in the shipped font.
 */
final class GradientsChart {

    private static final Font TITLE = new Font(UiFont.FAMILY, Font.BOLD, 16);
    private static final Font LABEL = new Font(UiFont.FAMILY, Font.PLAIN, 14);
    private static final Font TICK = new Font(UiFont.FAMILY, Font.PLAIN, 12);
    /** Colours of the hidden layers, first to fourth (Okabe–Ito, told apart by colour-blind eyes too). */
    private static final java.awt.Color[] HIDDEN = {new java.awt.Color(0xD55E00), new java.awt.Color(0x009E73),
        new java.awt.Color(0xCC79A7), new java.awt.Color(0x56B4E9)};
    private static final java.awt.Color OUTPUT = new java.awt.Color(0x1D2533);

    private final XYSeriesCollection norms = new XYSeriesCollection();
    private final XYSeriesCollection saturation = new XYSeriesCollection();
    private final XYPlot normPlot;
    private final XYPlot saturationPlot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    /** Epochs of the run's history already on the chart. */
    private int drawn;
    /** Hidden layers of the series on the chart, or 0 before the first gradients came. */
    private int depth;

    GradientsChart() {
        var epoch = new NumberAxis();
        epoch.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epoch.setRangeType(RangeType.POSITIVE);
        epoch.setAutoRangeIncludesZero(false);
        epoch.setAutoRangeMinimumSize(2);
        var plot = new CombinedDomainXYPlot(epoch);
        plot.setGap(8);
        normPlot = subplot(norms, Charts.logAxis(""));
        var share = new NumberAxis();
        share.setRange(0, 100);
        share.setAutoRange(false);
        saturationPlot = subplot(saturation, share);
        ((XYLineAndShapeRenderer) saturationPlot.getRenderer()).setDefaultSeriesVisibleInLegend(false);
        plot.add(normPlot, 3);
        plot.add(saturationPlot, 2);
        chart = new JFreeChart("", TITLE, plot, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        var legend = new LegendTitle(normPlot);
        legend.setPosition(RectangleEdge.TOP);
        chart.addLegend(legend);
        viewer = new ChartViewer(chart);
        viewer.setMinSize(0, 0);
        viewer.setPrefSize(400, 300);
        relabel();
        present();
    }

    private static XYPlot subplot(XYSeriesCollection data, ValueAxis axis) {
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // one path per series, as in Charts
        var plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new java.awt.Color(0xdd, 0xdd, 0xdd));
        return plot;
    }

    ChartViewer viewer() {
        return viewer;
    }

    JFreeChart chart() {
        return chart;
    }

    /** Titles, axes and series names in the words of the moment; the lines stay. */
    void relabel() {
        // Always a title: without one, FXGraphics2D (2.1) draws the legend in a stale font after classroom mode's change
        // of sizes (it skips setting a font equal to its last one, though its canvas state was reset meanwhile).
        chart.setTitle(Words.get("depth.chart.gradientsTitle"));
        chart.getXYPlot().getDomainAxis().setLabel(Words.get("network.chart.epoch"));
        normPlot.getRangeAxis().setLabel(Words.get("depth.chart.norm"));
        saturationPlot.getRangeAxis().setLabel(Words.get("depth.chart.saturated"));
        for (int l = 0; l < norms.getSeriesCount(); l++) {
            norms.getSeries(l).setKey(layerName(l, depth));
        }
        for (int l = 0; l < saturation.getSeriesCount(); l++) {
            saturation.getSeries(l).setKey(layerName(l, depth));
        }
    }

    /** Fonts 1.5× in classroom mode, like the rest of the window. */
    void present() {
        float scale = (float) Presentation.scale();
        chart.getTitle().setFont(TITLE.deriveFont(TITLE.getSize2D() * scale));
        var axes = List.of(chart.getXYPlot().getDomainAxis(), normPlot.getRangeAxis(), saturationPlot.getRangeAxis());
        for (ValueAxis axis : axes) {
            axis.setLabelFont(LABEL.deriveFont(LABEL.getSize2D() * scale));
            axis.setTickLabelFont(TICK.deriveFont(TICK.getSize2D() * scale));
        }
        chart.getLegend().setItemFont(LABEL.deriveFont(LABEL.getSize2D() * scale));
    }

    /** The name of weight layer {@code l} (0: the first hidden layer's weights) of a network of {@code depth}. */
    static String layerName(int l, int depth) {
        return l == depth ? Words.get("depth.chart.output") : Words.format("depth.chart.layer", l + 1);
    }

    /** The colour of weight layer {@code l} of a network of {@code depth} hidden layers. */
    static java.awt.Color colour(int l, int depth) {
        return l == depth ? OUTPUT : HIDDEN[l % HIDDEN.length];
    }

    /** Adds the epochs of {@code history} not on the chart yet; starts over when it is another (shorter) history. */
    void update(List<EpochMetrics> history) {
        if (history.size() < drawn) {
            clear();
        }
        chart.setNotify(false);
        try {
            for (int i = drawn; i < history.size(); i++) {
                add(history.get(i));
            }
            drawn = history.size();
            for (var data : List.of(norms, saturation)) {
                for (int l = 0; l < data.getSeriesCount(); l++) {
                    data.getSeries(l).fireSeriesChanged();
                }
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Takes every line off (another run is shown). */
    void clear() {
        norms.removeAllSeries();
        saturation.removeAllSeries();
        drawn = 0;
        depth = 0;
    }

    private void add(EpochMetrics m) {
        var g = m.gradients();
        if (g == null) {
            return; // measured only from the epoch the chart was switched on
        }
        double[] weightNorms = g.weightNorms();
        if (depth != weightNorms.length - 1) {
            makeSeries(weightNorms.length - 1);
        }
        for (int l = 0; l < weightNorms.length; l++) {
            double v = weightNorms[l];
            // A log axis cannot show 0: a layer without any gradient leaves a gap rather than a line to the bottom.
            norms.getSeries(l).add(m.epoch(), v > 0 && Double.isFinite(v) ? v : null, false);
        }
        double[] saturated = g.saturation();
        for (int l = 0; l < saturated.length && l < saturation.getSeriesCount(); l++) {
            saturation.getSeries(l).add(m.epoch(), 100 * saturated[l], false);
        }
    }

    private void makeSeries(int hiddenLayers) {
        norms.removeAllSeries();
        saturation.removeAllSeries();
        depth = hiddenLayers;
        var normLines = (XYLineAndShapeRenderer) normPlot.getRenderer();
        var saturationLines = (XYLineAndShapeRenderer) saturationPlot.getRenderer();
        for (int l = 0; l <= depth; l++) {
            norms.addSeries(new XYSeries(layerName(l, depth), false, true));
            normLines.setSeriesPaint(l, colour(l, depth));
            normLines.setSeriesStroke(l, new BasicStroke(2.5f));
            if (l < depth) {
                saturation.addSeries(new XYSeries(layerName(l, depth), false, true));
                saturationLines.setSeriesPaint(l, colour(l, depth));
                saturationLines.setSeriesStroke(l, new BasicStroke(2.5f));
            }
        }
    }

    /** The smallest and largest norm on the chart, or {@code null} while there is none. */
    double[] normRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] layer : normSeries()) {
            for (double v : layer) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi > 0 ? new double[] {lo, hi} : null;
    }

    /**
     * Shows the norms from {@code lo} to {@code hi} (with a margin), the same range as the charts beside it; with
     * {@code null}, the range its own lines need.
     */
    void showNorms(double[] range) {
        var axis = normPlot.getRangeAxis();
        if (range == null) {
            axis.setAutoRange(true);
        } else {
            axis.setRange(range[0] / 1.25, range[1] * 1.25);
        }
    }

    /** The norms on the chart: one array per weight layer, one value per epoch shown (for tests). */
    double[][] normSeries() {
        return values(norms);
    }

    /** The saturated shares in percent: one array per hidden layer (for tests). */
    double[][] saturationSeries() {
        return values(saturation);
    }

    /** The epochs on the chart (for tests). */
    int[] epochs() {
        if (norms.getSeriesCount() == 0) {
            return new int[0];
        }
        var s = norms.getSeries(0);
        int[] epochs = new int[s.getItemCount()];
        for (int i = 0; i < epochs.length; i++) {
            epochs[i] = s.getX(i).intValue();
        }
        return epochs;
    }

    private static double[][] values(XYSeriesCollection data) {
        double[][] values = new double[data.getSeriesCount()][];
        for (int l = 0; l < values.length; l++) {
            var s = data.getSeries(l);
            values[l] = new double[s.getItemCount()];
            for (int i = 0; i < values[l].length; i++) {
                Number y = s.getY(i);
                values[l][i] = y == null ? Double.NaN : y.doubleValue();
            }
        }
        return values;
    }
}
