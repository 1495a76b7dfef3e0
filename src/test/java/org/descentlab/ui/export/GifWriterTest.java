package org.descentlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.descentlab.core.io.SafeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GIF encoder alone (no toolkit): read back by ImageIO, frame by frame, against the frames given. */
class GifWriterTest {

    private static final int RED = 0xd55e00;
    private static final int BLUE = 0x2f6fe0;

    @TempDir
    Path dir;

    @Test
    void framesComeBackExactlyWhenThePictureHasFewColours() throws IOException {
        var frames = List.of(square(64, 48, 4, 4), square(64, 48, 20, 10), square(64, 48, 20, 10));
        Path file = write(frames, 20, Set.of(RED));
        var gif = GifFrames.read(file);
        assertEquals(3, gif.pictures().size(), "frame count");
        assertEquals(64, gif.width());
        assertEquals(48, gif.height());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(pixels(frames.get(i)), pixels(gif.pictures().get(i)), "frame " + i);
        }
    }

    @Test
    void itLoopsForeverAndEveryFrameIsDrawnOverTheLast() throws IOException {
        var gif = GifFrames.read(write(List.of(square(32, 32, 0, 0), square(32, 32, 8, 8)), 10, Set.of()));
        assertArrayEquals(new byte[] {1, 0, 0}, gif.loop(), "NETSCAPE2.0 block with a repeat count of 0");
        assertEquals(List.of("doNotDispose", "doNotDispose"), gif.disposals());
    }

    @Test
    void delaysFollowTheFrameRateAndTheLastFrameIsHeld() throws IOException {
        var frames = new ArrayList<BufferedImage>();
        for (int i = 0; i < 30; i++) {
            frames.add(square(40, 30, i, 2));
        }
        var gif = GifFrames.read(write(frames, 30, Set.of()));
        assertEquals(List.of(3, 4, 3), gif.delays().subList(0, 3), "3⅓ hundredths of a second, without drift");
        int total = gif.delays().stream().mapToInt(Integer::intValue).sum();
        assertEquals(100 + GifWriter.HOLD_CENTISECONDS, total, "30 frames at 30 fps last one second, then the hold");
        var slow = GifFrames.read(write(frames.subList(0, 3), 20, Set.of()));
        assertEquals(List.of(5, 5, 5 + GifWriter.HOLD_CENTISECONDS), slow.delays());
    }

    @Test
    void aPictureWithManyColoursComesBackAsItsNearestPaletteColours() throws IOException {
        var gradient = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                gradient.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | ((x + y) * 2));
            }
        }
        var out = new ByteArrayOutputStream();
        GifPalette palette;
        try (var writer = new GifWriter(out, 10, Set.of(RED))) {
            writer.add(gradient);
            writer.finish();
            palette = writer.palette();
        }
        Path file = dir.resolve("gradient.gif");
        Files.write(file, out.toByteArray());
        var back = GifFrames.read(file).pictures().get(0);
        int worst = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int given = gradient.getRGB(x, y) & 0xffffff;
                int expected = palette.rgb(palette.indexOf(given));
                assertEquals(expected, back.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
                for (int c = 0; c < 3; c++) {
                    worst = Math.max(worst, Math.abs(MedianCut.channel(given, c) - MedianCut.channel(expected, c)));
                }
            }
        }
        assertEquals(255, palette.colours(), "4096 colours fill the table");
        assertTrue(worst <= 24, "no channel off by more than 24 of 255, got " + worst);
        assertEquals(RED, palette.rgb(palette.indexOf(RED)), "a colour asked for exactly is in the table");
    }

    @Test
    void aFrameOfAnotherSizeIsRefused() throws IOException {
        try (var writer = new GifWriter(new ByteArrayOutputStream(), 10, Set.of())) {
            writer.add(square(32, 32, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> writer.add(square(33, 32, 0, 0)));
        }
    }

    @Test
    void aWriteGivenUpHalfWayLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("given-up.gif");
        assertThrows(CancellationException.class, () -> SafeFiles.replaceAtomically(file, out -> {
            var writer = new GifWriter(out, 10, Set.of());
            writer.add(square(32, 32, 0, 0));
            writer.add(square(32, 32, 4, 4));
            throw new CancellationException();
        }));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor a temporary one");
        }
    }

    private Path write(List<BufferedImage> frames, double fps, Set<Integer> exact) throws IOException {
        Path file = dir.resolve("film-" + fps + "-" + frames.size() + ".gif");
        SafeFiles.replaceAtomically(file, out -> {
            try (var writer = new GifWriter(out, fps, exact)) {
                for (var frame : frames) {
                    writer.add(frame);
                }
                writer.finish();
            }
        });
        return file;
    }

    /** A blue picture with an 8 × 8 red square at (x, y). */
    private static BufferedImage square(int width, int height, int x, int y) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                boolean inside = i >= x && i < x + 8 && j >= y && j < y + 8;
                image.setRGB(i, j, inside ? RED : BLUE);
            }
        }
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        return rgb;
    }
}
