package org.descentlab.ui.export;

import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.FontSmoothingType;
import org.descentlab.ui.export.Pictures.Backdrop;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.Title;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;

/**
 * Takes the picture a person asked for: a node as the window draws it, or the whole window without the camera
 * buttons. A chart is drawn again by its own painter at the picture's resolution (sharp at 2×), on white or on
 * nothing; nothing on screen changes. Call on the JavaFX thread.
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
        if (source.chart()) {
            return chart((ChartViewer) source.node(), scale, backdrop);
        }
        return Pictures.of(source.node(), scale, Backdrop.WHITE);
    }

    /** The size in pixels of the picture of {@code source} at {@code scale}: width, then height. */
    static int[] size(PictureSource source, int scale) {
        if (source.wholeWindow()) {
            Scene scene = source.node().getScene();
            return new int[] {span(0, scene.getWidth(), scale), span(0, scene.getHeight(), scale)};
        }
        if (source.node() instanceof ChartViewer viewer) {
            var canvas = viewer.getCanvas();
            return new int[] {(int) canvas.getWidth() * scale, (int) canvas.getHeight() * scale};
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

    /**
     * A chart drawn afresh by its own {@link JFreeChart#draw} into a canvas {@code scale} times the size of the one on
     * screen, as the chart viewer draws it (the same JavaFX graphics and hints): at 2× the lines and letters are drawn
     * at 2×, not enlarged. For a transparent background the chart's own white is switched off while it draws (without
     * telling the viewer, so the chart on screen never changes).
     */
    private static BufferedImage chart(ChartViewer viewer, int scale, Backdrop backdrop) {
        JFreeChart chart = viewer.getChart();
        int width = (int) viewer.getCanvas().getWidth();
        int height = (int) viewer.getCanvas().getHeight();
        var canvas = new Canvas(width * scale, height * scale);
        var context = canvas.getGraphicsContext2D();
        // Grey smoothing: sub-pixel (LCD) letters need an opaque background and show coloured fringes on a slide.
        context.setFontSmoothingType(FontSmoothingType.GRAY);
        var g2 = new FXGraphics2D(context);
        g2.setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, true);
        g2.setZeroStrokeWidth(0.1);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.scale(scale, scale);
        boolean clear = backdrop == Backdrop.TRANSPARENT;
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        List<Paint> paints = clear ? clearBackgrounds(chart) : List.of();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            if (clear) {
                restoreBackgrounds(chart, paints);
            }
            chart.setNotify(notify);
        }
        var parameters = new SnapshotParameters();
        parameters.setFill(clear ? Color.TRANSPARENT : Color.WHITE);
        return Pictures.toBuffered(canvas.snapshot(parameters, null), clear);
    }

    /** Switches off the chart's, the plot's and the legends' backgrounds; returns them, in that order. */
    private static List<Paint> clearBackgrounds(JFreeChart chart) {
        var paints = new ArrayList<Paint>();
        paints.add(chart.getBackgroundPaint());
        paints.add(chart.getPlot().getBackgroundPaint());
        chart.setBackgroundPaint(null);
        chart.getPlot().setBackgroundPaint(null);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            paints.add(backgroundOf(chart.getSubtitle(i)));
            setBackground(chart.getSubtitle(i), null);
        }
        return paints;
    }

    private static void restoreBackgrounds(JFreeChart chart, List<Paint> paints) {
        chart.setBackgroundPaint(paints.get(0));
        chart.getPlot().setBackgroundPaint(paints.get(1));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            setBackground(chart.getSubtitle(i), paints.get(i + 2));
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
