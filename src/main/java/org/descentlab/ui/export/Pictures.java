package org.descentlab.ui.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.SafeFiles;

/**
 * Pictures of what the window draws: a node or a whole scene as an image, at 1× or more (2× for a sharp slide), with
 * the background it shows, white, or transparent. The picture is the node's own drawing (the painter code of the
 * window), never a second renderer. Call on the JavaFX thread.
 */
public final class Pictures {

    /** What fills the picture where the node itself paints nothing. */
    public enum Backdrop {
        /** Opaque white, as on a printed handout. */
        WHITE,
        /** Fully transparent (PNG alpha), for a chart laid over a coloured slide. */
        TRANSPARENT
    }

    private Pictures() {
    }

    /**
     * Draws {@code node} at {@code scale} times its size on screen.
     *
     * @param scale 1 for screen pixels, 2 for twice as many in each direction
     */
    public static BufferedImage of(Node node, double scale, Backdrop backdrop) {
        return toBuffered(snapshot(node, scale, backdrop), backdrop == Backdrop.TRANSPARENT);
    }

    /**
     * As {@link #of(Node, double, Backdrop)}, as a JavaFX image: an animation hands it to its encoder thread, which
     * turns it into an AWT image there ({@link #toBuffered}) rather than on the JavaFX thread.
     */
    public static WritableImage snapshot(Node node, double scale, Backdrop backdrop) {
        return node.snapshot(parameters(scale, backdrop), null);
    }

    /**
     * The top left {@code width} × {@code height} of {@code node} (times {@code scale}) as a JavaFX image, whatever
     * its content reaches beyond: every frame of an animation has the same size.
     */
    public static WritableImage snapshot(Node node, double scale, Backdrop backdrop, double width, double height) {
        var parameters = parameters(scale, backdrop);
        parameters.setViewport(new Rectangle2D(0, 0, Math.round(width * scale), Math.round(height * scale)));
        return node.snapshot(parameters, null);
    }

    private static SnapshotParameters parameters(double scale, Backdrop backdrop) {
        var parameters = new SnapshotParameters();
        parameters.setFill(backdrop == Backdrop.WHITE ? Color.WHITE : Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(scale, scale));
        return parameters;
    }

    /** Draws the whole of {@code scene} (the window's content) at {@code scale} times its size, opaque. */
    public static BufferedImage of(Scene scene, double scale) {
        if (scale == 1) {
            return toBuffered(scene.snapshot(null), false);
        }
        return of(scene.getRoot(), scale, Backdrop.WHITE);
    }

    /** The pixels of a JavaFX image as an AWT image, with or without its alpha channel. */
    public static BufferedImage toBuffered(WritableImage image, boolean alpha) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var buffered = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        // Straight into the image's own array: both hold one ARGB int per pixel (an RGB image ignores the alpha).
        int[] pixels = ((DataBufferInt) buffered.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return buffered;
    }

    /**
     * Writes {@code image} to {@code file} as PNG, atomically: the file is either the whole new picture or what it
     * was before (a full disk or a read-only folder leaves nothing half-written).
     *
     * @throws NumpyFileException naming the file and the reason, in words for a student
     */
    public static void writePng(BufferedImage image, Path file) throws NumpyFileException {
        SafeFiles.replaceAtomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
