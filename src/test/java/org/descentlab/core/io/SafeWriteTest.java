package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.descentlab.core.nn.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write either replaces the whole file or changes nothing, and says why it failed. */
class SafeWriteTest {

    private static final Dataset DATASET = Dataset.of(new double[] {1, 2}, new int[] {0});

    @TempDir
    Path folder;

    private List<String> filesInFolder() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void missingFolderIsNamedAndNothingIsCreated() throws IOException {
        Path file = folder.resolve("nowhere").resolve("x.npz");

        var e = assertThrows(NumpyFileException.class, () -> DatasetFile.write(file, DATASET));

        assertEquals("x.npz: cannot be written because the folder " + folder.resolve("nowhere") + " does not exist",
                e.getMessage());
        assertEquals(List.of(), filesInFolder());
    }

    @Test
    void folderInTheWayIsLeftAsItWas() throws IOException {
        Path target = Files.createDirectory(folder.resolve("x.npz"));
        Files.writeString(target.resolve("inside.txt"), "keep me");

        var e = assertThrows(NumpyFileException.class, () -> DatasetFile.write(target, DATASET));

        assertEquals("x.npz: cannot be written because it is a folder", e.getMessage());
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of("x.npz"), filesInFolder());
    }

    @Test
    void writeThatFailsHalfwayKeepsThePreviousFileAndLeavesNoTemporary() throws IOException {
        Path file = folder.resolve("x.npz");
        DatasetFile.write(file, DATASET);
        byte[] before = Files.readAllBytes(file);
        Map<String, NpyArray> failing = new LinkedHashMap<>(Map.of("a", NpyArray.int64(new long[] {1}, 1))) {
            @Override
            public Set<Map.Entry<String, NpyArray>> entrySet() {
                throw new IllegalStateException("simulated failure while the archive is being written");
            }
        };

        assertThrows(IllegalStateException.class, () -> NpzFile.write(file, failing, NpzCompression.STORED));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("x.npz"), filesInFolder());
    }

    @Test
    void successfulWriteReplacesTheFileAndLeavesNoTemporary() throws IOException {
        Path file = folder.resolve("x.npz");
        Files.writeString(file, "an older, unrelated file");

        DatasetFile.write(file, DATASET);

        assertEquals(1, DatasetFile.read(file).size());
        assertEquals(List.of("x.npz"), filesInFolder());
    }

    @Test
    void writtenFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path file = folder.resolve("x.npz");
        Path ordinary = Files.createFile(folder.resolve("ordinary"));

        DatasetFile.write(file, DATASET);

        // A temporary from Files.createTempFile would be private to its owner; ours gets the usual permissions.
        assertEquals(Files.isReadable(ordinary), Files.isReadable(file));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(file));
        }
        assertTrue(Files.size(file) > 0);
        assertFalse(Files.isDirectory(file));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("x.npz");
        DatasetFile.write(file, DATASET);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        DatasetFile.write(file, DATASET);

        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void staleTemporaryOfAKilledSaveIsRemovedByTheNextSave() throws IOException {
        Path stale = aged(folder.resolve(".x.npz.1f2e3d4c5b6a7988.tmp"), Duration.ofHours(1));

        DatasetFile.write(folder.resolve("x.npz"), DATASET);

        assertFalse(Files.exists(stale));
        assertEquals(List.of("x.npz"), filesInFolder());
    }

    @Test
    void saveKeepsTemporariesThatAreRecentOrNotItsOwn() throws IOException {
        aged(folder.resolve(".x.npz.0123456789abcdef.tmp"), Duration.ZERO); // perhaps another save, still running
        aged(folder.resolve(".y.npz.1f2e3d4c5b6a7988.tmp"), Duration.ofHours(1)); // another target's
        aged(folder.resolve(".x.npz.notes.tmp"), Duration.ofHours(1)); // not our naming pattern
        aged(folder.resolve("x.npz.1f2e3d4c5b6a7988.tmp"), Duration.ofHours(1)); // not hidden: the user's
        List<String> before = filesInFolder();

        DatasetFile.write(folder.resolve("x.npz"), DATASET);

        List<String> after = new ArrayList<>(before);
        after.add("x.npz");
        assertEquals(after.stream().sorted().toList(), filesInFolder());
    }

    @Test
    void failedWriteSaysWhatTheSystemReported() {
        Path file = folder.resolve("x.npz");

        var e = assertThrows(NumpyFileException.class, () -> SafeFiles.replaceAtomically(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device"); // what FileOutputStream reports for ENOSPC
        }));

        assertEquals("x.npz: cannot be written (no space left on device)", e.getMessage());
    }

    /** A small file last modified {@code age} ago. */
    private static Path aged(Path file, Duration age) throws IOException {
        Files.writeString(file, "left over");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
