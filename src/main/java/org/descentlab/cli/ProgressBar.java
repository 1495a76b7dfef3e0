package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line progress bar on standard error, redrawn at most ten times a second, only when that is a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    void update(int done, double loss) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDraw < 100_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d epochs, loss %.4f", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, loss));
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }

    /**
     * Whether standard error is a terminal. The JDK only tells about standard input and output, so on Linux the
     * descriptor's link is read; elsewhere the console's presence stands in.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }
}
