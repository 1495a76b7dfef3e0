package org.descentlab.core.io;

import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.descentlab.core.io.HandMadeNumpy.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Damaged or foreign files fail with one plain sentence in a {@link NumpyFileException}, and nothing else. */
class CorruptFileTest {

    @TempDir
    Path folder;

    /** The message of the {@link NumpyFileException} that {@code read} throws; any other exception fails the test. */
    static String failure(Executable read) {
        String message = assertThrows(NumpyFileException.class, read).getMessage();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception") || message.contains("java."), message);
        return message;
    }

    private Path archive(byte[] inputsEntry) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("inputs.npy", inputsEntry);
        entries.put("labels.npy", npy(header("<i8", "(2,)"), int64s(0, 1)));
        return HandMadeNumpy.file(folder, "x.npz", zip(false, entries));
    }

    private Path archiveWithInputsHeader(String descr, String shape, byte[] data) throws IOException {
        return archive(npy(header(descr, shape), data));
    }

    @Test
    void missingFileIsNamed() {
        assertEquals("x.npz: no such file", failure(() -> NpzFile.read(folder.resolve("x.npz"))));
        assertEquals("x.npy: no such file", failure(() -> NpyFile.read(folder.resolve("x.npy"))));
    }

    @Test
    void folderIsNotAFile() throws IOException {
        Files.createDirectory(folder.resolve("x.npz"));

        assertEquals("x.npz: is a folder, not a file", failure(() -> DatasetFile.read(folder.resolve("x.npz"))));
    }

    @Test
    void emptyFileIsCalledEmpty() throws IOException {
        Path npz = HandMadeNumpy.file(folder, "x.npz", new byte[0]);
        Path npy = HandMadeNumpy.file(folder, "x.npy", new byte[0]);

        assertEquals("x.npz: file is empty", failure(() -> NpzFile.read(npz)));
        assertEquals("x.npy: file is empty", failure(() -> NpyFile.read(npy)));
    }

    @Test
    void textFileIsNotAZipArchive() throws IOException {
        Path file = HandMadeNumpy.file(folder, "x.npz", "x,y,label\n1,2,0\n".getBytes(StandardCharsets.US_ASCII));

        assertEquals("x.npz: not a numpy .npz file (not a zip archive)", failure(() -> NpzFile.read(file)));
    }

    @Test
    void singleNpyArrayIsNotAnArchive() throws IOException {
        Path file = HandMadeNumpy.file(folder, "x.npz", npy(header("<f4", "(1,)"), float32s(1)));

        assertEquals("x.npz: is a single .npy array, not an .npz archive", failure(() -> DatasetFile.read(file)));
    }

    @Test
    void truncatedZipIsReportedAsIncomplete() throws IOException {
        byte[] whole = Files.readAllBytes(HandMadeNumpy.fixture(folder, "ch2_dataset.npz"));
        Path file = HandMadeNumpy.file(folder, "x.npz", Arrays.copyOf(whole, whole.length / 2));

        assertEquals("x.npz: the zip archive is damaged or incomplete (was it cut off while copying?)",
                failure(() -> DatasetFile.read(file)));
    }

    @Test
    void truncatedArrayInsideTheZipSaysHowMuchDataIsMissing() throws IOException {
        Path file = archiveWithInputsHeader("<f4", "(1000, 2)", new byte[4000]);

        assertEquals("x.npz: file ends early: 'inputs' should hold 8000 bytes of data but has 4000",
                failure(() -> DatasetFile.read(file)));
    }

    @Test
    void npyCutInsideItsHeaderEndsEarly() throws IOException {
        byte[] whole = npy(header("<f4", "(1,)"), float32s(1));
        Path file = HandMadeNumpy.file(folder, "x.npy", Arrays.copyOf(whole, 30));

        assertEquals("x.npy: file ends early: the array stops inside its .npy header",
                failure(() -> NpyFile.read(file)));
    }

    @Test
    void wrongMagicIsNotANpyArray() throws IOException {
        Path file = archive("NOT NUMPY AT ALL, JUST TEXT".getBytes(StandardCharsets.US_ASCII));

        assertEquals("x.npz: 'inputs' does not start with numpy's magic bytes, so it is not a .npy array",
                failure(() -> DatasetFile.read(file)));
    }

    @Test
    void unknownFormatVersionIsRefused() throws IOException {
        byte[] bytes = npy(header("<f4", "(1,)"), float32s(1));
        bytes[6] = 4;
        Path file = HandMadeNumpy.file(folder, "x.npy", bytes);

        assertEquals("x.npy: the array uses .npy format version 4.0, but only versions 1.0, 2.0 and 3.0 can be read",
                failure(() -> NpyFile.read(file)));
    }

    @Test
    void complexDtypeIsNotSupported() throws IOException {
        Path file = archiveWithInputsHeader("<c16", "(2,)", new byte[32]);

        assertEquals("x.npz: 'inputs' has dtype <c16, which is not supported (use float32, float64, int32 or int64)",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void nativeOrderCodeThatNumpyNeverWritesIsNotSupported() throws IOException {
        Path file = archiveWithInputsHeader("=f8", "(2,)", new byte[16]);

        assertTrue(failure(() -> NpzFile.read(file))
                .startsWith("x.npz: 'inputs' has dtype =f8, which is not supported"));
    }

    @Test
    void structuredArrayIsNotSupported() throws IOException {
        String header = "{'descr': [('x', '<f4'), ('y', '<i8')], 'fortran_order': False, 'shape': (2,), }";
        Path file = archive(npy(header, new byte[24]));

        assertEquals("x.npz: 'inputs' is a structured array (several named fields per value), which is not supported",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void fortranOrderIsRefusedWithAHint() throws IOException {
        String header = "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 1), }";
        Path file = archive(npy(header, float32s(1, 2)));

        assertEquals("x.npz: 'inputs' is stored in Fortran (column-major) order, which is not supported; save"
                + " np.ascontiguousarray(a) instead", failure(() -> NpzFile.read(file)));
    }

    @Test
    void headerThatIsNotADictIsDamaged() throws IOException {
        Path file = archive(npy("{'descr': '<f4', 'shape': (2,", float32s(1, 2)));

        assertTrue(failure(() -> NpzFile.read(file)).startsWith("x.npz: 'inputs' has a damaged .npy header ("));
    }

    @Test
    void headerWithoutShapeIsDamaged() throws IOException {
        Path file = archive(npy("{'descr': '<f4', 'fortran_order': False}", float32s(1)));

        assertEquals("x.npz: 'inputs' has a damaged .npy header (it has no 'shape')",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void negativeSizeInShapeIsDamaged() throws IOException {
        Path file = archiveWithInputsHeader("<f4", "(-3, 2)", new byte[0]);

        assertEquals("x.npz: 'inputs' has a damaged .npy header ('shape' (-3, 2) has a negative size)",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void absurdShapeIsRefusedBeforeAnyAllocation() throws IOException {
        Path file = archiveWithInputsHeader("<f4", "(1000000, 1000000)", float32s(1, 2));

        assertEquals("x.npz: 'inputs' claims shape (1000000, 1000000), more data than can be loaded (the header may"
                + " be damaged)", failure(() -> DatasetFile.read(file)));
    }

    @Test
    void shapeClaimingTwoGigabytesOverAFewBytesEndsEarlyWithoutRunningOutOfMemory() throws IOException {
        Path file = archiveWithInputsHeader("<f4", "(536870000,)", float32s(1, 2));

        // With no limit on the values, only the data that is really there is ever allocated.
        assertEquals("x.npz: file ends early: 'inputs' should hold 2147480000 bytes of data but has 8",
                failure(() -> NpzFile.read(file, Integer.MAX_VALUE)));
    }

    @Test
    void shapeClaimingTwoGigabytesIsRefusedByDefaultFromItsHeader() throws IOException {
        Path file = archiveWithInputsHeader("<f4", "(536870000,)", float32s(1, 2));

        assertEquals("x.npz: 'inputs' declares 536870000 values, more than this app reads (at most 8388608)",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void compressedDataThatCannotBeInflatedIsReported() throws IOException {
        byte[] bytes = zip(true, Map.of("inputs.npy", npy(header("<f8", "(100,)"), new byte[800])));
        // The first compressed byte follows the 30-byte local header, the name and the extra field (zip spec 4.3.7).
        int data = 30 + (bytes[26] & 0xff | (bytes[27] & 0xff) << 8) + (bytes[28] & 0xff | (bytes[29] & 0xff) << 8);
        bytes[data] = 0b111; // final block of type 3, which deflate (RFC 1951) reserves as an error
        Path file = HandMadeNumpy.file(folder, "x.npz", bytes);

        assertEquals("x.npz: 'inputs' is damaged inside the zip archive (its compressed data cannot be unpacked)",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void flippedByteInStoredDataFailsTheChecksum() throws IOException {
        byte[] entry = npy(header("<f4", "(2,)"), float32s(1, 2));
        byte[] bytes = zip(false, Map.of("inputs.npy", entry));
        int last = indexOf(bytes, entry) + entry.length - 1;
        bytes[last] ^= 1;
        Path file = HandMadeNumpy.file(folder, "x.npz", bytes);

        assertEquals("x.npz: 'inputs' is damaged inside the zip archive (its checksum is wrong)",
                failure(() -> NpzFile.read(file)));
    }

    @Test
    void readingLeavesEvenADamagedFileUntouched() throws IOException {
        Path file = archiveWithInputsHeader("<f4", "(1000, 2)", new byte[4000]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);

        failure(() -> DatasetFile.read(file));
        NpzFile.read(file, "labels");

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
