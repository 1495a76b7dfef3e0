package org.descentlab.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damages valid files the ways disks, downloads and people do: flipped bits, cut-off ends, inserted bytes, length
 * fields set to absurd values, and header text edited with the characters of Python literals. Deterministic for a
 * given {@link Random}, so that a failing case can be replayed from its seed.
 */
final class Mutator {

    /** Characters that steer the header parser into its less travelled paths. */
    private static final byte[] LITERAL_CHARACTERS =
            "{}[](),:'\"\\ 0123456789-+LlTrueFalseNone<>=|fic\n\t".getBytes(StandardCharsets.US_ASCII);

    /** Values that sit on the edges length fields are checked against. */
    private static final long[] EDGE_VALUES = {0, 1, 2, 63, 64, 127, 128, 255, 256, 9_999, 10_000, 10_001, 0x7fff,
        0x8000, 0xffff, 0x10000, 0x7fffffffL, 0x80000000L, 0xffffffffL};

    /** Offsets of the length, size, count and method fields of each zip record (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16). */
    private static final int[] LOCAL_FIELDS = {8, 14, 18, 22, 26, 28};
    private static final int[] CENTRAL_FIELDS = {10, 16, 20, 24, 28, 30, 32, 42};
    private static final int[] END_FIELDS = {8, 10, 12, 16, 20};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** {@code original} with one to three damages; {@code original} itself is not changed. */
    byte[] mutate(byte[] original) {
        byte[] bytes = original.clone();
        int damages = 1 + random.nextInt(3);
        for (int i = 0; i < damages && bytes.length > 0; i++) {
            bytes = switch (random.nextInt(6)) {
                case 0 -> flipBits(bytes);
                case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
                case 2 -> insert(bytes);
                case 3 -> editText(bytes);
                case 4 -> corruptNpyLength(bytes);
                default -> corruptZipField(bytes);
            };
        }
        return bytes;
    }

    private byte[] flipBits(byte[] bytes) {
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            // Half of them in the first 128 bytes, where the magic, the lengths and the header are.
            int at = random.nextBoolean() ? random.nextInt(Math.min(128, bytes.length)) : random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private byte[] insert(byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        byte[] inserted = new byte[1 + random.nextInt(16)];
        for (int i = 0; i < inserted.length; i++) {
            inserted[i] = random.nextBoolean() ? (byte) random.nextInt(256) : literalCharacter();
        }
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    /** Replaces a few bytes of whatever text the file has near its start with literal characters. */
    private byte[] editText(byte[] bytes) {
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            bytes[random.nextInt(Math.min(200, bytes.length))] = literalCharacter();
        }
        return bytes;
    }

    /** Sets the .npy header length (2 bytes at offset 8 in version 1, 4 in versions 2 and 3) to an edge value. */
    private byte[] corruptNpyLength(byte[] bytes) {
        putLittleEndian(bytes, 8, random.nextBoolean() ? 2 : 4, edgeValue());
        return bytes;
    }

    /** Sets one length, size, count or method field of a zip record to an edge value; elsewhere, any 4 bytes. */
    private byte[] corruptZipField(byte[] bytes) {
        List<Integer> fields = new ArrayList<>();
        for (int at = 0; at + 4 <= bytes.length; at++) {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K') {
                int[] offsets = switch (bytes[at + 2] * 256 + bytes[at + 3]) {
                    case 0x0304 -> LOCAL_FIELDS;
                    case 0x0102 -> CENTRAL_FIELDS;
                    case 0x0506 -> END_FIELDS;
                    default -> new int[0];
                };
                for (int offset : offsets) {
                    fields.add(at + offset);
                }
            }
        }
        int at = fields.isEmpty() ? random.nextInt(bytes.length) : fields.get(random.nextInt(fields.size()));
        putLittleEndian(bytes, at, random.nextBoolean() ? 2 : 4, edgeValue());
        return bytes;
    }

    private long edgeValue() {
        long value = EDGE_VALUES[random.nextInt(EDGE_VALUES.length)];
        return random.nextInt(4) == 0 ? value + random.nextInt(64) - 32 : value;
    }

    private byte literalCharacter() {
        return LITERAL_CHARACTERS[random.nextInt(LITERAL_CHARACTERS.length)];
    }

    private static void putLittleEndian(byte[] bytes, int at, int width, long value) {
        for (int i = 0; i < width && at + i < bytes.length; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
