package org.descentlab.ui.export;

import java.util.Objects;
import org.descentlab.core.io.SafeFiles;

/**
 * A tab's data as a CSV file, copied when it was asked for: the window goes on (the race runs, training continues)
 * while the copy is written on another thread.
 *
 * @param fileName the suggested file name, with its extension, e.g. {@code rosenbrock-paths.csv}
 * @param rows the number of rows under the header
 * @param content writes the whole file; safe to run on any thread
 */
public record DataSource(String fileName, int rows, SafeFiles.Content content) {

    /** Checks that nothing is missing. */
    public DataSource {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(content);
    }
}
