package org.descentlab.ui.widgets;

/** What tests of other packages may read of a schedule control: the curve's dot and the numbers' rounding. */
public final class ScheduleControlProbe {

    private ScheduleControlProbe() {
    }

    /** Where the curve's dot stands. */
    public static long marker(ScheduleCurve curve) {
        return curve.marker();
    }

    /** The schedule the curve draws. */
    public static org.descentlab.core.optim.Schedule shown(ScheduleCurve curve) {
        return curve.schedule();
    }

    /** {@code v} as the control writes it: three significant digits. */
    public static double round(double v) {
        return HyperparameterForm.roundSignificant(v, 3);
    }
}
