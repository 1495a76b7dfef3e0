package org.descentlab.ui.export;

import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * The one colour table of an animated GIF: up to 255 colours and, last, the transparent entry that later frames use
 * for the pixels they leave as they were. The colours that must come out exactly (the optimizers' path colours, the
 * classes' colours, white and black) are taken as they are; the rest stand for the first frame's colours, chosen by
 * {@link MedianCut}. Any colour maps to its nearest entry, remembered so that each distinct colour is looked up once.
 */
public final class GifPalette {

    /** Entries in the table (a GIF's most). */
    public static final int SIZE = 256;
    /** The entry that means "leave the pixel as it is". */
    public static final int TRANSPARENT = SIZE - 1;

    private final int[] entries;
    private final int used;
    private final IndexColorModel model;
    /** Open addressing: colour + 1 (0 = empty) and the index it maps to. */
    private int[] keys = new int[1 << 14];
    private byte[] values = new byte[1 << 14];
    private int cached;

    private GifPalette(int[] colours) {
        this.used = colours.length;
        this.entries = Arrays.copyOf(colours, SIZE);
        var r = new byte[SIZE];
        var g = new byte[SIZE];
        var b = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            r[i] = (byte) (entries[i] >> 16);
            g[i] = (byte) (entries[i] >> 8);
            b[i] = (byte) entries[i];
        }
        this.model = new IndexColorModel(8, SIZE, r, g, b, TRANSPARENT);
    }

    /**
     * A table with every one of {@code exact} (24-bit RGB; at most 255 are kept) and, in the remaining entries, the
     * colours of {@code firstFrame}'s pixels.
     */
    public static GifPalette of(int[] firstFrame, Collection<Integer> exact) {
        var colours = new LinkedHashSet<Integer>();
        for (int c : exact) {
            if (colours.size() < TRANSPARENT) {
                colours.add(c & 0xffffff);
            }
        }
        for (int c : MedianCut.colours(firstFrame, TRANSPARENT - colours.size())) {
            if (colours.size() < TRANSPARENT) {
                colours.add(c);
            }
        }
        return new GifPalette(colours.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The colour of entry {@code index} as 24-bit RGB. */
    public int rgb(int index) {
        return entries[index];
    }

    /** The number of colour entries (the transparent one not counted). */
    public int colours() {
        return used;
    }

    /** The table as an AWT colour model whose transparent pixel is {@link #TRANSPARENT}. */
    public IndexColorModel colourModel() {
        return model;
    }

    /** The entry nearest to colour {@code rgb} (alpha ignored); never {@link #TRANSPARENT}. */
    public int indexOf(int rgb) {
        int key = (rgb & 0xffffff) + 1;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot] & 0xff;
            }
            slot = (slot + 1) & mask;
        }
        int index = nearest(key - 1);
        keys[slot] = key;
        values[slot] = (byte) index;
        if (++cached * 2 > keys.length) {
            grow();
        }
        return index;
    }

    /** Squared distance, green weighted most and blue least, as the eye tells them apart. */
    static int distance(int a, int b) {
        int dr = (a >> 16 & 0xff) - (b >> 16 & 0xff);
        int dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
    }

    private int nearest(int rgb) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < used; i++) {
            int d = distance(rgb, entries[i]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void grow() {
        int[] oldKeys = keys;
        byte[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new byte[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
