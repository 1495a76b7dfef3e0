package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SafeFiles#checkWritableTarget} tells the command line, before hours of training, that the output cannot be
 * saved, and never creates or changes anything itself.
 */
class WritableTargetTest {

    @TempDir
    Path folder;

    private List<String> filesInFolder() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private String refusal(Path file) {
        return assertThrows(NumpyFileException.class, () -> SafeFiles.checkWritableTarget(file)).getMessage();
    }

    @Test
    void newFileInAnExistingFolderIsAcceptedAndNotCreated() throws IOException {
        assertDoesNotThrow(() -> SafeFiles.checkWritableTarget(folder.resolve("out.npz")));

        assertEquals(List.of(), filesInFolder());
    }

    @Test
    void existingFileIsAcceptedAndLeftAsItWas() throws IOException {
        Path file = Files.writeString(folder.resolve("out.npz"), "previous results");

        assertDoesNotThrow(() -> SafeFiles.checkWritableTarget(file));

        assertArrayEquals("previous results".getBytes(), Files.readAllBytes(file));
        assertEquals(List.of("out.npz"), filesInFolder());
    }

    @Test
    void emptyNameIsRefused() {
        assertEquals("no file name given", refusal(Path.of("")));
    }

    @Test
    void folderIsRefused() throws IOException {
        Path target = Files.createDirectory(folder.resolve("out.npz"));

        assertEquals("out.npz: cannot be written because it is a folder", refusal(target));
    }

    @Test
    void namedPipeIsRefused() throws IOException {
        Path pipe = OddFiles.namedPipe(folder.resolve("out.npz"));

        assertEquals("out.npz: cannot be written because it is a named pipe, not a file", refusal(pipe));
    }

    @Test
    void deviceIsRefused() {
        // Only checked, never written: this is safe even if the check were wrong.
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "no /dev/null device here");

        assertEquals("null: cannot be written because it is a device, not a file", refusal(device));
    }

    @Test
    void missingFolderIsRefusedAndNotCreated() throws IOException {
        Path nowhere = folder.resolve("results");

        assertEquals("out.npz: cannot be written because the folder " + nowhere + " does not exist",
                refusal(nowhere.resolve("out.npz")));
        assertEquals(List.of(), filesInFolder());
    }

    @Test
    void linkToAMissingFileIsRefused() throws IOException {
        Path missing = folder.resolve("missing.npz");
        Path link = OddFiles.link(folder.resolve("out.npz"), missing);

        assertEquals("out.npz: cannot be written because it is a link to " + missing + ", which does not exist",
                refusal(link));
        assertEquals(List.of("out.npz"), filesInFolder());
    }

    @Test
    void folderThatCannotBeWrittenToIsRefused() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(locked), "permissions do not bind this user (root)");

            assertEquals("out.npz: cannot be written because the folder " + locked + " cannot be written to"
                    + " (permission denied)", refusal(locked.resolve("out.npz")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
