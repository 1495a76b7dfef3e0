package org.descentlab.core.descent;

/**
 * Where a walker's run stands.
 *
 * @param state running, converged or diverged
 * @param step the step at which it converged or diverged (for {@code RUNNING}, the current step)
 */
public record Status(State state, int step) {

    /** The three states of a run. */
    public enum State {
        /** Still moving. */
        RUNNING,
        /** The gradient norm fell below {@link Walker#CONVERGENCE_GRADIENT_NORM}; the walker may still move. */
        CONVERGED,
        /** A coordinate or the loss became non-finite, or the point left the disc of radius 1e6: stopped. */
        DIVERGED
    }

    public boolean diverged() {
        return state == State.DIVERGED;
    }

    public boolean converged() {
        return state == State.CONVERGED;
    }
}
