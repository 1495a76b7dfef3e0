package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentlab.core.nn.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callers can read with tighter limits than the defaults: on values per read, on classes and on points. */
class ValueLimitTest {

    @TempDir
    Path folder;

    private Path archive(Map<String, byte[]> entries) throws IOException {
        return HandMadeNumpy.file(folder, "x.npz", HandMadeNumpy.zip(true, entries));
    }

    /** An archive of "a" with 3 values and "b" with 3 values. */
    private Path twoArrays() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.npy", npy(header("<f4", "(3,)"), float32s(1, 2, 3)));
        entries.put("b.npy", npy(header("<i8", "(3,)"), int64s(4, 5, 6)));
        return archive(entries);
    }

    @Test
    void singleArrayBeyondTheCallersLimitIsRefused() throws IOException {
        Path file = HandMadeNumpy.file(folder, "x.npy", npy(header("<f4", "(2, 2)"), float32s(1, 2, 3, 4)));

        assertEquals("x.npy: the array declares 4 values, more than this app reads (at most 3)",
                failure(() -> NpyFile.read(file, 3)));
        assertEquals(4, NpyFile.read(file, 4).size());
    }

    @Test
    void limitCountsEveryArrayOfOneRead() throws IOException {
        Path file = twoArrays();

        assertEquals("x.npz: 'b' declares 3 values, which with the 3 already read are more than this app reads from"
                + " one file (at most 5)", failure(() -> NpzFile.read(file, 5)));
        assertEquals(List.of("a", "b"), List.copyOf(NpzFile.read(file, 6).keySet()));
    }

    @Test
    void limitCountsOnlyTheArraysAskedFor() throws IOException {
        Path file = twoArrays();

        assertEquals(3, NpzFile.read(file, 3, "b").get("b").size());
    }

    @Test
    void negativeLimitIsAProgrammingError() throws IOException {
        Path file = twoArrays();

        assertThrows(IllegalArgumentException.class, () -> NpzFile.read(file, -1));
    }

    @Test
    void datasetIsCheckedAgainstTheCallersClassLimit() throws IOException {
        Path file = folder.resolve("d.npz");
        DatasetFile.write(file, Dataset.of(new double[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 2}));

        assertEquals("d.npz: 'labels' holds 2 at index 2; this app handles at most 2 classes (labels 0 to 1)",
                failure(() -> DatasetFile.read(file, new DatasetFile.ReadLimits(2, 10))));
        assertEquals(3, DatasetFile.read(file, new DatasetFile.ReadLimits(3, 10)).classes());
    }

    @Test
    void datasetIsCheckedAgainstTheCallersPointLimit() throws IOException {
        Path file = folder.resolve("d.npz");
        DatasetFile.write(file, Dataset.of(new double[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 0}));

        assertEquals("d.npz: 'inputs' has 3 rows, more points than this app handles (at most 2)",
                failure(() -> DatasetFile.read(file, new DatasetFile.ReadLimits(50, 2))));
        assertEquals(3, DatasetFile.read(file, new DatasetFile.ReadLimits(50, 3)).size());
    }

    @Test
    void pointLimitAboveTheDefaultValueLimitIsHonoured() throws IOException {
        // 4.5 million points are 9 million coordinates, more than NpyFile.DEFAULT_MAX_VALUES; the data is cut short.
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("inputs.npy", npy(header("<f4", "(4500000, 2)"), float32s(1, 2)));
        entries.put("labels.npy", npy(header("<i8", "(1,)"), int64s(0)));
        Path file = archive(entries);

        assertEquals("x.npz: file ends early: 'inputs' should hold 36000000 bytes of data but has 8",
                failure(() -> DatasetFile.read(file, new DatasetFile.ReadLimits(50, 5_000_000))));
    }

    @Test
    void limitsWithoutRoomForAClassOrAPointAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile.ReadLimits(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile.ReadLimits(10, 0));
    }
}
