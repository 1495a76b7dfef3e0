package org.descentlab.ui.surface;

import javafx.beans.value.ObservableValue;
import org.descentlab.core.optim.Schedule;
import org.descentlab.ui.widgets.ScheduleControl;

/**
 * The surface tab's learning-rate schedule: every walker's rate follows it over the race's steps, each from its own
 * rate as set. The curve spans the race's most steps, its dot stands at the step on show (the timeline's), and the
 * line under it gives the rate the selected racer steps with there.
 */
final class SurfaceSchedule {

    private SurfaceSchedule() {
    }

    /** The control, following {@code model}, naming the rate of the racer {@code selected}. */
    static ScheduleControl control(SurfaceTabModel model, ObservableValue<OptimizerSlot> selected) {
        var control = new ScheduleControl("surfaceSchedule", ScheduleControl.Unit.STEPS, model.scheduleProperty(),
                next -> {
                    model.setSchedule(next);
                    return null;
                }, () -> moment(model, selected.getValue()));
        // The revision moves with every step taken, every step shown on the timeline and every setting changed.
        model.revisionProperty().addListener((o, was, is) -> control.refresh());
        selected.addListener((o, was, is) -> control.refresh());
        return control;
    }

    /** The race's length, the step on show and the selected racer's rate as set (when it races). */
    private static ScheduleControl.Moment moment(SurfaceTabModel model, OptimizerSlot slot) {
        boolean racing = slot != null && slot.walker() != null;
        var values = racing ? slot.valuesProperty().get() : null;
        return new ScheduleControl.Moment(model.maxStepsProperty().get(), model.replay().shownStep(),
                racing && values.has(Schedule.LEARNING_RATE) ? values.get(Schedule.LEARNING_RATE) : Double.NaN,
                racing ? model.nameOf(slot) : null);
    }
}
