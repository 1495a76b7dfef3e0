package org.descentlab.core.descent;

import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * One walker run to the end of a step budget exactly as the {@code trajectory} command runs it (its learning rate
 * following the same schedule, if any): step 1 to the budget,
 * on past convergence, stopping only when the walker diverges; so the walker's last point is the command's last row.
 * The walker keeps no history, and is restarted for each run (a restart is a fresh walker: the optimizer's state, the
 * noise generator and the path all begin again).
 *
 * <p>On the way it notes the first step at which f − f* ≤ {@link #WITHIN}, f* being the surface's global minimum
 * value: the step at which the run came within 1e-6 of the best loss there is. A run caught in a local minimum never
 * does (its gap stays that minimum's height above f*).
 */
final class BudgetRun {

    /** How close f must come to f* for a run to count as arrived. */
    static final double WITHIN = 1e-6;

    private final Walker walker;
    private final double fStar;
    private int firstWithin;

    BudgetRun(Surface surface, Optimizer optimizer, Point start, double noise, long seed, Schedule schedule) {
        walker = new Walker(surface, optimizer, start, noise, seed, false);
        walker.setSchedule(schedule);
        fStar = surface.info().minimumValue();
    }

    /** Runs from {@code start} for {@code steps} steps (fewer if it diverges). */
    void run(Point start, int steps) {
        walker.restart(start);
        firstWithin = arrived() ? 0 : -1;
        for (int k = 1; k <= steps && walker.step(); k++) {
            if (firstWithin < 0 && walker.currentStep() == k && arrived()) {
                firstWithin = k;
            }
        }
    }

    private boolean arrived() {
        return walker.loss() - fStar <= WITHIN;
    }

    Walker walker() {
        return walker;
    }

    /** The first step at which f − f* ≤ {@link #WITHIN}, or −1 if none did. */
    int firstWithin() {
        return firstWithin;
    }
}
