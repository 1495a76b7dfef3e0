package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.descentlab.session.KernelWarmUp;
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
        return run(args, out, err, () -> null);
    }

    /**
     * Runs {@code args} and returns the exit code.
     *
     * @param outputFailure why writing {@code out} failed, if it did (see {@link RecordingOutputStream})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<String> outputFailure) {
        try {
            return execute(args, out, err, outputFailure);
        } catch (OutOfMemoryError e) {
            // The work's arrays are unreachable once the command has unwound, so there is room for one line.
            err.println("error: not enough memory for this run; try fewer points, a smaller batch or fewer hidden "
                    + "units");
            err.flush();
            return USAGE;
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, Supplier<String> outputFailure) {
        List<Class<?>> subcommands = subcommandsFor(args);
        // train's kernel is compiled by the JIT while the command line is still being parsed (see KernelWarmUp).
        try (var warmUp = subcommands.equals(List.of(TrainCommand.class)) ? KernelWarmUp.start() : null) {
            var commandLine = new CommandLine(new DescentLabCommand());
            for (Class<?> command : subcommands) {
                commandLine.addSubcommand(command == TrainCommand.class ? new TrainCommand(warmUp) : command);
            }
            return execute(commandLine, args, out, err, outputFailure);
        }
    }

    private static int execute(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err,
            Supplier<String> outputFailure) {
        // "@file" is a file name here, never a file of arguments: "--dataset @data.npz" must not print its bytes.
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("error: " + oneLine(ex.getMessage()) + " (see --help)");
            err.flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof OutputFailed) {
                String why = outputFailure.get();
                err.println("error: cannot write the output" + (why == null ? "" : " (" + why + ")"));
                err.flush();
                return USAGE;
            }
            if (ex.getCause() instanceof OutOfMemoryError) {
                throw new OutOfMemoryError();
            }
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

    /** The subcommand named by {@code args[0]}, or all of them when it names none (help, a mistake, an option). */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : DescentLabCommand.SUBCOMMANDS) {
                if (command.getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return DescentLabCommand.SUBCOMMANDS;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
