package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.float64s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.descentlab.core.landscape.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryFileTest {

    @TempDir
    Path folder;

    private static final byte[] EPOCHS_0_5 = npy(header("<i8", "(2,)"), int64s(0, 5));
    private static final byte[] THETA_2X3 = npy(header("<f4", "(2, 3)"), float32s(1, -2, 0.5f, 3, 4, -0.25f));

    private Path archive(byte[] theta, byte[] epochs) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (theta != null) {
            entries.put("theta.npy", theta);
        }
        if (epochs != null) {
            entries.put("epochs.npy", epochs);
        }
        return HandMadeNumpy.file(folder, "t.npz", HandMadeNumpy.zip(true, entries));
    }

    @Test
    void readsAnArchiveMadeByHandFromNumpysFormat() throws IOException {
        Trajectory t = TrajectoryFile.read(archive(THETA_2X3, EPOCHS_0_5));

        assertArrayEquals(new int[] {0, 5}, t.epochs());
        assertArrayEquals(new float[] {1, -2, 0.5f}, t.thetaFloats(0));
        assertArrayEquals(new float[] {3, 4, -0.25f}, t.thetaFloats(1));
    }

    @Test
    void writingThenReadingGivesTheSameTrajectoryAndNumpysLayout() throws IOException {
        var t = Trajectory.of(new int[] {0, 2, 7}, new float[][] {{1.5f, 1e-8f}, {-3, 0.1f}, {2, Float.MAX_VALUE}});
        Path file = folder.resolve("round.npz");

        TrajectoryFile.write(file, t);

        assertEquals(t, TrajectoryFile.read(file));
        Map<String, NpyArray> arrays = NpzFile.read(file);
        assertEquals(java.util.List.of("theta", "epochs"), java.util.List.copyOf(arrays.keySet()));
        assertEquals(NpyType.FLOAT32, arrays.get("theta").type());
        assertEquals("(3, 2)", arrays.get("theta").shapeText());
        assertEquals(NpyType.INT64, arrays.get("epochs").type());
    }

    @Test
    void float64AndInt32AreAccepted() throws IOException {
        Trajectory t = TrajectoryFile.read(archive(npy(header("<f8", "(1, 2)"), float64s(ByteOrder.LITTLE_ENDIAN,
                0.1, 2)), npy(header("<i4", "(1,)"), HandMadeNumpy.int32s(3))));

        assertArrayEquals(new float[] {0.1f, 2}, t.thetaFloats(0));
        assertEquals(3, t.epoch(0));
    }

    @Test
    void hostileOrWrongFilesAreRefusedWithOneSentence() throws IOException {
        assertEquals("t.npz: missing array 'epochs' (found: theta)",
                failure(() -> TrajectoryFile.read(archive(THETA_2X3, null))));
        assertEquals("t.npz: 'theta' has shape (6,), expected (n, P): one row of parameters per epoch",
                failure(() -> TrajectoryFile.read(archive(npy(header("<f4", "(6,)"),
                        float32s(1, 2, 3, 4, 5, 6)), EPOCHS_0_5))));
        assertEquals("t.npz: 'theta' has dtype <i8; expected floats (float32 or float64)",
                failure(() -> TrajectoryFile.read(archive(npy(header("<i8", "(2, 1)"), int64s(1, 2)), EPOCHS_0_5))));
        assertEquals("t.npz: 'theta' holds NaN at row 1, column 0, but every value must be a finite number",
                failure(() -> TrajectoryFile.read(archive(npy(header("<f4", "(2, 1)"), float32s(1, Float.NaN)),
                        EPOCHS_0_5))));
        assertEquals("t.npz: 'theta' holds 1.0E300 at row 0, column 0, too large for a network's float32 parameters",
                failure(() -> TrajectoryFile.read(archive(npy(header("<f8", "(1, 1)"),
                        float64s(ByteOrder.LITTLE_ENDIAN, 1e300)), npy(header("<i8", "(1,)"), int64s(0))))));
        assertEquals("t.npz: 'epochs' has shape (3,), expected (2,) like the 2 rows of 'theta'",
                failure(() -> TrajectoryFile.read(archive(THETA_2X3, npy(header("<i8", "(3,)"), int64s(0, 1, 2))))));
        assertEquals("t.npz: 'epochs' has dtype <f4; expected integers (int32 or int64)",
                failure(() -> TrajectoryFile.read(archive(THETA_2X3, npy(header("<f4", "(2,)"), float32s(0, 1))))));
        assertEquals("t.npz: 'epochs' holds 3 at index 1 after 5, but the epochs must increase from row to row",
                failure(() -> TrajectoryFile.read(archive(THETA_2X3, npy(header("<i8", "(2,)"), int64s(5, 3))))));
        assertEquals("t.npz: 'epochs' holds -1 at index 0, but an epoch is a count from 0 to 2147483647",
                failure(() -> TrajectoryFile.read(archive(THETA_2X3, npy(header("<i8", "(2,)"), int64s(-1, 3))))));
        assertEquals("t.npz: 'theta' has shape (0, 3), but there must be at least one epoch",
                failure(() -> TrajectoryFile.read(archive(npy(header("<f4", "(0, 3)"), new byte[0]),
                        npy(header("<i8", "(0,)"), new byte[0])))));
    }

    @Test
    void aTrajectoryDeclaringMoreValuesThanTheCapIsRefusedBeforeItsDataIsRead() throws IOException {
        // 5000 × 5000 float32 values declared, 4 bytes given: refused from the header.
        Path file = archive(npy(header("<f4", "(5000, 5000)"), float32s(1)), EPOCHS_0_5);

        assertEquals("t.npz: 'theta' declares 25000000 values, more than a trajectory may hold (at most 16777216)",
                failure(() -> TrajectoryFile.read(file)));
        Files.writeString(folder.resolve("text.npz"), "not a zip");
        assertEquals("text.npz: not a numpy .npz file (not a zip archive)",
                failure(() -> TrajectoryFile.read(folder.resolve("text.npz"))));
    }

    @Test
    void aDivergedTrajectoryNeverReplacesAGoodFile() throws IOException {
        Path file = folder.resolve("good.npz");
        var good = Trajectory.of(new int[] {0}, new float[][] {{1, 2}});
        TrajectoryFile.write(file, good);
        var diverged = Trajectory.of(new int[] {0, 1}, new float[][] {{1, 2}, {Float.NaN, 2}});

        assertEquals("good.npz: the trajectory holds numbers that are not finite (the training diverged); nothing"
                + " was saved", failure(() -> TrajectoryFile.write(file, diverged)));
        assertEquals(good, TrajectoryFile.read(file));
    }
}
