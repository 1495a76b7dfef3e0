package org.descentlab.ui.surface;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;

/** One registered optimizer in the surface tab: whether it races, its hyperparameters, and its walker. */
public final class OptimizerSlot {

    private final OptimizerType type;
    private final int index;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ObjectProperty<HyperparameterValues> values;
    private Walker walker;

    OptimizerSlot(OptimizerType type, int index) {
        this.type = type;
        this.index = index;
        this.values = new SimpleObjectProperty<>(type.defaults());
    }

    public OptimizerType type() {
        return type;
    }

    /** Position in the registry: picks the colour. */
    public int index() {
        return index;
    }

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

    /** The walker racing for this optimizer, or {@code null} when it is not enabled. */
    public Walker walker() {
        return walker;
    }

    void setWalker(Walker walker) {
        this.walker = walker;
    }

    @Override
    public String toString() {
        return type.name();
    }
}
