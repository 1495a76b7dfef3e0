package org.descentlab;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.descentlab.cli.Cli;
import org.descentlab.cli.RecordingOutputStream;
import org.descentlab.ui.DescentLabApp;

/**
 * Entry point: no argument opens the window, and so does one scene file ({@code lesson.dlab.json}, as a file manager
 * passes it on a double-click), which the window then opens; a command ({@code trajectory}, …) runs headless.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || DescentLabApp.isSceneFile(args)) {
            DescentLabApp.open(args);
            return;
        }
        // Straight to the file descriptor: System.out is a PrintStream, which would hide a full disk or a closed pipe.
        var stdout = new RecordingOutputStream(new FileOutputStream(FileDescriptor.out));
        var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
        var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err, stdout::failure);
        System.exit(code);
    }
}
