package org.descentlab.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test inputs built by hand from numpy's published format description (numpy.lib.format), independently of the
 * writer under test, so that reading tests do not merely check the writer against itself. Zip archives come from the
 * JDK's own {@link ZipOutputStream}.
 */
final class HandMadeNumpy {

    private HandMadeNumpy() {
    }

    /**
     * A .npy file: magic, version {@code major}.0, header length (2 bytes for 1.0, 4 for 2.0 and 3.0), then the header
     * padded with spaces and ended by a newline so that the data starts at a multiple of 64 bytes.
     */
    static byte[] npy(int major, String header, byte[] data) {
        byte[] text = header.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int prefix = 6 + 2 + (major == 1 ? 2 : 4);
        int padded = ((prefix + text.length + 1 + 63) / 64) * 64 - prefix;
        ByteBuffer bytes = ByteBuffer.allocate(prefix + padded + data.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            bytes.putShort((short) padded);
        } else {
            bytes.putInt(padded);
        }
        bytes.put(text);
        while (bytes.position() < prefix + padded - 1) {
            bytes.put((byte) ' ');
        }
        bytes.put((byte) '\n');
        bytes.put(data);
        return bytes.array();
    }

    /** A version 1.0 .npy file. */
    static byte[] npy(String header, byte[] data) {
        return npy(1, header, data);
    }

    /** The header numpy writes for a C-order array, without the padding. */
    static String header(String descr, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    }

    static byte[] float32s(float... values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            bytes.putFloat(value);
        }
        return bytes.array();
    }

    static byte[] float64s(ByteOrder order, double... values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(order);
        for (double value : values) {
            bytes.putDouble(value);
        }
        return bytes.array();
    }

    static byte[] int32s(int... values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : values) {
            bytes.putInt(value);
        }
        return bytes.array();
    }

    static byte[] int64s(long... values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            bytes.putLong(value);
        }
        return bytes.array();
    }

    /** A zip archive holding {@code entries} (name with its .npy suffix → bytes), stored or deflated. */
    static byte[] zip(boolean deflated, Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var named : entries.entrySet()) {
                var entry = new ZipEntry(named.getKey());
                if (!deflated) {
                    var crc = new CRC32();
                    crc.update(named.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(named.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(named.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code bytes} to {@code name} in {@code folder}. */
    static Path file(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** A copy of the test resource {@code /fixtures/NAME} in {@code folder}. */
    static Path fixture(Path folder, String name) throws IOException {
        try (InputStream in = HandMadeNumpy.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /fixtures/" + name);
            }
            return file(folder, name, in.readAllBytes());
        }
    }
}
