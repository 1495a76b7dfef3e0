package org.descentlab.ui.surface;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.widgets.OptimizerColours;

/**
 * One racer of the surface tab: a registered optimizer's own entry (ticked or not), or an extra copy of an optimizer
 * with its own hyperparameters and maybe its own start point (a copy always races). Holds its settings and walker.
 */
public final class OptimizerSlot {

    private final OptimizerType type;
    private final int index;
    /** A copy's place in {@link CopyColours}, or −1 for an optimizer's own entry. */
    private final int copyColour;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ObjectProperty<HyperparameterValues> values;
    private Point ownStart;
    private Walker walker;

    OptimizerSlot(OptimizerType type, int index) {
        this(type, index, -1, type.defaults(), null);
    }

    private OptimizerSlot(OptimizerType type, int index, int copyColour, HyperparameterValues values, Point start) {
        this.type = type;
        this.index = index;
        this.copyColour = copyColour;
        this.values = new SimpleObjectProperty<>(values);
        this.ownStart = start;
        enabled.set(copyColour >= 0);
    }

    /** A copy of optimizer {@code type} (registry position {@code index}) in copy colour {@code colour}. */
    static OptimizerSlot copy(OptimizerType type, int index, int colour, HyperparameterValues values, Point start) {
        return new OptimizerSlot(type, index, colour, values, start);
    }

    public OptimizerType type() {
        return type;
    }

    /** The optimizer's position in the registry (its own entry's colour). */
    public int index() {
        return index;
    }

    /** Whether this is an extra copy rather than the optimizer's own entry. */
    public boolean isCopy() {
        return copyColour >= 0;
    }

    /** A copy's place among the copy colours ({@link CopyColours}), or −1 for an optimizer's own entry. */
    int copyColour() {
        return copyColour;
    }

    /** The colour of its path, swatch, series and panel: the optimizer's own, or the copy's (never one of those). */
    public Color colour() {
        return isCopy() ? CopyColours.of(copyColour) : OptimizerColours.of(index);
    }

    /** The colour as CSS text, for a border or swatch in a style. */
    String colourCss() {
        return OptimizerColours.css(colour());
    }

    /**
     * A key no other racer has, for node ids and chart series: the optimizer's id for its own entry,
     * {@code <id>-copy<n>} for a copy.
     */
    public String key() {
        return isCopy() ? type.id() + "-copy" + (copyColour + 1) : type.id();
    }

    /** Whether it races: an optimizer's own entry when ticked, a copy always. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /** The hyperparameters in force; set them through {@link SurfaceTabModel#setHyperparameter}. */
    public ObjectProperty<HyperparameterValues> valuesProperty() {
        return values;
    }

    /** A copy's own start point, or {@code null} when it starts where the race starts. */
    public Point ownStart() {
        return ownStart;
    }

    void setOwnStart(Point start) {
        this.ownStart = start;
    }

    /** The walker racing for this optimizer, or {@code null} when it is not enabled. */
    public Walker walker() {
        return walker;
    }

    void setWalker(Walker walker) {
        this.walker = walker;
    }

    @Override
    public String toString() {
        return key();
    }
}
