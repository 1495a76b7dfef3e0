package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The controls column folds when the room beside it becomes narrow, comes back with the room, and obeys the hand. */
class ColumnFoldTest {

    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final ColumnFold fold = new ColumnFold(shown, 480);

    @Test
    void foldsWhenTheRoomBecomesNarrowAndUnfoldsWhenItComesBack() {
        fold.roomBeside(700);
        assertTrue(shown.get());
        fold.roomBeside(479);
        assertFalse(shown.get());
        fold.roomBeside(480);
        assertTrue(shown.get(), "480 is wide enough");
    }

    @Test
    void aColumnOpenedByHandWhileNarrowStaysOpenUntilTheRoomCrossesTheLimitAgain() {
        fold.roomBeside(300);
        assertFalse(shown.get());
        shown.set(true); // the teacher opens the settings
        fold.roomBeside(290);
        fold.roomBeside(310);
        assertTrue(shown.get(), "no folding again while the room stays narrow");
        fold.roomBeside(900);
        assertTrue(shown.get());
        fold.roomBeside(400);
        assertFalse(shown.get(), "narrow again: folded again");
    }

    @Test
    void aColumnFoldedByHandStaysFoldedWhenTheRoomGrows() {
        fold.roomBeside(300);
        shown.set(true);
        shown.set(false); // folded by hand after all
        fold.roomBeside(900);
        assertFalse(shown.get());
    }

    @Test
    void aColumnFoldedByHandBeforeTheRoomNarrowsIsNotOpenedWhenItWidens() {
        fold.roomBeside(900);
        shown.set(false);
        fold.roomBeside(300);
        fold.roomBeside(900);
        assertFalse(shown.get());
    }

    @Test
    void theFirstLookAtANarrowRoomFolds() {
        fold.roomBeside(100);
        assertFalse(shown.get());
    }
}
