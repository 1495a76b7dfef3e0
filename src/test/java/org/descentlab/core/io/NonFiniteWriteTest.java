package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diverged run's NaN or infinite numbers are never saved, so they can never overwrite a good file. */
class NonFiniteWriteTest {

    private static final NetworkShape SHAPE = new NetworkShape(2, 2, 2);

    @TempDir
    Path folder;

    /** Parameters 0.1, 0.2, … with {@code value} in place of the fifth. */
    private static Parameters parametersWith(double value) {
        double[] values = new double[SHAPE.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.1 * (i + 1);
        }
        values[4] = value;
        return new Parameters(SHAPE, values);
    }

    private List<String> filesInFolder() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void divergedParametersLeaveTheGoodFileUntouched() throws IOException {
        Path file = folder.resolve("p.npz");
        ParameterFile.write(file, parametersWith(0.5));
        byte[] good = Files.readAllBytes(file);

        var e = assertThrows(NumpyFileException.class, () -> ParameterFile.write(file, parametersWith(Double.NaN)));

        assertEquals("p.npz: the parameters are not finite numbers (the training diverged); nothing was saved",
                e.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file));
        assertEquals(List.of("p.npz"), filesInFolder());
    }

    @Test
    void infiniteParametersCreateNoFile() {
        Path file = folder.resolve("p.npz");

        assertThrows(NumpyFileException.class,
                () -> ParameterFile.write(file, parametersWith(Double.NEGATIVE_INFINITY)));

        assertFalse(Files.exists(file));
    }

    @Test
    void parametersBeyondFloat32AreNotSavedAsInfinity() {
        Path file = folder.resolve("p.npz");

        var e = assertThrows(NumpyFileException.class, () -> ParameterFile.write(file, parametersWith(1e39)));

        assertEquals("p.npz: the parameters hold 1.0E39, too large for a float32 file (the training diverged);"
                + " nothing was saved", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void datasetWithANaNPointLeavesTheGoodFileUntouched() throws IOException {
        Path file = folder.resolve("d.npz");
        DatasetFile.write(file, Dataset.of(new double[] {1, 2, 3, 4}, new int[] {0, 1}));
        byte[] good = Files.readAllBytes(file);

        var e = assertThrows(NumpyFileException.class,
                () -> DatasetFile.write(file, Dataset.of(new double[] {1, 2, 3, Double.NaN}, new int[] {0, 1})));

        assertEquals("d.npz: point 1 has the coordinate NaN, not a finite number; nothing was saved", e.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file));
        assertEquals(List.of("d.npz"), filesInFolder());
    }
}
