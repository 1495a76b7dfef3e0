package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.descentlab.core.nn.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving never turns something that is not a regular file into one: pipes and devices are refused, and a symbolic
 * link is written through to its target, as numpy's {@code np.save} does, instead of being replaced.
 */
class SpecialTargetTest {

    private static final Dataset DATASET = Dataset.of(new double[] {1, 2}, new int[] {0});

    @TempDir
    Path folder;

    private static List<String> namesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void namedPipeInTheWayIsRefusedAndStaysAPipe() throws IOException {
        Path pipe = OddFiles.namedPipe(folder.resolve("x.npz"));

        var e = assertThrows(NumpyFileException.class, () -> DatasetFile.write(pipe, DATASET));

        assertEquals("x.npz: cannot be written because it is a named pipe, not a file", e.getMessage());
        assertTrue(Files.exists(pipe));
        assertFalse(Files.isRegularFile(pipe));
        assertEquals(List.of("x.npz"), namesIn(folder));
    }

    @Test
    void linkToADeviceIsRefusedAndNeitherTheLinkNorTheDeviceChanges() throws IOException {
        // Through a link in our own folder: a faulty writer can then only replace the link, never /dev/null itself.
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "no /dev/null device here");
        Path link = OddFiles.link(folder.resolve("x.npz"), device);

        var e = assertThrows(NumpyFileException.class, () -> DatasetFile.write(link, DATASET));

        assertEquals("x.npz: cannot be written because it leads to /dev/null, which is a device, not a file",
                e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(device));
        assertEquals(List.of("x.npz"), namesIn(folder));
    }

    @Test
    void linkIsWrittenThroughToItsTargetAndStaysALink() throws IOException {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("real.npz"), "an older version");
        Path link = OddFiles.link(folder.resolve("x.npz"), real);

        DatasetFile.write(link, DATASET);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals(1, DatasetFile.read(real).size());
        assertEquals(List.of("real.npz"), namesIn(elsewhere));
    }

    @Test
    void linkToAMissingFileIsRefusedAndNothingIsCreated() throws IOException {
        Path missing = folder.resolve("missing.npz");
        Path link = OddFiles.link(folder.resolve("x.npz"), missing);

        var e = assertThrows(NumpyFileException.class, () -> DatasetFile.write(link, DATASET));

        assertEquals("x.npz: cannot be written because it is a link to " + missing + ", which does not exist",
                e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("x.npz"), namesIn(folder));
    }

    @Test
    void emptyNameIsRefused() {
        var e = assertThrows(NumpyFileException.class, () -> DatasetFile.write(Path.of(""), DATASET));

        assertEquals("no file name given", e.getMessage());
    }
}
