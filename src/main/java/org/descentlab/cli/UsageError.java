package org.descentlab.cli;

/** A mistake in what the user asked for: printed as one line on standard error, exit code 2, no stack trace. */
public final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
