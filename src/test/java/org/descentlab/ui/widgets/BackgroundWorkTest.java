package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one helper for slow work: newest wins, failures delivered. A single-thread executor stands in for the JavaFX
 * thread, so no toolkit is needed; every wait is on a latch.
 */
class BackgroundWorkTest {

    private final ExecutorService fxThread = Executors.newSingleThreadExecutor();
    private final BackgroundWork<String> work = new BackgroundWork<>("test-work", fxThread);
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        work.close();
        fxThread.shutdownNow();
    }

    /** Waits until everything handed to the stand-in JavaFX thread so far has run. */
    private void drainFxThread() throws InterruptedException {
        var done = new CountDownLatch(1);
        fxThread.execute(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    @Test
    void theResultIsDeliveredOnTheFxThread() throws Exception {
        var deliveredOn = new CopyOnWriteArrayList<Thread>();
        var fx = fxThread.submit(Thread::currentThread).get();
        var done = new CountDownLatch(1);
        work.submit(progress -> "map", r -> {
            delivered.add(r);
            deliveredOn.add(Thread.currentThread());
            done.countDown();
        }, failures::add);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("map"), delivered);
        assertSame(fx, deliveredOn.get(0));
        assertTrue(failures.isEmpty());
        drainFxThread();
        assertEquals(1.0, work.progressProperty().get());
        assertTrue(!work.runningProperty().get());
    }

    @Test
    void aNewerRequestWinsAndTheOlderResultIsDroppedEvenWhenItComesLast() throws Exception {
        var olderStarted = new CountDownLatch(1);
        var releaseOlder = new CountDownLatch(1);
        var sawCancelled = new CountDownLatch(1);
        work.submit(progress -> {
            olderStarted.countDown();
            assertTrue(releaseOlder.await(10, TimeUnit.SECONDS));
            if (progress.isCancelled()) {
                sawCancelled.countDown();
            }
            return "older";
        }, delivered::add, failures::add);
        assertTrue(olderStarted.await(10, TimeUnit.SECONDS));
        var newerDone = new CountDownLatch(1);
        work.submit(progress -> "newer", r -> {
            delivered.add(r);
            newerDone.countDown();
        }, failures::add);
        releaseOlder.countDown();
        assertTrue(newerDone.await(10, TimeUnit.SECONDS));
        assertTrue(sawCancelled.await(10, TimeUnit.SECONDS), "the older job could tell it was superseded");
        drainFxThread();
        assertEquals(List.of("newer"), delivered);
    }

    @Test
    void aFailureOfAnyKindReachesTheFailureHandler() throws Exception {
        var boom = new IllegalStateException("boom");
        var memory = new OutOfMemoryError("test");
        for (Throwable thrown : new Throwable[] {boom, memory}) {
            var failed = new CountDownLatch(1);
            work.submit(progress -> {
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (Exception) thrown;
            }, delivered::add, f -> {
                failures.add(f);
                failed.countDown();
            });
            assertTrue(failed.await(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(boom, memory), failures);
        assertTrue(delivered.isEmpty());
        drainFxThread();
        assertTrue(!work.runningProperty().get());
    }

    @Test
    void aCancelledRequestDeliversNothing() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finished = new CountDownLatch(1);
        work.submit(progress -> {
            started.countDown();
            assertTrue(release.await(10, TimeUnit.SECONDS));
            finished.countDown();
            return "unwanted";
        }, delivered::add, failures::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        fxThread.submit(work::cancel).get();
        release.countDown();
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        // Anything the job handed over is queued by now or never comes; a later job's delivery proves the queue ran.
        var later = new CountDownLatch(1);
        work.submit(progress -> "later", r -> later.countDown(), failures::add);
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertTrue(delivered.isEmpty());
        assertTrue(failures.isEmpty());
    }

    @Test
    void progressIsReportedOnTheFxThreadWhileTheJobRuns() throws Exception {
        var half = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var done = new CountDownLatch(1);
        work.progressProperty().addListener((o, was, is) -> {
            if (is.doubleValue() == 0.5) {
                half.countDown();
            }
        });
        work.submit(progress -> {
            progress.update(0.5);
            assertTrue(release.await(10, TimeUnit.SECONDS));
            return "done";
        }, r -> done.countDown(), failures::add);
        assertTrue(half.await(10, TimeUnit.SECONDS));
        assertTrue(work.runningProperty().get());
        release.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(1.0, work.progressProperty().get(), "complete once delivered");
    }
}
