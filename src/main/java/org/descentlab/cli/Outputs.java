package org.descentlab.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/** Output files of a command, checked before any work starts, so that a long run is never thrown away at the end. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses an output path that could not be written (missing folder, a folder, a device or pipe), and the same
     * file named twice.
     *
     * @param files output paths, {@code null} where an option was not given
     */
    static void check(Path... files) {
        var given = Arrays.stream(files).filter(Objects::nonNull).toList();
        for (int i = 0; i < given.size(); i++) {
            for (int j = i + 1; j < given.size(); j++) {
                if (given.get(i).toAbsolutePath().normalize().equals(given.get(j).toAbsolutePath().normalize())) {
                    throw new UsageError(given.get(i) + " is named as two outputs; give each its own file");
                }
            }
        }
        for (Path file : given) {
            Files.checkWritable(file);
        }
    }
}
