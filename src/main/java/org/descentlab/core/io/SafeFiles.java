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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Opening files for reading and replacing them atomically, with every failure turned into a
 * {@link NumpyFileException} a student can read.
 *
 * <p>Only regular files are read or replaced. A named pipe would make a reader wait forever for a writer, and renaming
 * a new file over a device, a pipe or a link would silently replace it (as root, even {@code /dev/null}). A symbolic
 * link is followed: the file it leads to is replaced and the link stays, as with numpy's {@code np.save}. A link to
 * a file that does not exist is refused rather than followed, so that a save never creates a file somewhere the user
 * did not name.
 */
public final class SafeFiles {

    /** Writes the whole content of a file to {@code out} (closing it is allowed but not needed). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /**
     * Checks, before long work starts, that a later save to {@code file} can succeed as far as can be told now: it
     * has a name, it is not a folder, a device, a named pipe or a link to nothing, an existing file there may be
     * written, and its folder exists and may be written. Creates and changes nothing.
     *
     * @throws NumpyFileException saying why the file cannot be written, e.g.
     *     {@code out.npz: cannot be written because the folder /tmp/results does not exist}
     */
    public static void checkWritableTarget(Path file) throws NumpyFileException {
        writableTarget(file);
    }

    /** A buffered stream over {@code file}, or a clear reason why it cannot be read. */
    static InputStream openForReading(Path file) throws NumpyFileException {
        requireRegularFile(file);
        try {
            return new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** Refuses, before anything is opened, a missing name and whatever is not a regular file. */
    private static void requireRegularFile(Path file) throws NumpyFileException {
        requireName(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
        if (attributes.isDirectory()) {
            throw new NumpyFileException(file, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new NumpyFileException(file, "is a " + SpecialFileKind.of(file) + ", not a file");
        }
    }

    private static void requireName(Path file) throws NumpyFileException {
        if (file.toString().isEmpty()) {
            throw new NumpyFileException(file, "no file name given");
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
     * Replaces {@code file} with {@code bytes}, or leaves it exactly as it was: the same safe write as the numpy
     * files', for other formats (scene files).
     *
     * @throws NumpyFileException naming the file and the reason, in words for a student
     */
    public static void writeAtomically(Path file, byte[] bytes) throws NumpyFileException {
        replaceAtomically(file, out -> out.write(bytes));
    }

    /**
     * Replaces {@code file} with {@code content}, or leaves it exactly as it was. The content goes to a hidden
     * temporary file in the same folder, is flushed to disk, takes over the old file's permissions, and is then
     * renamed over the target in one step, so a reader never sees half a file and a failure never costs the previous
     * version. After a successful save, temporaries that an earlier save of the same file left behind when it was
     * killed are removed (see {@link TemporaryFiles}).
     */
    public static void replaceAtomically(Path file, Content content) throws NumpyFileException {
        Path target = writableTarget(file);
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path temporary = null;
        try {
            temporary = createTemporary(folder, name);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // the rename must not reach the disk before the data does
            }
            // Last, since read-only permissions would stop the flush above.
            TemporaryFiles.copyPermissions(target, temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw writeFailure(file, e);
        } finally {
            deleteQuietly(temporary);
        }
        TemporaryFiles.removeStale(folder, name);
    }

    /**
     * The path a save of {@code file} must replace: {@code file} itself, or the real file a symbolic link leads to.
     * Refuses everything that is not, or would not become, a regular file in a writable folder.
     */
    private static Path writableTarget(Path file) throws NumpyFileException {
        requireName(file);
        Path target = file;
        try {
            if (Files.exists(file)) {
                target = file.toRealPath();
            } else if (Files.isSymbolicLink(file)) {
                throw new NumpyFileException(file, "cannot be written because it is a link to "
                        + Files.readSymbolicLink(file) + ", which does not exist");
            }
        } catch (IOException e) {
            throw writeFailure(file, e);
        }
        // A link is named by where it leads, so that the student sees why it cannot be written.
        String it = target.equals(file) ? "it is " : "it leads to " + target + ", which is ";
        if (Files.isDirectory(target)) {
            throw new NumpyFileException(file, "cannot be written because " + it + "a folder");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new NumpyFileException(file, "cannot be written because " + it + "a " + SpecialFileKind.of(target)
                    + ", not a file");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            // Replacing it would succeed in a writable folder, but a read-only file is one its owner meant to keep.
            throw new NumpyFileException(file, "cannot be written (permission denied)");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NumpyFileException(file, "cannot be written because the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new NumpyFileException(file, "cannot be written because the folder " + folder
                    + " cannot be written to (permission denied)");
        }
        return target;
    }

    /** A new empty file next to the target; created, not reserved, so it gets the folder's usual permissions. */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve(TemporaryFiles.name(name, ThreadLocalRandom.current())));
            } catch (FileAlreadyExistsException e) {
                // Another writer picked the same name; draw again.
            }
        }
    }

    private static NumpyFileException writeFailure(Path file, IOException e) {
        if (e instanceof NumpyFileException n) {
            return n;
        }
        if (e instanceof AccessDeniedException) {
            return new NumpyFileException(file, "cannot be written (permission denied)", e);
        }
        return new NumpyFileException(file, "cannot be written" + reason(e), e);
    }

    /**
     * The operating system's own words, e.g. {@code " (no space left on device)"}, when it gave any. A plain
     * {@link IOException} from writing or reading carries them as its message (the text of the system's error
     * code); other exception types may carry Java's own wording, which is not shown.
     */
    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason()
                : e.getClass() == IOException.class ? e.getMessage() : null;
        if (reason == null || reason.isBlank()) {
            return "";
        }
        boolean capitalisedWord = reason.length() > 1 && Character.isUpperCase(reason.charAt(0))
                && Character.isLowerCase(reason.charAt(1));
        return " (" + (capitalisedWord ? Character.toLowerCase(reason.charAt(0)) + reason.substring(1) : reason)
                + ")";
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
