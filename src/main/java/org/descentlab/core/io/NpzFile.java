package org.descentlab.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Named arrays in numpy's {@code .npz} format: a zip archive with one {@code NAME.npy} entry per array, as
 * {@code np.savez} (stored) and {@code np.savez_compressed} (deflated) write them. Maps keep the archive's order.
 */
public final class NpzFile {

    private static final String SUFFIX = ".npy";

    /** A fixed entry time makes the same arrays give the same bytes (numpy stamps the current time instead). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Array names listed in a message about a missing one, at most. */
    private static final int MAX_NAMES_SHOWN = 8;

    private NpzFile() {
    }

    /**
     * Every array in {@code file}, in archive order; every entry must be a {@code .npy} array. Reads at most
     * {@link NpyFile#DEFAULT_MAX_VALUES} values in all.
     */
    public static Map<String, NpyArray> read(Path file) throws NumpyFileException {
        return read(file, new ValueLimit(NpyFile.DEFAULT_MAX_VALUES), HeaderCheck.NONE, null);
    }

    /**
     * Every array in {@code file}, in archive order, if they hold at most {@code maxValues} values in all; an array
     * beyond that is refused from its header, before its data is unpacked.
     *
     * @throws IllegalArgumentException if {@code maxValues} is negative
     */
    public static Map<String, NpyArray> read(Path file, int maxValues) throws NumpyFileException {
        return read(file, new ValueLimit(maxValues), HeaderCheck.NONE, null);
    }

    /**
     * The arrays called {@code names}, in that order; other entries are not read, so they may hold anything. Reads
     * at most {@link NpyFile#DEFAULT_MAX_VALUES} values in all.
     *
     * @throws NumpyFileException if one of them is missing, e.g. {@code missing array 'labels' (found: inputs)}
     */
    public static Map<String, NpyArray> read(Path file, String... names) throws NumpyFileException {
        return read(file, NpyFile.DEFAULT_MAX_VALUES, names);
    }

    /**
     * The arrays called {@code names}, in that order, if they hold at most {@code maxValues} values in all; other
     * entries are not read.
     *
     * @throws NumpyFileException if one of them is missing or holds more than the limit allows
     * @throws IllegalArgumentException if {@code maxValues} is negative
     */
    public static Map<String, NpyArray> read(Path file, int maxValues, String... names) throws NumpyFileException {
        return read(file, new ValueLimit(maxValues), HeaderCheck.NONE, List.of(names));
    }

