package org.descentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What we write reads back bit for bit: single arrays, archives, and the seed's dataset and parameter files. */
class RoundTripTest {

    @TempDir
    Path folder;

    private static double[] float32Representable() {
        return new double[] {
            0.1f, -0.0, Float.MIN_VALUE, Float.MAX_VALUE, -3.5, Double.POSITIVE_INFINITY, (float) Math.PI};
    }

    private static Map<String, NpyArray> mixedArrays() {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("zeta", NpyArray.float64(new double[] {Math.E, -1e300, Double.MIN_VALUE, -0.0}, 2, 2));
        arrays.put("alpha", NpyArray.int32(new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0}, 3));
        arrays.put("mid", NpyArray.int64(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, 1, 2, 1));
        arrays.put("scalar", NpyArray.float32(new double[] {0.5}));
        arrays.put("empty", NpyArray.float32(new double[0], 0));
        return arrays;
    }

    @Test
    void float32ValuesThatAreFloatsReadBackBitForBit() throws IOException {
        double[] values = float32Representable();
        Path file = folder.resolve("a.npy");

        NpyFile.write(file, NpyArray.float32(values, 7));

        assertEquals(NpyArray.float32(values, 7), NpyFile.read(file));
    }

    @Test
    void float32ReadsBackAsTheNearestFloatOfWhatWasWritten() throws IOException {
        Path file = folder.resolve("a.npy");

        NpyFile.write(file, NpyArray.float32(new double[] {Math.PI, 1e39}, 2));

        assertArrayEquals(new double[] {(float) Math.PI, Double.POSITIVE_INFINITY}, NpyFile.read(file).floats());
    }

    @Test
    void float64AndIntegerArraysReadBackExactly() throws IOException {
        for (var named : mixedArrays().entrySet()) {
            Path file = folder.resolve(named.getKey() + ".npy");

            NpyFile.write(file, named.getValue());

            assertEquals(named.getValue(), NpyFile.read(file), named.getKey());
        }
    }

    @Test
    void storedArchiveReadsBackInWriteOrder() throws IOException {
        Path file = folder.resolve("a.npz");

        NpzFile.write(file, mixedArrays(), NpzCompression.STORED);
        Map<String, NpyArray> read = NpzFile.read(file);

        assertEquals(List.of("zeta", "alpha", "mid", "scalar", "empty"), List.copyOf(read.keySet()));
        assertEquals(mixedArrays(), read);
    }

    @Test
    void deflatedArchiveReadsBackInWriteOrder() throws IOException {
        Path file = folder.resolve("a.npz");

        NpzFile.write(file, mixedArrays(), NpzCompression.DEFLATED);
        Map<String, NpyArray> read = NpzFile.read(file);

        assertEquals(List.of("zeta", "alpha", "mid", "scalar", "empty"), List.copyOf(read.keySet()));
        assertEquals(mixedArrays(), read);
    }

    @Test
    void compressionFlagChoosesTheZipMethodOfEveryEntry() throws IOException {
        Path stored = folder.resolve("stored.npz");
        Path deflated = folder.resolve("deflated.npz");

        NpzFile.write(stored, mixedArrays(), NpzCompression.STORED);
        NpzFile.write(deflated, mixedArrays(), NpzCompression.DEFLATED);

        assertEquals(List.of(ZipEntry.STORED), zipMethods(stored));
        assertEquals(List.of(ZipEntry.DEFLATED), zipMethods(deflated));
    }

    @Test
    void archiveEntriesAreNamedLikeNumpysSavez() throws IOException {
        Path file = folder.resolve("a.npz");

        NpzFile.write(file, mixedArrays(), NpzCompression.DEFLATED);

        try (var zip = new ZipFile(file.toFile())) {
            assertEquals(List.of("zeta.npy", "alpha.npy", "mid.npy", "scalar.npy", "empty.npy"),
                    zip.stream().map(ZipEntry::getName).toList());
        }
    }

    @Test
    void selectedArraysComeBackInTheRequestedOrder() throws IOException {
        Path file = folder.resolve("a.npz");
        NpzFile.write(file, mixedArrays(), NpzCompression.STORED);

        Map<String, NpyArray> read = NpzFile.read(file, "mid", "zeta");

        assertEquals(List.of("mid", "zeta"), List.copyOf(read.keySet()));
        assertEquals(mixedArrays().get("mid"), read.get("mid"));
    }

    @Test
    void datasetReadsBackWithItsPointsAndLabels() throws IOException {
        Dataset dataset = Dataset.of(new double[] {0.5, -1.25, 3, 4, 1e-3f, 7}, new int[] {2, 0, 1});
        Path file = folder.resolve("d.npz");

        DatasetFile.write(file, dataset);
        Dataset read = DatasetFile.read(file);

        assertArrayEquals(dataset.inputs(), read.inputs());
        assertArrayEquals(dataset.labels(), read.labels());
        assertEquals(3, read.classes());
    }

    @Test
    void datasetIsWrittenAsFloat32InputsAndInt64LabelsLikeTheSeed() throws IOException {
        Path file = folder.resolve("d.npz");

        DatasetFile.write(file, Dataset.of(new double[] {0.1, 0.2}, new int[] {4}));
        Map<String, NpyArray> arrays = NpzFile.read(file);

        assertEquals(NpyArray.float32(new double[] {0.1f, 0.2f}, 1, 2), arrays.get("inputs"));
        assertEquals(NpyArray.int64(new long[] {4}, 1), arrays.get("labels"));
        assertEquals(List.of(ZipEntry.DEFLATED), zipMethods(file));
    }

    @Test
    void parametersReadBackWithTheirShape() throws IOException {
        var shape = new NetworkShape(2, 3, 4);
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (Math.sin(i) * 10);
        }
        Path file = folder.resolve("p.npz");

        ParameterFile.write(file, new Parameters(shape, values));

        assertEquals(new Parameters(shape, values), ParameterFile.read(file));
    }

    @Test
    void parametersAreWrittenAsTheSeedsFourFloat32Arrays() throws IOException {
        var shape = new NetworkShape(2, 3, 4);
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        Path file = folder.resolve("p.npz");

        ParameterFile.write(file, new Parameters(shape, values));
        Map<String, NpyArray> arrays = NpzFile.read(file);

        assertEquals(List.of("W_h", "b_h", "W_o", "b_o"), List.copyOf(arrays.keySet()));
        assertEquals(NpyArray.float32(new double[] {0, 1, 2, 3, 4, 5}, 3, 2), arrays.get("W_h"));
        assertEquals(NpyArray.float32(new double[] {6, 7, 8}, 3), arrays.get("b_h"));
        assertEquals("(4, 3)", arrays.get("W_o").shapeText());
        assertEquals(NpyArray.float32(new double[] {21, 22, 23, 24}, 4), arrays.get("b_o"));
    }

    @Test
    void rewritingTheSameArraysGivesTheSameBytes() throws IOException {
        Path first = folder.resolve("first.npz");
        Path second = folder.resolve("second.npz");

        NpzFile.write(first, mixedArrays(), NpzCompression.DEFLATED);
        NpzFile.write(second, mixedArrays(), NpzCompression.DEFLATED);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    private static List<Integer> zipMethods(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            List<Integer> methods = new ArrayList<>();
            zip.stream().map(ZipEntry::getMethod).distinct().forEach(methods::add);
            return methods;
        }
    }
}
