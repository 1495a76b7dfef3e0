package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset is checked against the app's limits as it is read: one stray label must not build a network with a
 * hundred thousand outputs, nor a header claiming millions of points make the reader allocate them.
 */
class DatasetLimitsTest {

    @TempDir
    Path folder;

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** A dataset whose points are (0, 0), (1, 1), … labelled {@code labels}. */
    private Path dataset(long... labels) throws IOException {
        float[] inputs = new float[2 * labels.length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = i / 2;
        }
        entries.put("inputs.npy", npy(header("<f4", "(" + labels.length + ", 2)"), float32s(inputs)));
        entries.put("labels.npy", npy(header("<i8", "(" + labels.length + ",)"), int64s(labels)));
        return HandMadeNumpy.file(folder, "d.npz", HandMadeNumpy.zip(true, entries));
    }

    @Test
    void labelBeyondTheClassLimitIsRefusedWithItsPlace() throws IOException {
        Path file = dataset(0, 1, 2, 1, 0, 2, 1, 100_000, 0);

        assertEquals("d.npz: 'labels' holds 100000 at index 7; this app handles at most 50 classes (labels 0 to 49)",
                failure(() -> DatasetFile.read(file)));
    }

    @Test
    void labelNearTheIntegerLimitIsRefused() throws IOException {
        Path file = dataset(0, 2_147_483_646L);

        assertEquals("d.npz: 'labels' holds 2147483646 at index 1; this app handles at most 50 classes (labels 0 to"
                + " 49)", failure(() -> DatasetFile.read(file)));
    }

    @Test
    void fiftyClassesAreRead() throws IOException {
        Path file = dataset(0, 49);

        assertEquals(50, DatasetFile.read(file).classes());
    }

    @Test
    void moreRowsThanThePointLimitAreRefusedBeforeTheDataIsRead() throws IOException {
        // The header alone claims too many points; the data is not even there.
        entries.put("inputs.npy", npy(header("<f4", "(500001, 2)"), float32s(1, 2)));
        entries.put("labels.npy", npy(header("<i8", "(1,)"), int64s(0)));
        Path file = HandMadeNumpy.file(folder, "d.npz", HandMadeNumpy.zip(true, entries));

        assertEquals("d.npz: 'inputs' has 500001 rows, more points than this app handles (at most 500000)",
                failure(() -> DatasetFile.read(file)));
    }
}
