package org.descentlab.ui.widgets;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** JFreeChart line charts styled for a projector: large type, light grid, no shapes. */
public final class Charts {

    private static final Font TITLE = new Font(UiFont.FAMILY, Font.BOLD, 16);
    private static final Font LABEL = new Font(UiFont.FAMILY, Font.PLAIN, 14);
    private static final Font TICK = new Font(UiFont.FAMILY, Font.PLAIN, 12);

    private Charts() {
    }

    /** A line chart of {@code data} with a linear x axis and a log y axis. */
    public static JFreeChart logLineChart(String title, String xLabel, String yLabel, XYDataset data) {
        return lineChart(title, xLabel, logAxis(yLabel), data);
    }

    /** A line chart of {@code data} with linear axes. */
    public static JFreeChart linearLineChart(String title, String xLabel, String yLabel, XYDataset data) {
        return lineChart(title, xLabel, linearAxis(yLabel), data);
    }

    /**
     * A base-10 log axis labelled at powers of ten, or at round values in between when its range holds fewer than two
     * powers of ten (see {@link LogTicks}): never an axis without labels.
     */
    public static LogAxis logAxis(String label) {
        var axis = new LabelledLogAxis(label);
        axis.setSmallestValue(1e-16);
        axis.setMinorTickMarksVisible(true);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        return axis;
    }

    /** A linear axis that does not force zero into its range. */
    public static NumberAxis linearAxis(String label) {
        var axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        return axis;
    }

    private static JFreeChart lineChart(String title, String xLabel, org.jfree.chart.axis.ValueAxis yAxis,
            XYDataset data) {
        var xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Steps and epochs count from 0; with one point on the chart, an axis from 0 to 2 still has labels 0, 1, 2
        // where JFreeChart would otherwise zoom around the point and label only it.
        xAxis.setRangeType(RangeType.POSITIVE);
        xAxis.setAutoRangeMinimumSize(2);
        var renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series instead of a line per point: the same line drawn several times faster (a thousand
        // epochs made a thousand strokes per series at every redraw), and a dashed series keeps its dashes across
        // points instead of starting the pattern again at each one.
        renderer.setDrawSeriesLineAsPath(true);
        var plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new java.awt.Color(0xdd, 0xdd, 0xdd));
        for (var axis : new org.jfree.chart.axis.ValueAxis[] {xAxis, yAxis}) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
        // No legend: the series share the optimizers' colours, named on the plot and in the status table.
        var chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.getTitle().setFont(TITLE);
        return chart;
    }

    /**
     * Sets the chart's title, axis, tick and legend fonts to their sizes times {@code scale} (1.5 in classroom mode),
     * so that a chart reads from the back of the room like the rest of the window.
     */
    public static void scaleFonts(JFreeChart chart, double scale) {
        chart.getTitle().setFont(TITLE.deriveFont((float) (TITLE.getSize2D() * scale)));
        var plot = chart.getXYPlot();
        for (int i = 0; i < plot.getDomainAxisCount() + plot.getRangeAxisCount(); i++) {
            var axis = i < plot.getDomainAxisCount() ? plot.getDomainAxis(i)
                    : plot.getRangeAxis(i - plot.getDomainAxisCount());
            if (axis != null) {
                axis.setLabelFont(LABEL.deriveFont((float) (LABEL.getSize2D() * scale)));
                axis.setTickLabelFont(TICK.deriveFont((float) (TICK.getSize2D() * scale)));
            }
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.LegendTitle legend) {
                legend.setItemFont(LABEL.deriveFont((float) (LABEL.getSize2D() * scale)));
            } else if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle text) {
                text.setFont(LABEL.deriveFont((float) (LABEL.getSize2D() * scale)));
            }
        }
    }

    /** The size of the charts' axis labels at scale 1 (for tests). */
    public static float labelSize() {
        return LABEL.getSize2D();
    }

    /**
     * Draws a small chart off screen on a thread of its own, once, so that the JavaFX thread does not pay for it when
     * it draws the first real chart: loading JFreeChart, starting AWT and reading its fonts take a few hundred
     * milliseconds of the start-up otherwise. Charts are separate objects, and AWT's fonts are safe on any thread.
     */
    public static void warmUpInBackground() {
        var thread = new Thread(() -> {
            UiFont.registerWithAwt();
            Formula.warmUp();
            var series = new XYSeries("warm-up", false, true);
            series.add(0, 2.5);
            series.add(1, 0.5);
            var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_ARGB);
            var g2 = image.createGraphics();
            try {
                logLineChart("f", "step", "f − f*", new XYSeriesCollection(series))
                        .draw(g2, new Rectangle2D.Double(0, 0, 320, 200));
            } finally {
                g2.dispose();
            }
        }, "chart-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The AWT colour of a JavaFX colour, for JFreeChart. */
    public static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) c.getOpacity());
    }
}
