package org.descentlab.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names what a file that is neither a regular file nor a folder is, for messages such as "is a named pipe". */
final class SpecialFileKind {

    /** File-type bits of a POSIX {@code st_mode} (sys/stat.h). */
    private static final int TYPE_MASK = 0170000;
    private static final int NAMED_PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFileKind() {
    }

    /** "named pipe", "device", "socket", or "special file" where the system does not say which. */
    static String of(Path file) {
        try {
            // The JDK's "unix" attribute view exists on Linux and macOS; elsewhere the general word has to do.
            return switch ((Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK) {
                case NAMED_PIPE -> "named pipe";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "device";
                case SOCKET -> "socket";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }
}
