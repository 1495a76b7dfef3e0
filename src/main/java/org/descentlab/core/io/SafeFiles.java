package org.descentlab.core.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Opening files for reading and replacing them atomically, with every failure turned into a
 * {@link NumpyFileException} a student can read.
 */
final class SafeFiles {

    /** Writes the whole content of a file to {@code out} (closing it is allowed but not needed). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /** A buffered stream over {@code file}, or a clear reason why it cannot be read. */
    static InputStream openForReading(Path file) throws NumpyFileException {
        if (Files.isDirectory(file)) {
            throw new NumpyFileException(file, "is a folder, not a file");
        }
        try {
            return new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** The message for an operating-system error met while reading {@code file}. */
    static NumpyFileException readFailure(Path file, IOException e) {
        if (e instanceof NumpyFileException n) {
            return n;
        }
        if (e instanceof NoSuchFileException) {
            return new NumpyFileException(file, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new NumpyFileException(file, "cannot be read (permission denied)", e);
        }
        return new NumpyFileException(file, "cannot be read" + reason(e), e);
    }

    /**
     * Replaces {@code target} with {@code content}, or leaves it exactly as it was. The content goes to a hidden
     * temporary file in the same folder, is flushed to disk, and is then renamed over the target in one step, so a
     * reader never sees half a file and a failure never costs the previous version.
     */
    static void replaceAtomically(Path target, Content content) throws NumpyFileException {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new NumpyFileException(target, "cannot be written because it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NumpyFileException(target, "cannot be written because the folder " + folder
                    + " does not exist");
        }
        Path temporary = null;
        try {
            temporary = createTemporary(folder, target.getFileName().toString());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // the rename must not reach the disk before the data does
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw writeFailure(target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** A new empty file next to the target; created, not reserved, so it gets the folder's usual permissions. */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(folder.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // Another writer picked the same name; draw again.
            }
        }
    }

    private static NumpyFileException writeFailure(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new NumpyFileException(file, "cannot be written (permission denied)", e);
        }
        return new NumpyFileException(file, "cannot be written" + reason(e), e);
    }

    /** The operating system's own words, e.g. " (No space left on device)", when it gave any. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return " (" + f.getReason() + ")";
        }
        return "";
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing better to do: the target is untouched and the write already reports its own failure.
        }
    }
}
