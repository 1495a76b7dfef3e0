package org.descentlab.core.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrajectoryRecorderTest {

    /** The parameters after epoch e: (e, −e, e + 0.1), easy to check after any thinning. */
    private static double[] theta(int epoch) {
        return new double[] {epoch, -epoch, epoch + 0.1};
    }

    @Test
    void keepsEveryEpochUnderTheCap() {
        var recorder = new TrajectoryRecorder(3, 10);
        for (int e = 0; e <= 9; e++) {
            recorder.record(e, theta(e));
        }
        Trajectory t = recorder.trajectory();

        assertArrayEquals(IntStream.rangeClosed(0, 9).toArray(), t.epochs());
        assertEquals(1, recorder.stride());
        assertArrayEquals(new float[] {7, -7, 7.1f}, t.thetaFloats(7), "rounded to float32");
    }

    @Test
    void aThousandEpochsUnderTheDefaultCapKeepEveryFourthAndTheFirstAndLast() {
        // By hand: 0..255 fill the 256 places; epoch 256 thins to the even epochs (stride 2), epoch 511 to the
        // multiples of 4 (stride 4); 0, 4, …, 1000 are 251 snapshots. Epoch 1001 is kept as the newest.
        var recorder = new TrajectoryRecorder(3);
        assertEquals(256, recorder.capacity());
        for (int e = 0; e <= 1000; e++) {
            recorder.record(e, theta(e));
            assertTrue(recorder.size() <= 256, "over the cap after epoch " + e);
        }
        assertArrayEquals(IntStream.rangeClosed(0, 250).map(k -> 4 * k).toArray(), recorder.trajectory().epochs());
        assertEquals(4, recorder.stride());

        recorder.record(1001, theta(1001));
        int[] epochs = recorder.trajectory().epochs();
        assertEquals(252, epochs.length);
        assertEquals(0, epochs[0]);
        assertEquals(1001, epochs[251]);
        assertArrayEquals(new float[] {1001, -1001, 1001.1f}, recorder.trajectory().thetaFloats(251));
    }

    @Test
    void theNewestOffTheStrideIsReplacedByTheNext() {
        var recorder = new TrajectoryRecorder(3, 4);
        for (int e = 0; e <= 5; e++) {
            recorder.record(e, theta(e));
        }
        // 0..3 fill the cap; 4 thins to {0, 2} and joins (stride 2); 5 is kept only as the newest.
        assertArrayEquals(new int[] {0, 2, 4, 5}, recorder.trajectory().epochs());
        recorder.record(6, theta(6));
        // 6 replaces 5; the cap is reached: {0, 2, 4, 6}.
        assertArrayEquals(new int[] {0, 2, 4, 6}, recorder.trajectory().epochs());
        recorder.record(7, theta(7));
        // Full: thins to {0, 4} (stride 4), 7 the newest.
        assertArrayEquals(new int[] {0, 4, 7}, recorder.trajectory().epochs());
    }

    @Test
    void skippedEpochsStillStayUnderTheCap() {
        // A window that publishes only some epochs: all of them even, so one thinning to stride 2 frees nothing.
        var recorder = new TrajectoryRecorder(3, 3);
        for (int e = 0; e <= 40; e += 2) {
            recorder.record(e, theta(e));
            assertTrue(recorder.size() <= 3, "over the cap after epoch " + e);
        }
        int[] epochs = recorder.trajectory().epochs();
        assertEquals(0, epochs[0]);
        assertEquals(40, epochs[epochs.length - 1]);
    }

    @Test
    void aTrajectoryTakenEarlierDoesNotChangeAsRecordingGoesOn() {
        var recorder = new TrajectoryRecorder(3, 2);
        double[] first = theta(0);
        recorder.record(0, first);
        recorder.record(1, theta(1));
        Trajectory before = recorder.trajectory();
        first[0] = 99;
        for (int e = 2; e < 20; e++) {
            recorder.record(e, theta(e));
        }

        assertArrayEquals(new int[] {0, 1}, before.epochs());
        assertArrayEquals(new float[] {0, 0, 0.1f}, before.thetaFloats(0), "copied when recorded");
        assertArrayEquals(new float[] {1, -1, 1.1f}, before.thetaFloats(1));
    }

    @Test
    void refusesEpochsOutOfOrderAndVectorsOfAnotherLength() {
        var recorder = new TrajectoryRecorder(3);
        assertNull(recorder.trajectory());
        recorder.record(2, theta(2));
        assertThrows(IllegalArgumentException.class, () -> recorder.record(2, theta(2)));
        assertThrows(IllegalArgumentException.class, () -> recorder.record(1, theta(1)));
        assertThrows(IllegalArgumentException.class, () -> recorder.record(3, new double[2]));
        recorder.clear();
        recorder.record(0, theta(0));
        assertArrayEquals(new int[] {0}, recorder.trajectory().epochs());
    }

    @Test
    void aLargeNetworkKeepsFewerSnapshots() {
        assertEquals(256, TrajectoryRecorder.capacityFor(1_418));
        assertEquals(256, TrajectoryRecorder.capacityFor(50_000), "a depth-4 network of width 128");
        assertEquals((1 << 24) / 3_200_000, TrajectoryRecorder.capacityFor(3_200_000));
        assertEquals(2, TrajectoryRecorder.capacityFor(Integer.MAX_VALUE));
    }
}
