package org.descentlab.ui.surface;

import org.descentlab.core.descent.Race;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceInfo;

/**
 * A walker's status in words: short for the status table (it must fit a narrow column on a projector), and as a full
 * sentence for the cell's tooltip. Running, converged (where), at or stuck at a saddle, diverged, or stopped.
 */
final class WalkerStatusText {

    /** How close (as a fraction of the plot's diagonal) a point must be to a marked point to be "at" it. */
    private static final double NEAR = 1e-3;

    private WalkerStatusText() {
    }

    /** The short status, such as "local minimum, step 977". */
    static String describe(Walker walker, Race race) {
        var status = walker.status();
        Point p = walker.position();
        var info = walker.surface().info();
        return switch (status.state()) {
            case DIVERGED -> "diverged at step " + status.step();
            case CONVERGED -> {
                if (atSaddle(info, p)) {
                    yield "stuck at the saddle, step " + status.step();
                }
                Minimum m = minimumAt(info, p);
                yield m == null ? "converged at step " + status.step()
                        : (m.global() ? "global" : "local") + " minimum, step " + status.step();
            }
            case RUNNING -> atSaddle(info, p) ? "at the saddle point"
                    : walker.currentStep() >= race.maxSteps() ? "stopped at the step limit" : "running";
        };
    }

    /** The status as a sentence, for the tooltip. */
    static String explain(Walker walker, Race race) {
        var status = walker.status();
        Point p = walker.position();
        var info = walker.surface().info();
        return switch (status.state()) {
            case DIVERGED -> "Diverged at step " + status.step() + ": the steps grew until the point left the plot "
                    + "for good. A smaller learning rate helps.";
            case CONVERGED -> {
                if (atSaddle(info, p)) {
                    yield "Converged at step " + status.step() + " at the saddle point: the slope vanishes there, "
                            + "so plain steps cannot leave it.";
                }
                Minimum m = minimumAt(info, p);
                yield "Converged at step " + status.step() + " (the slope fell below 1e-8)"
                        + (m == null ? "." : m.global() ? ", at a global minimum." : ", at a local minimum.");
            }
            case RUNNING -> atSaddle(info, p) ? "Still moving, but at the saddle point, where the slope vanishes."
                    : walker.currentStep() >= race.maxSteps() ? "Stopped at the step limit before converging."
                    : "Still moving.";
        };
    }

    /** Whether the status should be shown as an alarm (red). */
    static boolean alarming(Walker walker) {
        return walker.status().diverged();
    }

    private static double near(SurfaceInfo info) {
        return NEAR * Math.hypot(info.bounds().width(), info.bounds().height());
    }

    private static boolean atSaddle(SurfaceInfo info, Point p) {
        return info.saddlePoints().stream().anyMatch(s -> s.distanceTo(p) < near(info));
    }

    /** The declared minimum the point is at, or {@code null}. */
    private static Minimum minimumAt(SurfaceInfo info, Point p) {
        Minimum m = info.nearestMinimum(p.x(), p.y());
        return m.point().distanceTo(p) < near(info) ? m : null;
    }
}
