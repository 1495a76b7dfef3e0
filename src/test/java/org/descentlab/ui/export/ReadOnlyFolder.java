package org.descentlab.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder nobody may write into for the length of a test, even when the tests run as root (as in a container),
 * where permissions do not bind: then the folder is made immutable ({@code chattr +i}), which binds root too.
 * {@link #readOnly()} says whether either worked; a test without it cannot make its point and is skipped.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private boolean immutable;

    ReadOnlyFolder(Path folder) throws IOException, InterruptedException {
        this.folder = folder;
        Files.createDirectories(folder);
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        if (Files.isWritable(folder)) {
            immutable = run("chattr", "+i", folder.toString());
        }
    }

    /** Whether writing into the folder is refused now. */
    boolean readOnly() {
        return !Files.isWritable(folder);
    }

    Path path() {
        return folder;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            run("chattr", "-i", folder.toString());
        }
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // no chattr here
        }
    }
}
