package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The charts of both tabs label their axes whatever the data: drawn off screen, the ticks read back. */
class ChartsTest {

    private static XYSeriesCollection series(double... ys) {
        var series = new XYSeries("run", false, true);
        for (int i = 0; i < ys.length; i++) {
            series.add(i, ys[i]);
        }
        return new XYSeriesCollection(series);
    }

    /** The labels of {@code axis} once {@code chart} is drawn at the size of a chart beside the heat map. */
    private static List<String> labels(JFreeChart chart, ValueAxis axis, RectangleEdge edge) {
        var image = new BufferedImage(420, 260, BufferedImage.TYPE_INT_RGB);
        var g2 = image.createGraphics();
        try {
            var info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, 420, 260), info);
            var labels = new ArrayList<String>();
            for (Object t : axis.refreshTicks(g2, new AxisState(), info.getPlotInfo().getDataArea(), edge)) {
                if (t instanceof LogTick tick && tick.getAttributedLabel() != null) {
                    assertTrue(axis.getRange().contains(tick.getValue()), tick.getValue() + " outside the axis");
                    labels.add(text(tick.getAttributedLabel()));
                } else if (t instanceof NumberTick tick && !tick.getText().isEmpty()) {
                    labels.add(tick.getText());
                }
            }
            return labels;
        } finally {
            g2.dispose();
        }
    }

    private static String text(AttributedString label) {
        var text = new StringBuilder();
        var it = label.getIterator();
        for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
            text.append(c);
        }
        return text.toString();
    }

    @Test
    void aLogAxisOverLessThanAFactorOfTenStillHasTwoLabelsOrMore() {
        var chart = Charts.logLineChart("Loss above the minimum", "step", "f − f*", series(2.1, 1.3, 0.8, 0.37));
        var labels = labels(chart, chart.getXYPlot().getRangeAxis(), RectangleEdge.LEFT);
        assertEquals(List.of("0.5", "1", "2"), labels);
    }

    @Test
    void aLogAxisOverManyDecadesIsLabelledInPowersOfTen() {
        var chart = Charts.logLineChart("Loss above the minimum", "step", "f − f*", series(10, 1e-3, 1e-6, 1e-9));
        var labels = labels(chart, chart.getXYPlot().getRangeAxis(), RectangleEdge.LEFT);
        assertTrue(labels.size() >= 2, labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.startsWith("10")), labels.toString());
        assertTrue(labels.contains("10–3") || labels.contains("10–4"), labels.toString()); // an en dash: see the axis
    }

    @Test
    void aLogAxisOfAConstantValueStillHasTwoLabels() {
        // A walker left on the saddle's ridge: the same loss every step.
        var chart = Charts.logLineChart("Distance", "step", "distance", series(0.7, 0.7, 0.7));
        var axis = chart.getXYPlot().getRangeAxis();
        assertEquals(List.of("0.5", "0.6", "0.7", "0.8", "0.9"), labels(chart, axis, RectangleEdge.LEFT));
        assertEquals(2, axis.getUpperBound() / axis.getLowerBound(), 1e-9, "a factor of two around the value");
    }

    @Test
    void theStepAxisWithOnePointStillHasTwoLabels() {
        var chart = Charts.logLineChart("Loss above the minimum", "step", "f − f*", series(3.0));
        assertEquals(List.of("0", "1", "2"), labels(chart, chart.getXYPlot().getDomainAxis(), RectangleEdge.BOTTOM));
    }

    @Test
    void aLogAxisSwitchedInForALinearOneIsLabelledToo() {
        // The network tab's "Log scale": its loss falling from 2.3 to 1.1 in the first epochs.
        var chart = Charts.linearLineChart("Loss per epoch", "epoch", "cross-entropy", series(2.3, 1.9, 1.4, 1.1));
        chart.getXYPlot().setRangeAxis(Charts.logAxis("cross-entropy (log)"));
        var labels = labels(chart, chart.getXYPlot().getRangeAxis(), RectangleEdge.LEFT);
        assertTrue(labels.size() >= 2, labels.toString());
    }
}
