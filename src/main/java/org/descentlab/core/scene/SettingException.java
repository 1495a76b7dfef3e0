package org.descentlab.core.scene;

/** A setting that was refused: carries the {@link Problem} to show or print. */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public SettingException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** What was wrong. */
    public Problem problem() {
        return problem;
    }
}
