package org.descentlab.ui.surface;

import org.descentlab.core.descent.Race;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;

/** A walker's status in words for the status table: running, converged (where), stuck, diverged, or stopped. */
final class WalkerStatusText {

    /** How close (as a fraction of the plot's diagonal) a point must be to a marked point to be "at" it. */
    private static final double NEAR = 1e-3;

    private WalkerStatusText() {
    }

    static String describe(Walker walker, Race race) {
        var status = walker.status();
        var info = walker.surface().info();
        double near = NEAR * Math.hypot(info.bounds().width(), info.bounds().height());
        Point p = walker.position();
        return switch (status.state()) {
            case DIVERGED -> "diverged at step " + status.step();
            case CONVERGED -> {
                for (Point saddle : info.saddlePoints()) {
                    if (saddle.distanceTo(p) < near) {
                        yield "stuck at the saddle point (step " + status.step() + ")";
                    }
                }
                Minimum m = info.nearestMinimum(p.x(), p.y());
                if (m.point().distanceTo(p) < near) {
                    yield "converged at step " + status.step() + ", " + (m.global() ? "global" : "local") + " minimum";
                }
                yield "converged at step " + status.step();
            }
            case RUNNING -> walker.currentStep() >= race.maxSteps() ? "stopped at the step limit" : "running";
        };
    }

    /** Whether the status should be shown as an alarm (red). */
    static boolean alarming(Walker walker) {
        return walker.status().diverged();
    }
}
