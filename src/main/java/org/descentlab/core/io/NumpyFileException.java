package org.descentlab.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A numpy file could not be read or written. The message is one sentence for a student, naming the file and what is
 * wrong with it, e.g. {@code ch2_dataset.npz: missing array 'labels' (found: inputs)}; it never contains Java
 * exception text, so the user interface and the command line can show it as it is.
 */
public final class NumpyFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * A problem with {@code file}, described by {@code problem} (without the file name). An empty path has no name
     * to show, so its message is the problem alone, e.g. {@code no file name given}.
     */
    public NumpyFileException(Path file, String problem) {
        super(displayName(file).isEmpty() ? problem : displayName(file) + ": " + problem);
        this.file = file;
    }

    /** The same, keeping the low-level {@code cause} for debugging; it is not part of the message. */
    public NumpyFileException(Path file, String problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
