package org.descentlab.cli;

import java.io.PrintWriter;

/** Standard output could not be written (a full disk, a closed pipe): the command stops at once. */
final class OutputFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputFailed() {
        super("cannot write the output");
    }

    /** Stops the command if anything written to {@code out} so far failed (this flushes {@code out}). */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            throw new OutputFailed();
        }
    }
}
