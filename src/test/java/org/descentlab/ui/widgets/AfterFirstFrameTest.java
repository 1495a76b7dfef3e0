package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work held back until the window's first frame: none of it lost, none of it run early, in the order it came. */
class AfterFirstFrameTest {

    private final List<String> done = new ArrayList<>();

    @AfterEach
    void letGo() {
        AfterFirstFrame.release();
    }

    @Test
    void workRunsAtOnceWhenNothingIsHeld() {
        AfterFirstFrame.later(() -> done.add("now"));
        assertEquals(List.of("now"), done);
        assertFalse(AfterFirstFrame.pending());
    }

    @Test
    void heldWorkWaitsForTheReleaseAndRunsInOrder() {
        AfterFirstFrame.hold();
        AfterFirstFrame.later(() -> done.add("rows"));
        AfterFirstFrame.later(() -> done.add("rule"));
        assertEquals(List.of(), done);
        assertTrue(AfterFirstFrame.pending());
        AfterFirstFrame.release();
        assertEquals(List.of("rows", "rule"), done);
        assertFalse(AfterFirstFrame.pending());
    }

    @Test
    void releasedAPiecePerTurnWithWorkThatComesMeanwhileAtTheEndOfTheLine() {
        var turns = new java.util.ArrayDeque<Runnable>();
        AfterFirstFrame.hold();
        AfterFirstFrame.later(() -> done.add("rows"));
        AfterFirstFrame.later(() -> done.add("rule"));
        AfterFirstFrame.later(() -> done.add("network tab"));
        AfterFirstFrame.release(turns::add);
        assertEquals(List.of("rows"), done, "one piece now");
        assertTrue(AfterFirstFrame.pending());
        turns.remove().run();
        assertEquals(List.of("rows", "rule"), done, "the next on the next turn");
        AfterFirstFrame.later(() -> done.add("late"));
        assertEquals(List.of("rows", "rule"), done, "work that comes meanwhile waits its turn");
        turns.remove().run();
        turns.remove().run();
        assertEquals(List.of("rows", "rule", "network tab", "late"), done);
        assertTrue(turns.isEmpty(), "no turn asked for once the line is empty");
        assertFalse(AfterFirstFrame.pending());
        AfterFirstFrame.later(() -> done.add("now"));
        assertEquals("now", done.get(done.size() - 1));
    }

    @Test
    void aPieceThatFailsDoesNotHoldBackTheOnesAfterIt() {
        var turns = new java.util.ArrayDeque<Runnable>();
        AfterFirstFrame.hold();
        AfterFirstFrame.later(() -> {
            throw new IllegalStateException("broken");
        });
        AfterFirstFrame.later(() -> done.add("after"));
        assertThrows(IllegalStateException.class, () -> AfterFirstFrame.release(turns::add));
        turns.remove().run();
        assertEquals(List.of("after"), done);
        assertFalse(AfterFirstFrame.pending(), "nothing left waiting for ever");
    }

    @Test
    void workAfterTheReleaseRunsAtOnce() {
        AfterFirstFrame.hold();
        AfterFirstFrame.release();
        AfterFirstFrame.later(() -> done.add("late"));
        assertEquals(List.of("late"), done);
    }

    @Test
    void heldIsPendingEvenBeforeAnyWorkComes() {
        AfterFirstFrame.hold();
        assertTrue(AfterFirstFrame.pending(), "the window is not complete until its first frame has let go");
    }
}
