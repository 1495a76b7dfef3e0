package org.descentlab.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The JIT's warm-up trains on a daemon thread of its own and ends soon after it is closed. */
class KernelWarmUpTest {

    @Test
    void trainsOnADaemonThreadUntilClosed() throws InterruptedException {
        var warmUp = KernelWarmUp.start();
        assertTrue(warmUp.thread().isDaemon());
        warmUp.close();
        warmUp.thread().join(60_000);
        assertFalse(warmUp.thread().isAlive(), "the warm-up thread ends once closed");
        int done = warmUp.batches();
        assertTrue(done < 200 * 32, "stopped early, after " + done + " batches");
    }

    @Test
    void leftAloneItStopsAfterItsLastEpoch() throws InterruptedException {
        var warmUp = KernelWarmUp.start();
        warmUp.thread().join(120_000);
        assertFalse(warmUp.thread().isAlive());
        org.junit.jupiter.api.Assertions.assertEquals(200 * 32, warmUp.batches());
    }
}
