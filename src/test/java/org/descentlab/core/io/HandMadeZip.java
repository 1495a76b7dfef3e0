package org.descentlab.core.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip archives written byte by byte from the zip specification (APPNOTE.TXT 4.3), for archives the JDK's
 * {@code ZipOutputStream} will not make: members whose declared sizes lie, members compressed with methods other than
 * deflate, and deflated members that unpack to a gigabyte yet take a megabyte on disk and milliseconds to make.
 */
final class HandMadeZip {

    /** The zip method number of deflate (APPNOTE.TXT 4.4.5). */
    static final int DEFLATED = 8;

    private static final int MEGABYTE = 1 << 20;

    /**
     * One member as it is stored: {@code data} is already compressed with {@code method}; {@code crc} and
     * {@code size} are what the archive declares about the unpacked content, true or not.
     */
    record Member(String name, int method, long crc, long size, byte[] data) {
    }

    /** Deflated content and the true facts about what it unpacks to. */
    record Deflated(byte[] data, long crc, long size) {
    }

    private HandMadeZip() {
    }

    /** An archive of {@code members} with local headers, a central directory and its end record. */
    static byte[] archive(List<Member> members) {
        var out = new ByteArrayOutputStream();
        var central = new ByteArrayOutputStream();
        for (Member member : members) {
            byte[] name = member.name().getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            ByteBuffer local = little(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) member.method());
            putCommon(local, member, name);
            local.put(name);
            out.writeBytes(local.array());
            out.writeBytes(member.data());
            ByteBuffer entry = little(46 + name.length);
            entry.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) member.method());
            putCommon(entry, member, name);
            // Comment length, disk number, internal and external attributes: all zero.
            entry.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0);
            entry.putInt(offset).put(name);
            central.writeBytes(entry.array());
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = little(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) members.size())
                .putShort((short) members.size()).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /** The fields both headers share: time, date, checksum, sizes, name length and an empty extra field. */
    private static void putCommon(ByteBuffer header, Member member, byte[] name) {
        header.putShort((short) 0).putShort((short) 0x21); // 1980-01-01 00:00
        header.putInt((int) member.crc()).putInt(member.data().length).putInt((int) member.size());
        header.putShort((short) name.length).putShort((short) 0);
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * {@code prefix} followed by {@code megabytes} MiB of zeros, deflated. Each MiB is flushed with
     * {@link Deflater#FULL_FLUSH}, which byte-aligns the output and forgets the history, so every MiB compresses to
     * the same bytes; deflating one and repeating it makes a gigabyte in a few milliseconds.
     */
    static Deflated zerosAfter(byte[] prefix, int megabytes) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] head = flushed(deflater, prefix);
        byte[] zeros = new byte[MEGABYTE];
        byte[] block = flushed(deflater, zeros);
        byte[] tail = finished(deflater);
        deflater.end();

        var out = new ByteArrayOutputStream();
        out.writeBytes(head);
        var crc = new CRC32();
        crc.update(prefix);
        for (int i = 0; i < megabytes; i++) {
            out.writeBytes(block);
            crc.update(zeros);
        }
        out.writeBytes(tail);
        return new Deflated(out.toByteArray(), crc.getValue(), prefix.length + (long) megabytes * MEGABYTE);
    }

    /** {@code input} compressed and flushed to a byte boundary, with nothing held back for later input. */
    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            // A full buffer may mean more output is waiting (Deflater#deflate's contract): ask again.
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        return out.toByteArray();
    }

    /** The final block that ends the deflate stream. */
    private static byte[] finished(Deflater deflater) {
        deflater.finish();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }
}
