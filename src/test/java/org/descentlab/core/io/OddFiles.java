package org.descentlab.core.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files that are not regular files, made for tests; a test that needs one is skipped where it cannot be made. */
final class OddFiles {

    private OddFiles() {
    }

    /** A named pipe at {@code file}, made with {@code mkfifo}; skips the test where that is not possible. */
    static Path namedPipe(Path file) throws IOException {
        boolean made;
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            mkfifo.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            made = mkfifo.waitFor() == 0;
        } catch (IOException e) {
            made = false; // no mkfifo on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            made = false;
        }
        assumeTrue(made && Files.exists(file) && !Files.isRegularFile(file), "mkfifo is not available here");
        return file;
    }

    /** A symbolic link at {@code link} to {@code target}; skips the test where links cannot be made. */
    static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
            return link;
        }
    }
}
