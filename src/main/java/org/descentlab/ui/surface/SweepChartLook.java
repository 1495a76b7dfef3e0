package org.descentlab.ui.surface;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.descentlab.ui.widgets.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How a sweep chart looks: both axes logarithmic, the curves as lines through a dot per run, the diverged runs as ×
 * on a hidden axis from 0 to 1 (so that they stay along the top edge whatever the values), dashed named lines, and
 * every size scaled for classroom mode ({@link PlotStyle}).
 */
final class SweepChartLook {

    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color LINE = new Color(0x55, 0x5d, 0x6b);
    private static final Color LINE_TEXT = new Color(0x33, 0x3a, 0x46);

    private SweepChartLook() {
    }

    /** A chart of {@code curves} (dataset 0, on the log axes) and {@code diverged} (dataset 1, on the hidden axis). */
    static JFreeChart chart(XYSeriesCollection curves, XYSeriesCollection diverged) {
        var plot = new XYPlot(curves, Charts.logAxis(""), Charts.logAxis(""), new XYLineAndShapeRenderer(true, true));
        var top = new NumberAxis();
        top.setRange(0, 1);
        top.setVisible(false);
        plot.setRangeAxis(1, top);
        plot.setDataset(1, diverged);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, new XYLineAndShapeRenderer(false, true));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        var chart = new JFreeChart("", null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Series {@code k} in {@code colours.get(k)}: its line and dots, and its ×; with these tooltips. */
    static void styleSeries(JFreeChart chart, List<javafx.scene.paint.Color> colours, XYToolTipGenerator points,
            XYToolTipGenerator crosses) {
        double s = PlotStyle.scale();
        float width = (float) (2 * PlotStyle.pathFactor());
        double dot = 2.6 * s;
        var lineRenderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer(0);
        var crossRenderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer(1);
        for (int k = 0; k < colours.size(); k++) {
            var colour = Charts.awt(colours.get(k));
            lineRenderer.setSeriesPaint(k, colour);
            lineRenderer.setSeriesStroke(k, new BasicStroke(width));
            lineRenderer.setSeriesShape(k, new Ellipse2D.Double(-dot, -dot, 2 * dot, 2 * dot));
            crossRenderer.setSeriesPaint(k, colour);
            crossRenderer.setSeriesShape(k, ShapeUtils.createDiagonalCross((float) (4.5 * s), (float) (1.2 * s)));
        }
        lineRenderer.setDefaultToolTipGenerator(points);
        crossRenderer.setDefaultToolTipGenerator(crosses);
    }

    /** The dashes of the marks, at the scale of the moment. */
    static BasicStroke dashes() {
        double s = PlotStyle.scale();
        return new BasicStroke((float) (1.5 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {(float) (5 * s), (float) (4 * s)}, 0);
    }

    /** A vertical dashed line at learning rate {@code lr} in {@code colour}. */
    static ValueMarker rateLine(double lr, javafx.scene.paint.Color colour) {
        var marker = new ValueMarker(lr, Charts.awt(colour), dashes());
        marker.setAlpha(0.8f);
        return marker;
    }

    /** A grey dashed line across the chart at {@code value}, its name (set later) above it on the left. */
    static ValueMarker namedLine(double value) {
        var marker = new ValueMarker(value, LINE, dashes());
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelPaint(LINE_TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return marker;
    }

    /** The chart font at {@code relative} times the size of an axis name, scaled. */
    static java.awt.Font font(double relative) {
        return new java.awt.Font(org.descentlab.ui.widgets.UiFont.FAMILY, java.awt.Font.PLAIN,
                (int) Math.round(14 * relative * PlotStyle.scale()));
    }

    /** The least and the largest finite y of {@code data} (least above largest when it has none). */
    static double[] extent(XYSeriesCollection data) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < data.getSeriesCount(); k++) {
            for (int i = 0; i < data.getItemCount(k); i++) {
                double v = data.getYValue(k, i);
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return new double[] {low, high};
    }
}
