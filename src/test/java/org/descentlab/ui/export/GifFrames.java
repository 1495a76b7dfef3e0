package org.descentlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * A GIF read back with ImageIO's reader, as a viewer shows it: each frame drawn over the picture so far at its place,
 * its transparent pixels leaving what was there ("do not dispose"). Also its delays, its size and its loop block.
 */
record GifFrames(int width, int height, List<BufferedImage> pictures, List<Integer> delays, List<String> disposals,
        byte[] loop) {

    static GifFrames read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(stream, false);
            var screen = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            var descriptor = (IIOMetadataNode) screen.getElementsByTagName("LogicalScreenDescriptor").item(0);
            int width = Integer.parseInt(descriptor.getAttribute("logicalScreenWidth"));
            int height = Integer.parseInt(descriptor.getAttribute("logicalScreenHeight"));
            var canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            var pictures = new ArrayList<BufferedImage>();
            var delays = new ArrayList<Integer>();
            var disposals = new ArrayList<String>();
            byte[] loop = null;
            int count = reader.getNumImages(true);
            for (int i = 0; i < count; i++) {
                var tree = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                var place = element(tree, "ImageDescriptor");
                var control = element(tree, "GraphicControlExtension");
                delays.add(Integer.parseInt(control.getAttribute("delayTime")));
                disposals.add(control.getAttribute("disposalMethod"));
                var application = element(tree, "ApplicationExtension");
                if (application != null && "NETSCAPE".equals(application.getAttribute("applicationID"))) {
                    loop = (byte[]) application.getUserObject();
                }
                BufferedImage part = reader.read(i);
                int left = Integer.parseInt(place.getAttribute("imageLeftPosition"));
                int top = Integer.parseInt(place.getAttribute("imageTopPosition"));
                for (int y = 0; y < part.getHeight(); y++) {
                    for (int x = 0; x < part.getWidth(); x++) {
                        int argb = part.getRGB(x, y);
                        if (argb >>> 24 != 0) {
                            canvas.setRGB(left + x, top + y, argb);
                        }
                    }
                }
                var copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                copy.getGraphics().drawImage(canvas, 0, 0, null);
                pictures.add(copy);
            }
            reader.dispose();
            return new GifFrames(width, height, pictures, delays, disposals, loop);
        }
    }

    private static IIOMetadataNode element(IIOMetadataNode tree, String name) {
        Node node = tree.getElementsByTagName(name).item(0);
        return (IIOMetadataNode) node;
    }
}
