package org.descentlab.ui.export;

import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.descentlab.ui.export.Pictures.Backdrop;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.Title;

/**
 * Takes the picture a person asked for: a node as the window draws it, or the whole window without the camera
 * buttons; a chart with a transparent background has its own white painting switched off for the moment of the
 * picture and back on after it, so that nothing on screen changes. Call on the JavaFX thread.
 */
final class PictureTaking {

    /** The style class of the layers of camera buttons, left out of a picture of the whole window. */
    static final String BUTTONS_CLASS = "picture-buttons";

    private PictureTaking() {
    }

    /** The picture of {@code source} at {@code scale} times its size on screen. */
    static BufferedImage take(PictureSource source, int scale, Backdrop backdrop) {
        if (source.wholeWindow()) {
            return ofWindow(source.node().getScene(), scale);
        }
        if (source.chart() && backdrop == Backdrop.TRANSPARENT) {
            return transparentChart((ChartViewer) source.node(), scale);
        }
        return Pictures.of(source.node(), scale, source.chart() ? backdrop : Backdrop.WHITE);
    }

    /** The size in pixels of the picture of {@code source} at {@code scale}: width, then height. */
    static int[] size(PictureSource source, int scale) {
        if (source.wholeWindow()) {
            Scene scene = source.node().getScene();
            return new int[] {span(0, scene.getWidth(), scale), span(0, scene.getHeight(), scale)};
        }
        Bounds b = source.node().getBoundsInLocal();
        return new int[] {span(b.getMinX(), b.getMaxX(), scale), span(b.getMinY(), b.getMaxY(), scale)};
    }

    private static int span(double from, double to, int scale) {
        return (int) (Math.ceil(to * scale) - Math.floor(from * scale));
    }

    private static BufferedImage ofWindow(Scene scene, int scale) {
        var hidden = new ArrayList<Node>();
        for (Node layer : scene.getRoot().lookupAll("." + BUTTONS_CLASS)) {
            if (layer.isVisible()) {
                layer.setVisible(false);
                hidden.add(layer);
            }
        }
        try {
            return Pictures.of(scene, scale);
        } finally {
            hidden.forEach(layer -> layer.setVisible(true));
        }
    }

    private static BufferedImage transparentChart(ChartViewer viewer, int scale) {
        JFreeChart chart = viewer.getChart();
        Paint chartPaint = chart.getBackgroundPaint();
        Paint plotPaint = chart.getPlot().getBackgroundPaint();
        List<Paint> titlePaints = new ArrayList<>();
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            chart.setBackgroundPaint(null);
            chart.getPlot().setBackgroundPaint(null);
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                Title title = chart.getSubtitle(i);
                titlePaints.add(backgroundOf(title));
                setBackground(title, null);
            }
            viewer.getCanvas().draw();
            return Pictures.of(viewer, scale, Backdrop.TRANSPARENT);
        } finally {
            chart.setBackgroundPaint(chartPaint);
            chart.getPlot().setBackgroundPaint(plotPaint);
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                setBackground(chart.getSubtitle(i), titlePaints.get(i));
            }
            chart.setNotify(notify);
            viewer.getCanvas().draw();
        }
    }

    private static Paint backgroundOf(Title title) {
        if (title instanceof org.jfree.chart.title.LegendTitle legend) {
            return legend.getBackgroundPaint();
        }
        return title instanceof org.jfree.chart.title.TextTitle text ? text.getBackgroundPaint() : null;
    }

    private static void setBackground(Title title, Paint paint) {
        if (title instanceof org.jfree.chart.title.LegendTitle legend) {
            legend.setBackgroundPaint(paint);
        } else if (title instanceof org.jfree.chart.title.TextTitle text) {
            text.setBackgroundPaint(paint);
        }
    }
}