    /** The names of the arrays in {@code file}, in archive order, without reading their data. */
    public static List<String> arrayNames(Path file) throws NumpyFileException {
        requireZipSignature(file);
        try (var zip = new ZipFile(file.toFile())) {
            return List.copyOf(arrayEntries(zip, file, false).keySet());
        } catch (ZipException e) {
            throw ZipMethods.unsupportedIn(file).orElseGet(() -> new NumpyFileException(file,
                    "the zip archive is damaged or incomplete (was it cut off while copying?)", e));
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /**
     * The arrays named {@code wanted}, or all of them if it is null. Each header must pass {@code check}, then
     * {@code limit}, before its data is unpacked.
     */
    static Map<String, NpyArray> read(Path file, ValueLimit limit, HeaderCheck check, List<String> wanted)
            throws NumpyFileException {
        requireZipSignature(file);
        try (var zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = arrayEntries(zip, file, wanted == null);
            Map<String, NpyArray> arrays = new LinkedHashMap<>();
            for (String name : wanted == null ? entries.keySet() : wanted) {
                ZipEntry entry = entries.get(name);
                if (entry == null) {
                    throw new NumpyFileException(file, "missing array '" + name + "' (found: " + names(entries.keySet())
                            + ")");
                }
                arrays.put(name, readEntry(zip, entry, new ArraySource(file, name), limit, check.andThen(limit)));
            }
            return Collections.unmodifiableMap(arrays);
        } catch (ZipException e) {
            throw ZipMethods.unsupportedIn(file).orElseGet(() -> new NumpyFileException(file,
                    "the zip archive is damaged or incomplete (was it cut off while copying?)", e));
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /**
     * Replaces {@code file} with an archive of {@code arrays}, in the map's order; on failure the previous file, if
     * any, is left as it was.
     */
    public static void write(Path file, Map<String, NpyArray> arrays, NpzCompression compression)
            throws NumpyFileException {
        arrays.forEach((name, array) -> {
            if (name == null || name.isEmpty() || array == null) {
                throw new IllegalArgumentException("every array needs a non-empty name");
            }
        });
        SafeFiles.replaceAtomically(file, out -> {
            try (var zip = new ZipOutputStream(out)) {
                for (var named : arrays.entrySet()) {
                    writeEntry(zip, named.getKey() + SUFFIX, NpyCodec.toBytes(named.getValue()), compression);
                }
            }
        });
    }

    /** Refuses, with a helpful message, anything that does not even start like a zip archive. */
    private static void requireZipSignature(Path file) throws NumpyFileException {
        byte[] start;
        try (InputStream in = SafeFiles.openForReading(file)) {
            start = in.readNBytes(4);
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
        if (start.length == 0) {
            throw new NumpyFileException(file, "file is empty");
        }
        if (start.length >= 2 && (start[0] & 0xff) == 0x93 && start[1] == 'N') {
            throw new NumpyFileException(file, "is a single .npy array, not an .npz archive");
        }
        if (start.length < 2 || start[0] != 'P' || start[1] != 'K') {
            throw new NumpyFileException(file, "not a numpy .npz file (not a zip archive)");
        }
    }

    /** The {@code .npy} entries by array name, in archive order. */
    private static Map<String, ZipEntry> arrayEntries(ZipFile zip, Path file, boolean all) throws NumpyFileException {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String entryName = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            if (!entryName.endsWith(SUFFIX)) {
                others.add(entryName);
                continue;
            }
            String name = entryName.substring(0, entryName.length() - SUFFIX.length());
            if (entries.putIfAbsent(name, entry) != null) {
                throw new NumpyFileException(file, "the archive holds two arrays named '" + MessageText.shown(name)
                        + "'");
            }
        }
        if (all && !others.isEmpty()) {
            throw new NumpyFileException(file, "the archive holds '" + MessageText.shown(others.get(0))
                    + "', which is not a .npy array");
        }
        return entries;
    }

    /** The arrays' names for a message: the first few, each made printable; an archive may hold thousands. */
    private static String names(Collection<String> names) {
        if (names.isEmpty()) {
            return "no arrays";
        }
        String shown = names.stream().limit(MAX_NAMES_SHOWN).map(MessageText::shown).collect(Collectors.joining(", "));
        return names.size() > MAX_NAMES_SHOWN ? shown + " and " + (names.size() - MAX_NAMES_SHOWN) + " more" : shown;
    }

    private static NpyArray readEntry(ZipFile zip, ZipEntry entry, ArraySource source, ValueLimit limit,
            HeaderCheck check) throws NumpyFileException {
        // The archive's own word on the unpacked size may be a lie, but when it admits to too much, believe it.
        long maxBytes = limit.maxNextArrayBytes();
        if (entry.getSize() > maxBytes) {
            throw source.problem(source.subject() + " unpacks to " + entry.getSize() + " bytes, more than this app"
                    + " reads (at most " + maxBytes + ")");
        }
        try (var in = new CheckedInputStream(new BufferedInputStream(zip.getInputStream(entry)), new CRC32())) {
            NpyArray array = NpyCodec.read(in, source, check);
            // numpy ignores bytes after the data, but nothing writes them, and they are how a few megabytes of zip
            // unpack to gigabytes: one byte more is refused. At the end, the checksum covers the whole entry, as
            // Python's zipfile checks it.
            if (in.read() != -1) {
                throw source.problem(source.subject() + " holds more bytes than its .npy header declares (the file"
                        + " may be damaged)");
            }
            if (entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
                throw source.problem(source.subject() + " is damaged inside the zip archive (its checksum is wrong)");
            }
            return array;
        } catch (NumpyFileException e) {
            throw e;
        } catch (IOException e) {
            throw new NumpyFileException(source.file(), source.subject() + " is damaged inside the zip archive"
                    + " (its compressed data cannot be unpacked)", e);
        }
    }

    private static void writeEntry(ZipOutputStream zip, String entryName, byte[] bytes, NpzCompression compression)
            throws IOException {
        var entry = new ZipEntry(entryName);
        entry.setTimeLocal(ENTRY_TIME);
        if (compression == NpzCompression.STORED) {
            // A stored entry's sizes and checksum go in its local header, so they must be known up front.
            var crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
