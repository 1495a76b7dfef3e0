package org.descentlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measures one {@code bench} figure in a fresh JVM: the same java, class path and JVM options as this one, running
 * {@code bench --same-jvm --only ^name$ --runs N}; its output line is passed on. So no figure inherits the JIT's
 * compiled code and profiles from the figures measured before it.
 */
final class BenchFork {

    /** JVM options not passed on: a second recording or debugger on the same file or port would fail. */
    private static final List<String> NOT_PASSED_ON = List.of("-XX:StartFlightRecording", "-agentlib:jdwp",
            "-Xrunjdwp", "-XX:FlightRecorderOptions");

    private final int runs;
    private final PrintWriter err;
    private boolean failed;

    BenchFork(int runs, PrintWriter err) {
        this.runs = runs;
        this.err = err;
    }

    /** Whether a figure's JVM failed. */
    boolean failed() {
        return failed;
    }

    /** Measures figure {@code name} in a fresh JVM and prints its line to {@code out}. */
    void measure(String name, PrintWriter out) {
        var command = command(name);
        try {
            var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(line);
                    out.flush();
                }
            }
            int code = process.waitFor();
            if (code != 0) {
                fail(name, "its JVM exited with status " + code);
            }
        } catch (IOException e) {
            fail(name, "could not start a JVM for it (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(name, "interrupted");
        }
    }

    private void fail(String name, String why) {
        failed = true;
        err.println("error: " + name + " was not measured: " + why);
        err.flush();
    }

    /** The command that measures figure {@code name} alone. */
    List<String> command(String name) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (NOT_PASSED_ON.stream().noneMatch(option::startsWith)) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.descentlab.Main", "bench",
                "--same-jvm", "--runs", Integer.toString(runs), "--only", "^" + Pattern.quote(name) + "$"));
        return command;
    }
}
