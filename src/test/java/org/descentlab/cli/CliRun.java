package org.descentlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The result of running a command in-process: exit code and both output streams. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }

    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
