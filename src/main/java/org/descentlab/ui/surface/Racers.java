package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Point;

/**
 * Who may race in the surface tab: one entry per registered optimizer, in registry order, and the extra copies, in
 * scene order; and the order the views list those that race in. The model changes them; this keeps the lists.
 */
final class Racers {

    private final List<OptimizerSlot> slots = new ArrayList<>();
    private final ObservableList<OptimizerSlot> copies = FXCollections.observableArrayList();
    /** Held here: the wrapper passes changes on to its listeners only while it lives. */
    private final ObservableList<OptimizerSlot> copiesView = FXCollections.unmodifiableObservableList(copies);

    Racers() {
        var types = OptimizerRegistry.all();
        for (int i = 0; i < types.size(); i++) {
            slots.add(new OptimizerSlot(types.get(i), i));
        }
    }

    /** Every optimizer's own entry, in registry order. */
    List<OptimizerSlot> slots() {
        return slots;
    }

    /** The copies, to change. */
    ObservableList<OptimizerSlot> copies() {
        return copies;
    }

    /** The copies, read-only. */
    ObservableList<OptimizerSlot> copiesView() {
        return copiesView;
    }

    /** Each enabled optimizer followed by its copies, in registry order (a copy races when its optimizer does not). */
    List<OptimizerSlot> racing() {
        var racing = new ArrayList<OptimizerSlot>();
        for (OptimizerSlot slot : slots) {
            if (slot.isEnabled()) {
                racing.add(slot);
            }
            racing.addAll(copiesOf(slot.type()));
        }
        return racing;
    }

    List<OptimizerSlot> copiesOf(OptimizerType type) {
        return copies.stream().filter(c -> c.type().equals(type)).toList();
    }

    /** Every optimizer's own entry and every copy. */
    List<OptimizerSlot> all() {
        var all = new ArrayList<>(slots);
        all.addAll(copies);
        return all;
    }

    /** A new copy of {@code type} in copy colour {@code colour}, not yet in the list. */
    static OptimizerSlot copy(OptimizerType type, HyperparameterValues values, Point ownStart, int colour) {
        return OptimizerSlot.copy(type, OptimizerRegistry.all().indexOf(type), colour, values, ownStart);
    }

    /** Copies whose own start lies outside {@code bounds} start where the race starts. */
    void dropStartsOutside(Bounds bounds) {
        for (OptimizerSlot copy : copies) {
            var own = copy.ownStart();
            if (own != null && (own.x() < bounds.xMin() || own.x() > bounds.xMax() || own.y() < bounds.yMin()
                    || own.y() > bounds.yMax())) {
                copy.setOwnStart(null);
            }
        }
    }

    /** The first copy colour no copy has: a copy keeps its colour while others come and go. */
    int freeColour() {
        int colour = 0;
        while (colour < CopyColours.count() - 1 && usesColour(colour)) {
            colour++;
        }
        return colour;
    }

    private boolean usesColour(int colour) {
        return copies.stream().anyMatch(c -> c.copyColour() == colour);
    }
}
