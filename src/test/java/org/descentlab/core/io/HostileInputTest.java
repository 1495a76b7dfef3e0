package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs that used to hang, crash or mislead the reader: each ends in one plain sentence, promptly. */
class HostileInputTest {

    /** Far longer than any of these reads takes; reached only if a read blocks. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    @Test
    void namedPipeIsRefusedInsteadOfWaitingForAWriter() throws IOException {
        Path pipe = OddFiles.namedPipe(folder.resolve("x.npz"));

        String message = assertTimeoutPreemptively(PROMPTLY, () -> failure(() -> DatasetFile.read(pipe)));

        assertEquals("x.npz: is a named pipe, not a file", message);
    }

    @Test
    void namedPipeIsRefusedAsASingleArrayToo() throws IOException {
        Path pipe = OddFiles.namedPipe(folder.resolve("x.npy"));

        String message = assertTimeoutPreemptively(PROMPTLY, () -> failure(() -> NpyFile.read(pipe)));

        assertEquals("x.npy: is a named pipe, not a file", message);
    }

    @Test
    void deviceIsRefusedBeforeItIsRead() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "no /dev/zero device here");

        String message = assertTimeoutPreemptively(PROMPTLY, () -> failure(() -> NpyFile.read(device)));

        assertEquals("zero: is a device, not a file", message);
    }

    @Test
    void emptyPathSaysNoFileNameWasGiven() {
        assertEquals("no file name given", failure(() -> DatasetFile.read(Path.of(""))));
        assertEquals("no file name given", failure(() -> NpyFile.read(Path.of(""))));
    }

    @Test
    void deeplyNestedHeaderIsRefusedWithoutOverflowingTheStack() throws IOException {
        // Under numpy's 10,000-byte header limit, yet thousands of levels deep.
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + "[".repeat(9_000) + "}";
        Path file = HandMadeNumpy.file(folder, "x.npy", npy(header, float32s(1)));

        assertEquals("x.npy: the array has a damaged .npy header (nested more than 32 levels deep at character 82)",
                failure(() -> NpyFile.read(file)));
    }

    @ParameterizedTest
    @CsvSource({"12, bzip2", "14, LZMA", "93, Zstandard", "95, XZ", "9, Deflate64", "77, method 77"})
    void memberCompressedAnotherWaySaysWhichCompression(int method, String name) throws IOException {
        byte[] entry = npy(header("<i8", "(1,)"), int64s(0));
        byte[] zip = HandMadeZip.archive(List.of(
                new HandMadeZip.Member("inputs.npy", method, 0, entry.length, entry)));
        Path file = HandMadeNumpy.file(folder, "x.npz", zip);

        assertEquals("x.npz: 'inputs' is compressed with " + name + ", which this app cannot read; save it with"
                + " np.savez or np.savez_compressed", failure(() -> NpzFile.read(file)));
    }

    @Test
    void nanInAMatrixIsPlacedByRowAndColumn() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("inputs.npy", npy(header("<f4", "(3, 2)"), float32s(0, 1, 2, 3, 4, Float.NaN)));
        entries.put("labels.npy", npy(header("<i8", "(3,)"), int64s(0, 1, 0)));
        Path file = HandMadeNumpy.file(folder, "x.npz", HandMadeNumpy.zip(true, entries));

        assertEquals("x.npz: 'inputs' holds NaN at row 2, column 1, but every value must be a finite number",
                failure(() -> DatasetFile.read(file)));
    }

    @Test
    void fileTextInAMessageIsEscapedAndCutShort() throws IOException {
        String descr = "<f\n\u0000" + "x".repeat(5_000);
        Path file = HandMadeNumpy.file(folder, "x.npy", npy(header(descr, "(1,)"), float32s(1)));

        assertEquals("x.npy: the array has dtype <f\\n\\x00" + "x".repeat(32) + "..., which is not supported (use"
                + " float32, float64, int32 or int64)", failure(() -> NpyFile.read(file)));
    }

    @Test
    void shapeWithMoreAxesThanNumpyAllowsIsDamaged() throws IOException {
        String shape = "(" + "1, ".repeat(65) + ")";
        Path file = HandMadeNumpy.file(folder, "x.npy", npy(header("<f4", shape), float32s(1)));

        assertEquals("x.npy: the array has a damaged .npy header ('shape' has 65 axes, more than numpy's limit of 64)",
                failure(() -> NpyFile.read(file)));
    }

    @Test
    void missingArrayListsOnlyTheFirstFewFound() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            entries.put("a" + i + ".npy", npy(header("<i8", "(1,)"), int64s(i)));
        }
        Path file = HandMadeNumpy.file(folder, "x.npz", HandMadeNumpy.zip(false, entries));

        assertEquals("x.npz: missing array 'labels' (found: a0, a1, a2, a3, a4, a5, a6, a7 and 4 more)",
                failure(() -> NpzFile.read(file, "labels")));
    }
}
