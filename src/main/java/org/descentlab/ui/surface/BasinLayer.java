package org.descentlab.ui.surface;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.descentlab.core.descent.BasinMap;
import org.descentlab.core.surface.Minimum;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * A basin map over a surface plot: a layer between the surface and the race (so the paths stay on top), one cell of
 * colour per start of the map ({@link BasinColours}), translucent over the heat map, and each declared minimum's marker
 * again in its basin's colour, so that the picture says which region flows where without a key.
 *
 * <p>It draws nothing until it is given a complete map: a stopped or superseded computation never shows here.
 */
final class BasinLayer extends Canvas {

    private final boolean compact;
    /** The racer of the side-by-side panel this layer belongs to, or {@code null} over the overlay plot. */
    private OptimizerSlot panelSlot;
    private BasinMap map;
    private WritableImage image;
    private PlotFrame frame;

    /** @param compact whether the layer is over a small side-by-side panel (smaller markers), not the overlay plot */
    BasinLayer(boolean compact) {
        this.compact = compact;
        setMouseTransparent(true);
    }

    /** Marks this as the layer of {@code slot}'s side-by-side panel. */
    void belongTo(OptimizerSlot slot) {
        panelSlot = slot;
    }

    /** Whether this layer is over a side-by-side panel rather than the overlay plot. */
    boolean inPanel() {
        return compact;
    }

    /** The racer of this layer's panel, or {@code null} (over the overlay plot, or not yet told). */
    OptimizerSlot panelSlot() {
        return panelSlot;
    }

    /** Shows {@code newMap} (complete, of the plot's surface), or nothing with {@code null}. */
    void show(BasinMap newMap) {
        if (newMap == map) {
            return;
        }
        if (newMap != null && !newMap.complete()) {
            throw new IllegalArgumentException("a basin map stopped early is not drawn");
        }
        map = newMap;
        image = newMap == null ? null : image(newMap);
        paint();
    }

    /** The map on show, or {@code null}. */
    BasinMap map() {
        return map;
    }

    /** The map as drawn, one pixel per cell (opaque; the layer draws it translucent), or {@code null}; for tests. */
    WritableImage image() {
        return image;
    }

    /** Takes the plot's size and frame; draws again when either changed. */
    void place(double width, double height, PlotFrame newFrame) {
        boolean changed = getWidth() != width || getHeight() != height || !newFrame.equals(frame);
        setWidth(width);
        setHeight(height);
        frame = newFrame;
        if (changed) {
            paint();
        }
    }

    /** Draws again at the sizes of the moment (classroom mode or high contrast was switched). */
    void paint() {
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        if (map == null || frame == null || !frame.bounds().equals(map.surface().info().bounds())) {
            return;
        }
        gc.save();
        frame.clip(gc);
        gc.setImageSmoothing(false);
        gc.setGlobalAlpha(BasinColours.OPACITY);
        gc.drawImage(image, frame.left(), frame.top(), frame.width(), frame.height());
        gc.setGlobalAlpha(1);
        markers(gc);
        gc.restore();
    }

    private static WritableImage image(BasinMap map) {
        int n = map.size();
        int[] argb = new int[n * n];
        int[] ends = map.ends();
        for (int k = 0; k < argb.length; k++) {
            argb[k] = BasinColours.argb(ends[k]);
        }
        var image = new WritableImage(n, n);
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
        return image;
    }

    /** Each minimum's marker as the background draws it, in its basin's colour. */
    private void markers(GraphicsContext gc) {
        List<Minimum> minima = map.surface().info().minima();
        boolean many = minima.size() > 12;
        double size = Math.max(3.5, Math.min(8, frame.width() / 28));
        double r = compact ? Math.min(PlotStyle.px(size), Math.max(size, frame.width() / 24)) : PlotStyle.px(size);
        for (int m = 0; m < minima.size(); m++) {
            Color colour = BasinColours.minimum(m);
            double x = frame.px(minima.get(m).point().x());
            double y = frame.py(minima.get(m).point().y());
            if (minima.get(m).global() && !many) {
                RacePainter.star(gc, x, y, r + PlotStyle.px(3), colour, Color.BLACK);
            } else if (!many || frame.scale() >= 25) {
                double d = many ? PlotStyle.px(2.5) : r * 0.8;
                gc.setFill(colour);
                gc.fillOval(x - d, y - d, 2 * d, 2 * d);
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(PlotStyle.px(1.5));
                gc.strokeOval(x - d, y - d, 2 * d, 2 * d);
            }
        }
    }
}
