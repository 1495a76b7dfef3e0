package org.descentlab.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;

/**
 * Tells a student which compression an archive uses when it is one the JDK cannot unpack. {@code ZipFile} refuses
 * the whole archive as soon as one member is compressed with anything but deflate (bzip2, LZMA, ...), with a message
 * about an invalid header; this finds that member by reading the central directory as the zip specification
 * (APPNOTE.TXT 4.3.12 and 4.3.16) lays it out. Anything unexpected means that no such member was found, and the
 * caller's own message about a damaged archive stands.
 */
final class ZipMethods {

    private static final int END_RECORD_BYTES = 22;
    private static final int END_RECORD_SIGNATURE = 0x06054b50;
    private static final int MAX_COMMENT_BYTES = 0xffff;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_BYTES = 46;

    /** A central directory of a few arrays takes a few hundred bytes; a larger one is not worth searching. */
    private static final int MAX_DIRECTORY_BYTES = 1 << 20;

    private static final String SUFFIX = ".npy";

    private ZipMethods() {
    }

    /** The problem with the first member of {@code file} compressed by a method we cannot unpack, if there is one. */
    static Optional<NumpyFileException> unsupportedIn(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer directory = centralDirectory(channel);
            return directory == null ? Optional.empty() : firstUnsupported(file, directory);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code method} is one the JDK unpacks. */
    private static boolean isSupported(int method) {
        return method == ZipEntry.STORED || method == ZipEntry.DEFLATED;
    }

    /** A method's usual name (APPNOTE.TXT 4.4.5), as archivers show it. */
    private static String name(int method) {
        return switch (method) {
            case 9 -> "Deflate64";
            case 12 -> "bzip2";
            case 14 -> "LZMA";
            case 93 -> "Zstandard";
            case 95 -> "XZ";
            case 98 -> "PPMd";
            default -> "method " + method;
        };
    }

    /** The central directory found through the end record, searched for from the end; null if there is none. */
    private static ByteBuffer centralDirectory(FileChannel channel) throws IOException {
        long size = channel.size();
        int tailBytes = (int) Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
        ByteBuffer tail = read(channel, size - tailBytes, tailBytes);
        for (int at = tailBytes - END_RECORD_BYTES; at >= 0; at--) {
            if (tail.getInt(at) == END_RECORD_SIGNATURE) {
                long length = Integer.toUnsignedLong(tail.getInt(at + 12));
                long offset = Integer.toUnsignedLong(tail.getInt(at + 16));
                boolean plausible = length <= MAX_DIRECTORY_BYTES && offset + length <= size;
                return plausible ? read(channel, offset, (int) length) : null;
            }
        }
        return null;
    }

    private static Optional<NumpyFileException> firstUnsupported(Path file, ByteBuffer directory) {
        int at = 0;
        while (at + ENTRY_BYTES <= directory.limit() && directory.getInt(at) == ENTRY_SIGNATURE) {
            int method = unsigned16(directory, at + 10);
            int nameBytes = unsigned16(directory, at + 28);
            if (at + ENTRY_BYTES + nameBytes > directory.limit()) {
                break;
            }
            if (!isSupported(method)) {
                byte[] name = new byte[nameBytes];
                directory.get(at + ENTRY_BYTES, name);
                return Optional.of(problem(file, new String(name, StandardCharsets.UTF_8), method));
            }
            at += ENTRY_BYTES + nameBytes + unsigned16(directory, at + 30) + unsigned16(directory, at + 32);
        }
        return Optional.empty();
    }

    private static NumpyFileException problem(Path file, String member, int method) {
        String subject = member.endsWith(SUFFIX) ? member.substring(0, member.length() - SUFFIX.length()) : member;
        return new NumpyFileException(file, "'" + MessageText.shown(subject) + "' is compressed with " + name(method)
                + ", which this app cannot read; save it with np.savez or np.savez_compressed");
    }

    private static int unsigned16(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
        return buffer.clear();
    }
}
