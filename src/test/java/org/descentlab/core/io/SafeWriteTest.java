package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
