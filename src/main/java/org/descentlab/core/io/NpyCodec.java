package org.descentlab.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code .npy} byte format (numpy's {@code numpy.lib.format}): the magic {@code \x93NUMPY}, a version, the header
 * length, the header dict padded with spaces and a newline so that the data starts at a multiple of 64 bytes, then
 * the values in C order.
 *
 * <p>Reads versions 1.0, 2.0 (4-byte header length) and 3.0 (UTF-8 header); writes 1.0, which numpy still writes
 * for every array of ours.
 */
final class NpyCodec {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /** numpy aligns the data to this many bytes so that it can be memory-mapped. */
    private static final int ALIGNMENT = 64;

    /** numpy's {@code np.load} refuses longer headers unless told to trust the file; so do we. */
    private static final int MAX_HEADER_BYTES = 10_000;

    /** The most bytes before the data: magic, version, a 4-byte header length (versions 2 and 3), the header. */
    static final int MAX_PROLOGUE_BYTES = MAGIC.length + 2 + 4 + MAX_HEADER_BYTES;

    private static final int CHUNK_BYTES = 1 << 16;

    private NpyCodec() {
    }

    /**
     * Reads one array from {@code in}, which is positioned at the magic; reads no further than the data. The header
     * must pass {@code check} before any data is read.
     */
    static NpyArray read(InputStream in, ArraySource source, HeaderCheck check) throws IOException {
        byte[] start = in.readNBytes(MAGIC.length + 2);
        if (start.length == 0) {
            throw source.problem(source.name() == null ? "file is empty" : source.subject() + " is empty");
        }
        int compared = Math.min(start.length, MAGIC.length);
        if (!Arrays.equals(start, 0, compared, MAGIC, 0, compared)) {
            throw source.problem((source.name() == null ? "the file" : source.subject())
                    + " does not start with numpy's magic bytes, so it is not a .npy array");
        }
        if (start.length < MAGIC.length + 2) {
            throw endsInHeader(source);
        }
        int major = start[6] & 0xff;
        int minor = start[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw source.problem(source.subject() + " uses .npy format version " + major + "." + minor
                    + ", but only versions 1.0, 2.0 and 3.0 can be read");
        }
        long headerLength = unsignedLittleEndian(readFully(in, major == 1 ? 2 : 4, source));
        if (headerLength > MAX_HEADER_BYTES) {
            throw source.problem(source.subject() + " has a .npy header of " + headerLength
                    + " bytes, longer than numpy's limit of " + MAX_HEADER_BYTES + " (the file may be damaged)");
        }
        byte[] headerBytes = readFully(in, (int) headerLength, source);
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        NpyHeader header = NpyHeader.parse(decode(headerBytes, charset, source), source);
        check.check(source, header);

        // readNBytes grows its buffer as bytes arrive, so a header that lies about the size cannot exhaust memory.
        byte[] data = in.readNBytes(header.dataBytes());
        if (data.length < header.dataBytes()) {
            throw source.problem("file ends early: " + source.subject() + " should hold " + header.dataBytes()
                    + " bytes of data but has " + data.length);
        }
        return values(header, ByteBuffer.wrap(data).order(header.order()));
    }

    /** Writes {@code array} as numpy's {@code np.save} would: format 1.0, little-endian, C order. */
    static void write(OutputStream out, NpyArray array) throws IOException {
        byte[] dict = NpyHeader.text(array.type(), array.shape()).getBytes(StandardCharsets.US_ASCII);
        int prefix = MAGIC.length + 2 + 2;
        // Like numpy: always at least one space, so an already aligned header still gets a full block of padding.
        int padding = ALIGNMENT - (prefix + dict.length + 1) % ALIGNMENT;
        int headerLength = dict.length + padding + 1;
        if (headerLength > 0xffff) {
            throw new IllegalArgumentException("shape " + array.shapeText() + " is too long for a .npy 1.0 header");
        }
        out.write(MAGIC);
        out.write(new byte[] {1, 0, (byte) headerLength, (byte) (headerLength >>> 8)});
        out.write(dict);
        out.write(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        writeValues(out, array);
    }

    /** The bytes {@link #write} would produce. */
    static byte[] toBytes(NpyArray array) {
        var bytes = new ByteArrayOutputStream(128 + array.size() * array.type().bytes());
        try {
            write(bytes, array);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void writeValues(OutputStream out, NpyArray array) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        NpyType type = array.type();
        for (int i = 0; i < array.size(); i++) {
            if (chunk.remaining() < type.bytes()) {
                out.write(chunk.array(), 0, chunk.position());
                chunk.clear();
            }
            switch (type) {
                case FLOAT32 -> chunk.putFloat((float) array.floats()[i]); // nearest float, ties to even
                case FLOAT64 -> chunk.putDouble(array.floats()[i]);
                case INT32 -> chunk.putInt((int) array.ints()[i]);
                case INT64 -> chunk.putLong(array.ints()[i]);
            }
        }
        out.write(chunk.array(), 0, chunk.position());
    }

    private static NpyArray values(NpyHeader header, ByteBuffer data) {
        int count = header.count();
        NpyType type = header.type();
        if (type.isFloat()) {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = type == NpyType.FLOAT32 ? data.getFloat() : data.getDouble();
            }
            return new NpyArray(type, header.shape(), values, null);
        }
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = type == NpyType.INT32 ? data.getInt() : data.getLong();
        }
        return new NpyArray(type, header.shape(), null, values);
    }

    private static byte[] readFully(InputStream in, int length, ArraySource source) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw endsInHeader(source);
        }
        return bytes;
    }

    private static long unsignedLittleEndian(byte[] bytes) {
        long value = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    private static String decode(byte[] bytes, Charset charset, ArraySource source) throws NumpyFileException {
        try {
            CharBuffer text = charset.newDecoder().decode(ByteBuffer.wrap(bytes));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw source.problem(source.subject() + " has a damaged .npy header (it is not valid UTF-8 text)");
        }
    }

    private static NumpyFileException endsInHeader(ArraySource source) {
        return source.problem("file ends early: " + source.subject() + " stops inside its .npy header");
    }
}
