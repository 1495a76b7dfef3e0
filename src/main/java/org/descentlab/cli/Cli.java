package org.descentlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs a headless command and turns every failure into one line on standard error and an exit code. */
public final class Cli {

    /** Exit code of a usage mistake: bad option, unknown id, value out of range, unreadable file. */
    public static final int USAGE = 2;
    /** Exit code of a failure that is the program's fault, not the user's. */
    public static final int INTERNAL = 1;

    private Cli() {
    }

    /** Runs {@code args} and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new DescentLabCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("error: " + oneLine(ex.getMessage()) + " (see --help)");
            err.flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UsageError) {
                err.println("error: " + oneLine(ex.getMessage()));
                err.flush();
                return USAGE;
            }
            err.println("internal error (please report it): " + oneLine(String.valueOf(ex)));
            err.flush();
            return INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
