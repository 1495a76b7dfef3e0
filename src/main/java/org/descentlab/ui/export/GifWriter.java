package org.descentlab.ui.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.Raster;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF written frame by frame to a stream with the JDK's own GIF writer (ImageIO), looping forever.
 *
 * <p>Small files: one colour table for the whole film ({@link GifPalette}, made from the first frame and the colours
 * that must come out exactly), and every frame after the first is only the rectangle that changed, with the pixels
 * that stay as they were left transparent (disposal "do not dispose": the next frame is drawn over this one). A race
 * whose paths move over a still surface costs a few kilobytes a frame.
 *
 * <p>Frame delays are in hundredths of a second and follow the frame rate without drift: at 30 frames per second they
 * run 3, 3, 4, 3, 3, 4 … so that every 30 frames take exactly one second. The last frame stays
 * {@link #HOLD_CENTISECONDS} longer, so that the end of the race can be seen before the film starts again.
 */
public final class GifWriter implements Closeable {

    /** How much longer than the others the last frame is shown, in hundredths of a second. */
    public static final int HOLD_CENTISECONDS = 200;

    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private final double fps;
    private final Collection<Integer> exactColours;
    private GifPalette palette;
    private int width;
    private int height;
    /** The colours of the frame last given (to find what changed) and the entries on show (to leave alone). */
    private int[] previous;
    private byte[] shown;
    /** The frame encoded but not yet written: its delay is known only when the next one comes, or at the end. */
    private Pending pending;
    private int written;

    private record Pending(BufferedImage image, int left, int top) {
    }

    /**
     * A GIF of {@code fps} frames per second on {@code out}, whose colour table will hold {@code exactColours}
     * (24-bit RGB) exactly. The size is the first frame's. {@code out} is not closed.
     */
    public GifWriter(OutputStream out, double fps, Collection<Integer> exactColours) throws IOException {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("frames per second must be positive, got " + fps);
        }
        this.fps = fps;
        this.exactColours = List.copyOf(exactColours);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.stream = new MemoryCacheImageOutputStream(out);
        writer.setOutput(stream);
    }

    /** The delay of frame {@code k} (0 first) in hundredths of a second, at {@code fps} frames per second. */
    public static int delay(int k, double fps) {
        return (int) (Math.round((k + 1) * 100 / fps) - Math.round(k * 100 / fps));
    }

    /** The colour table, or {@code null} before the first frame. */
    public GifPalette palette() {
        return palette;
    }

    /** Frames given so far. */
    public int frames() {
        return written + (pending == null ? 0 : 1);
    }

    /** Adds the next frame; every frame must have the first one's size. Alpha is ignored. */
    public void add(BufferedImage frame) throws IOException {
        int[] rgb = pixels(frame);
        if (palette == null) {
            width = frame.getWidth();
            height = frame.getHeight();
            palette = GifPalette.of(rgb, exactColours);
            shown = new byte[rgb.length];
            writer.prepareWriteSequence(header());
        } else if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "frame %d is %d×%d, the first was %d×%d",
                    frames(), frame.getWidth(), frame.getHeight(), width, height));
        }
        var next = encode(rgb);
        previous = rgb;
        if (pending != null) {
            write(pending, delay(written, fps));
        }
        pending = next;
    }

    /** Writes the last frame and the end of the file; no frame may follow. */
    public void finish() throws IOException {
        if (pending == null) {
            throw new IllegalStateException("a GIF needs at least one frame");
        }
        write(pending, delay(written, fps) + HOLD_CENTISECONDS);
        pending = null;
        writer.endWriteSequence();
        stream.flush();
    }

    @Override
    public void close() throws IOException {
        writer.dispose();
        stream.close();
    }

    /** The frame's pixels as RGB ints (the alpha byte is ignored), copied: the caller may reuse its image. */
    private static int[] pixels(BufferedImage frame) {
        int type = frame.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && frame.getRaster().getDataBuffer() instanceof DataBufferInt data
                && frame.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == frame.getWidth() && data.getNumBanks() == 1
                && frame.getRaster().getSampleModelTranslateX() == 0
                && frame.getRaster().getSampleModelTranslateY() == 0 && data.getOffset() == 0) {
            return Arrays.copyOf(data.getData(), frame.getWidth() * frame.getHeight());
        }
        return frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
    }

    /** The part of the frame that changed, as entries of the table, unchanged pixels in it transparent. */
    private Pending encode(int[] rgb) {
        int x0 = 0;
        int y0 = 0;
        int x1 = width;
        int y1 = height;
        if (previous != null) {
            int[] box = changed(rgb);
            if (box == null) {
                // Nothing moved: one transparent pixel, since a GIF frame cannot be empty.
                return new Pending(indexed(new byte[] {(byte) GifPalette.TRANSPARENT}, 1, 1), 0, 0);
            }
            x0 = box[0];
            y0 = box[1];
            x1 = box[2];
            y1 = box[3];
        }
        int w = x1 - x0;
        int h = y1 - y0;
        byte[] indices = new byte[w * h];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = y * width + x;
                byte index = (byte) palette.indexOf(rgb[p]);
                if (previous != null && index == shown[p]) {
                    indices[(y - y0) * w + x - x0] = (byte) GifPalette.TRANSPARENT;
                } else {
                    indices[(y - y0) * w + x - x0] = index;
                    shown[p] = index;
                }
            }
        }
        return new Pending(indexed(indices, w, h), x0, y0);
    }

    /** The smallest box {x0, y0, x1, y1} (ends exclusive) around every pixel that changed, or null when none did. */
    private int[] changed(int[] rgb) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (((rgb[row + x] ^ previous[row + x]) & 0xffffff) != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    private BufferedImage indexed(byte[] indices, int w, int h) {
        var raster = Raster.createInterleavedRaster(new DataBufferByte(indices, indices.length), w, h, w, 1,
                new int[] {0}, null);
        return new BufferedImage(palette.colourModel(), raster, false, null);
    }

    private void write(Pending frame, int delay) throws IOException {
        // Not createFromRenderedImage: for an indexed image it gives the standard type, with the web-safe colours.
        var type = new ImageTypeSpecifier(frame.image());
        IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
        var root = new IIOMetadataNode(FORMAT);
        var control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "TRUE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        root.appendChild(control);
        var descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(frame.left()));
        descriptor.setAttribute("imageTopPosition", Integer.toString(frame.top()));
        descriptor.setAttribute("imageWidth", Integer.toString(frame.image().getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(frame.image().getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        if (written == 0) {
            root.appendChild(loopForever());
        }
        metadata.mergeTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(frame.image(), null, metadata), null);
        stream.flush(); // hands the frame's bytes on: the stream keeps no copy of the file
        written++;
    }

    /** The logical screen (the first frame's size) and the one colour table every frame uses. */
    private IIOMetadata header() throws IOException {
        IIOMetadata metadata = writer.getDefaultStreamMetadata(null);
        var root = new IIOMetadataNode(STREAM_FORMAT);
        var screen = new IIOMetadataNode("LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        root.appendChild(screen);
        var table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", Integer.toString(GifPalette.SIZE));
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < GifPalette.SIZE; i++) {
            var entry = new IIOMetadataNode("ColorTableEntry");
            int rgb = palette.rgb(i);
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(rgb >> 16 & 0xff));
            entry.setAttribute("green", Integer.toString(rgb >> 8 & 0xff));
            entry.setAttribute("blue", Integer.toString(rgb & 0xff));
            table.appendChild(entry);
        }
        root.appendChild(table);
        metadata.mergeTree(STREAM_FORMAT, root);
        return metadata;
    }

    /** The NETSCAPE2.0 block that browsers read as "repeat forever" (a repeat count of 0). */
    private static IIOMetadataNode loopForever() {
        var extensions = new IIOMetadataNode("ApplicationExtensions");
        var loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0});
        extensions.appendChild(loop);
        return extensions;
    }
}
