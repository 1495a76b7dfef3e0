package org.descentlab.ui.surface;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A point drawn on a sweep chart, for picking it with the mouse.
 *
 * @param series the curve's index in the chart
 * @param lr its learning rate
 * @param y its value on range axis {@code axis}
 * @param axis 0 for a point of a curve, 1 for a diverged run's × (on the hidden axis from 0 to 1)
 */
record SweepPoint(int series, double lr, double y, int axis) {

    /** Every point drawn: each curve's finite values, then its ×, series by series. */
    static List<SweepPoint> all(XYSeriesCollection curves, XYSeriesCollection crosses) {
        var out = new ArrayList<SweepPoint>();
        for (int k = 0; k < curves.getSeriesCount(); k++) {
            for (int i = 0; i < curves.getItemCount(k); i++) {
                double y = curves.getYValue(k, i);
                if (Double.isFinite(y)) {
                    out.add(new SweepPoint(k, curves.getXValue(k, i), y, 0));
                }
            }
            for (int i = 0; i < crosses.getItemCount(k); i++) {
                out.add(new SweepPoint(k, crosses.getXValue(k, i), crosses.getYValue(k, i), 1));
            }
        }
        return out;
    }

    /** Where it is drawn in {@code area}, the chart's data area. */
    Point2D at(XYPlot plot, Rectangle2D area) {
        double x = plot.getDomainAxis().valueToJava2D(lr, area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis(axis).valueToJava2D(y, area, plot.getRangeAxisEdge(axis));
        return new Point2D.Double(x, py);
    }
}
