package org.descentlab.ui.surface;

import org.descentlab.core.descent.Race;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceInfo;
import org.descentlab.ui.words.Words;

/**
 * A walker's status in words: short for the status table (it must fit a narrow column on a projector), and as a full
 * sentence for the cell's tooltip. Running, converged (where), at or stuck at a saddle, diverged, or stopped. The
 * words are the {@code surfaces.status.} and {@code surfaces.explain.} strings of the language of the moment.
 */
final class WalkerStatusText {

    /** How close (as a fraction of the plot's diagonal) a point must be to a marked point to be "at" it. */
    private static final double NEAR = 1e-3;

    private WalkerStatusText() {
    }

    /** The short status, such as "local minimum, step 977", in the language of the moment. */
    static String describe(Walker walker, Race race) {
        return describe(WalkerMoment.at(walker, walker.currentStep()), race);
    }

    /** The short status at the step on show of {@code moment}'s walker. */
    static String describe(WalkerMoment moment, Race race) {
        var status = moment.status();
        Point p = moment.position();
        var info = moment.walker().surface().info();
        return switch (status.state()) {
            case DIVERGED -> Words.format("surfaces.status.diverged", status.step());
            case CONVERGED -> {
                if (atSaddle(info, p)) {
                    yield Words.format("surfaces.status.stuckAtSaddle", status.step());
                }
                Minimum m = minimumAt(info, p);
                String key = m == null ? "converged" : m.global() ? "globalMinimum" : "localMinimum";
                yield Words.format("surfaces.status." + key, status.step());
            }
            case RUNNING -> Words.get(atSaddle(info, p) ? "surfaces.status.atSaddle"
                    : moment.step() >= race.maxSteps() ? "surfaces.status.stepLimit"
                    : "surfaces.status.running");
        };
    }

    /** The status as a sentence, for the tooltip. */
    static String explain(Walker walker, Race race) {
        return explain(WalkerMoment.at(walker, walker.currentStep()), race);
    }

    /** The status as a sentence at the step on show of {@code moment}'s walker. */
    static String explain(WalkerMoment moment, Race race) {
        var status = moment.status();
        Point p = moment.position();
        var info = moment.walker().surface().info();
        return switch (status.state()) {
            case DIVERGED -> Words.format("surfaces.explain.diverged", status.step());
            case CONVERGED -> {
                if (atSaddle(info, p)) {
                    yield Words.format("surfaces.explain.stuckAtSaddle", status.step());
                }
                Minimum m = minimumAt(info, p);
                String key = m == null ? "converged" : m.global() ? "convergedGlobal" : "convergedLocal";
                yield Words.format("surfaces.explain." + key, status.step());
            }
            case RUNNING -> Words.get(atSaddle(info, p) ? "surfaces.explain.atSaddle"
                    : moment.step() >= race.maxSteps() ? "surfaces.explain.stepLimit"
                    : "surfaces.explain.running");
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
