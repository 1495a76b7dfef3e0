package org.descentlab.ui.export;

import java.util.Arrays;

/**
 * Heckbert's median cut: the few colours that stand for the many of a picture. The picture's distinct colours (with
 * how often each occurs) start in one box; the box with the most pixels times the widest spread is cut across its
 * widest channel where half of its pixels lie on each side, until there are as many boxes as colours wanted. Each box
 * gives the mean of its pixels.
 */
final class MedianCut {

    private final int[] colours;
    private final int[] counts;

    private MedianCut(int[] colours, int[] counts) {
        this.colours = colours;
        this.counts = counts;
    }

    /**
     * At most {@code wanted} colours (24-bit RGB) standing for the pixels {@code rgb} (alpha ignored); every distinct
     * colour itself when there are no more than {@code wanted}.
     */
    static int[] colours(int[] rgb, int wanted) {
        if (wanted < 1) {
            return new int[0];
        }
        int[] sorted = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            sorted[i] = rgb[i] & 0xffffff;
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] colours = new int[distinct];
        int[] counts = new int[distinct];
        int k = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                colours[++k] = sorted[i];
            }
            counts[k]++;
        }
        if (distinct <= wanted) {
            return colours;
        }
        return new MedianCut(colours, counts).cut(wanted);
    }

    /** A box: the colours from {@code from} (inclusive) to {@code to} (exclusive) of the shared arrays. */
    private record Box(int from, int to, long pixels, int widestChannel, int spread) {
    }

    private int[] cut(int wanted) {
        var boxes = new Box[wanted];
        boxes[0] = box(0, colours.length);
        int count = 1;
        while (count < wanted) {
            int chosen = -1;
            double best = 0;
            for (int b = 0; b < count; b++) {
                double score = (double) boxes[b].pixels() * boxes[b].spread();
                if (boxes[b].to() - boxes[b].from() > 1 && score > best) {
                    best = score;
                    chosen = b;
                }
            }
            if (chosen < 0) {
                break; // every box holds one colour
            }
            Box box = boxes[chosen];
            int middle = split(box);
            boxes[chosen] = box(box.from(), middle);
            boxes[count++] = box(middle, box.to());
        }
        int[] result = new int[count];
        for (int b = 0; b < count; b++) {
            result[b] = mean(boxes[b]);
        }
        return result;
    }

    private Box box(int from, int to) {
        int[] min = {255, 255, 255};
        int[] max = {0, 0, 0};
        long pixels = 0;
        for (int i = from; i < to; i++) {
            for (int c = 0; c < 3; c++) {
                int v = channel(colours[i], c);
                min[c] = Math.min(min[c], v);
                max[c] = Math.max(max[c], v);
            }
            pixels += counts[i];
        }
        int widest = 0;
        for (int c = 1; c < 3; c++) {
            if (max[c] - min[c] > max[widest] - min[widest]) {
                widest = c;
            }
        }
        return new Box(from, to, pixels, widest, max[widest] - min[widest]);
    }

    /**
     * Sorts the box's colours along its widest channel and returns where the second half of its pixels begins
     * (always leaving at least one colour on each side).
     */
    private int split(Box box) {
        int n = box.to() - box.from();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) channel(colours[box.from() + i], box.widestChannel()) << 32 | i;
        }
        Arrays.sort(keys);
        int[] c = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            int from = (int) keys[i];
            c[i] = colours[box.from() + from];
            p[i] = counts[box.from() + from];
        }
        System.arraycopy(c, 0, colours, box.from(), n);
        System.arraycopy(p, 0, counts, box.from(), n);
        long half = box.pixels() / 2;
        long seen = 0;
        for (int i = 0; i < n - 1; i++) {
            seen += p[i];
            if (seen >= half) {
                return box.from() + i + 1;
            }
        }
        return box.to() - 1;
    }

    private int mean(Box box) {
        long[] sum = new long[3];
        for (int i = box.from(); i < box.to(); i++) {
            for (int c = 0; c < 3; c++) {
                sum[c] += (long) channel(colours[i], c) * counts[i];
            }
        }
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | (int) Math.round((double) sum[c] / box.pixels());
        }
        return rgb;
    }

    /** Channel {@code c} of a 24-bit colour: 0 red, 1 green, 2 blue. */
    static int channel(int rgb, int c) {
        return rgb >> (16 - 8 * c) & 0xff;
    }
}
