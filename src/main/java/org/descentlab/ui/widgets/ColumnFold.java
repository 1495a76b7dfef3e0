package org.descentlab.ui.widgets;

import javafx.beans.property.BooleanProperty;

/**
 * Folds a side column of controls away when the room it would leave beside it becomes too narrow (a 1024 × 768
 * projector in classroom mode, or the lesson panel opened beside the tab), and unfolds it when the room comes back: the
 * plot is what a class looks at. It acts only when the room crosses the limit, and never undoes a choice made by hand:
 * a column opened by hand while the room is narrow stays open, and one folded by hand stays folded when the room grows.
 */
public final class ColumnFold {

    private final BooleanProperty shown;
    private final double narrowerThan;
    /** Whether the room was narrow at the last look, null before the first. */
    private Boolean narrow;
    /** Whether the column is folded because of the room (and not by hand since). */
    private boolean foldedForRoom;
    private boolean folding;

    /**
     * @param shown whether the column is on show (bound to its toggle)
     * @param narrowerThan the room beside the column, in pixels, below which it folds away
     */
    public ColumnFold(BooleanProperty shown, double narrowerThan) {
        this.shown = shown;
        this.narrowerThan = narrowerThan;
        shown.addListener((o, was, is) -> {
            if (!folding) {
                foldedForRoom = false; // a choice made by hand
            }
        });
    }

    /** Called at each layout with the room the other parts would have beside the column if it were on show. */
    public void roomBeside(double room) {
        boolean isNarrow = room < narrowerThan;
        if (narrow != null && narrow == isNarrow) {
            return;
        }
        narrow = isNarrow;
        if (isNarrow && shown.get()) {
            set(false);
            foldedForRoom = true;
        } else if (!isNarrow && foldedForRoom) {
            set(true);
            foldedForRoom = false;
        }
    }

    private void set(boolean value) {
        folding = true;
        try {
            shown.set(value);
        } finally {
            folding = false;
        }
    }
}
