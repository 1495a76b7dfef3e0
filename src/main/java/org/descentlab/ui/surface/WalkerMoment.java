package org.descentlab.ui.surface;

import org.descentlab.core.descent.Status;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Point;

/**
 * A walker as it stood at one step of its path: where it was, f there, and its status then. The newest step is the
 * walker as it is; at an earlier one it was running, unless it had already converged (a walker's convergence is kept
 * once reached, see {@link Walker}). A diverged walker diverged at its newest step only.
 *
 * @param walker the walker
 * @param step the step of its path on show
 * @param status its status at that step
 */
record WalkerMoment(Walker walker, int step, Status status) {

    /** {@code walker} at the step {@code replay} shows. */
    static WalkerMoment of(Walker walker, Replay replay) {
        return at(walker, replay.stepOf(walker));
    }

    /** {@code walker} at {@code step} of its path (the newest if {@code step} is beyond it). */
    static WalkerMoment at(Walker walker, int step) {
        int last = walker.currentStep();
        if (step >= last) {
            return new WalkerMoment(walker, last, walker.status());
        }
        var now = walker.status();
        var then = now.converged() && now.step() <= step ? now : new Status(Status.State.RUNNING, step);
        return new WalkerMoment(walker, Math.max(0, step), then);
    }

    /** Whether this is the walker's newest step. */
    boolean newest() {
        return step == walker.currentStep();
    }

    double x() {
        return walker.path().x(step);
    }

    double y() {
        return walker.path().y(step);
    }

    Point position() {
        return new Point(x(), y());
    }

    /** f at the step. */
    double loss() {
        return walker.path().loss(step);
    }

    /** The exact gradient at the step's point (the noise a noisy run saw is not kept). */
    double[] gradient() {
        if (newest()) {
            return walker.gradient();
        }
        double[] g = new double[2];
        walker.surface().gradient(x(), y(), g);
        return g;
    }

    double gradientNorm() {
        double[] g = gradient();
        return Math.hypot(g[0], g[1]);
    }

    boolean diverged() {
        return status.diverged();
    }
}
