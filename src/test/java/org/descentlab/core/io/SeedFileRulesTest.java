package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.float32s;
import static org.descentlab.core.io.HandMadeNumpy.float64s;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.int32s;
import static org.descentlab.core.io.HandMadeNumpy.int64s;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dataset and parameter files must contain, and the sentences that say what is wrong when they do not. */
class SeedFileRulesTest {

    @TempDir
    Path folder;

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private void add(String name, String descr, String shape, byte[] data) {
        entries.put(name + ".npy", npy(header(descr, shape), data));
    }

    private Path archive(String name) throws IOException {
        return HandMadeNumpy.file(folder, name, HandMadeNumpy.zip(true, entries));
    }

    /** Zero-valued float32 arrays with the given shapes, each like "(3, 2)"; the data size follows the shape. */
    private void addParameters(String whShape, String bhShape, String woShape, String boShape) {
        String[] names = {"W_h", "b_h", "W_o", "b_o"};
        String[] shapes = {whShape, bhShape, woShape, boShape};
        for (int i = 0; i < names.length; i++) {
            int count = 1;
            for (String size : shapes[i].replaceAll("[(),]", " ").trim().split("\\s+")) {
                count *= Integer.parseInt(size);
            }
            add(names[i], "<f4", shapes[i], new byte[4 * count]);
        }
    }

    @Test
    void datasetAcceptsFloat64InputsAndInt32Labels() throws IOException {
        add("inputs", "<f8", "(2, 2)", float64s(ByteOrder.LITTLE_ENDIAN, 0.1, 0.2, 0.3, 0.4));
        add("labels", "<i4", "(2,)", int32s(3, 0));

        Dataset dataset = DatasetFile.read(archive("d.npz"));

        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, dataset.inputs());
        assertArrayEquals(new int[] {3, 0}, dataset.labels());
        assertEquals(4, dataset.classes());
    }

    @Test
    void datasetWithoutLabelsNamesWhatItFound() throws IOException {
        add("inputs", "<f4", "(1, 2)", float32s(1, 2));

        assertEquals("ch2_dataset.npz: missing array 'labels' (found: inputs)",
                failure(() -> DatasetFile.read(archive("ch2_dataset.npz"))));
    }

    @Test
    void floatLabelsAreRefused() throws IOException {
        add("inputs", "<f4", "(1, 2)", float32s(1, 2));
        add("labels", "<f4", "(1,)", float32s(1));

        assertEquals("x.npz: 'labels' has dtype <f4; expected integers (int32 or int64)",
                failure(() -> DatasetFile.read(archive("x.npz"))));
    }

    @Test
    void integerInputsAreRefused() throws IOException {
        add("inputs", "<i8", "(1, 2)", int64s(1, 2));
        add("labels", "<i8", "(1,)", int64s(0));

        assertEquals("x.npz: 'inputs' has dtype <i8; expected floats (float32 or float64)",
                failure(() -> DatasetFile.read(archive("x.npz"))));
    }

    @Test
    void inputsWithThreeColumnsAreRefused() throws IOException {
        add("inputs", "<f4", "(1, 3)", float32s(1, 2, 3));
        add("labels", "<i8", "(1,)", int64s(0));

        assertEquals("x.npz: 'inputs' has shape (1, 3), expected (N, 2)",
                failure(() -> DatasetFile.read(archive("x.npz"))));
    }

    @Test
    void labelCountMustMatchThePoints() throws IOException {
        add("inputs", "<f4", "(2, 2)", float32s(1, 2, 3, 4));
        add("labels", "<i8", "(3,)", int64s(0, 1, 1));

        assertEquals("x.npz: 'labels' has shape (3,), expected (2,) like the 2 points in 'inputs'",
                failure(() -> DatasetFile.read(archive("x.npz"))));
    }

    @Test
    void negativeLabelIsRefused() throws IOException {
        add("inputs", "<f4", "(2, 2)", float32s(1, 2, 3, 4));
        add("labels", "<i8", "(2,)", int64s(0, -1));

        assertEquals("x.npz: 'labels' holds -1 at index 1, but class labels must be 0 or more",
                failure(() -> DatasetFile.read(archive("x.npz"))));
    }

    @Test
    void parametersAcceptFloat64() throws IOException {
        add("W_h", "<f8", "(1, 2)", float64s(ByteOrder.LITTLE_ENDIAN, 0.1, 0.2));
        add("b_h", "<f8", "(1,)", float64s(ByteOrder.LITTLE_ENDIAN, 0.3));
        add("W_o", "<f8", "(1, 1)", float64s(ByteOrder.LITTLE_ENDIAN, 0.4));
        add("b_o", "<f8", "(1,)", float64s(ByteOrder.LITTLE_ENDIAN, 0.5));

        Parameters parameters = ParameterFile.read(archive("p.npz"));

        assertEquals(new Parameters(new NetworkShape(2, 1, 1), new double[] {0.1, 0.2, 0.3, 0.4, 0.5}), parameters);
    }

    @Test
    void hiddenWeightsWithThreeInputsAreRefused() throws IOException {
        addParameters("(128, 3)", "(128,)", "(10, 128)", "(10,)");

        assertEquals("params.npz: 'W_h' has shape (128, 3), expected (H, 2)",
                failure(() -> ParameterFile.read(archive("params.npz"))));
    }

    @Test
    void hiddenBiasMustMatchTheHiddenWeights() throws IOException {
        addParameters("(3, 2)", "(2,)", "(2, 3)", "(2,)");

        assertEquals("p.npz: 'b_h' has shape (2,), expected (3,) to match 'W_h' (H = 3)",
                failure(() -> ParameterFile.read(archive("p.npz"))));
    }

    @Test
    void outputWeightsMustTakeEveryHiddenUnit() throws IOException {
        addParameters("(3, 2)", "(3,)", "(3, 2)", "(2,)");

        assertEquals("p.npz: 'W_o' has shape (3, 2), expected (k, 3) to match 'W_h' (H = 3)",
                failure(() -> ParameterFile.read(archive("p.npz"))));
    }

    @Test
    void outputBiasMustMatchTheClasses() throws IOException {
        addParameters("(3, 2)", "(3,)", "(2, 3)", "(3,)");

        assertEquals("p.npz: 'b_o' has shape (3,), expected (2,) to match 'W_o' (k = 2)",
                failure(() -> ParameterFile.read(archive("p.npz"))));
    }

    @Test
    void networkWithoutHiddenUnitsIsRefused() throws IOException {
        add("W_h", "<f4", "(0, 2)", new byte[0]);
        add("b_h", "<f4", "(0,)", new byte[0]);
        add("W_o", "<f4", "(1, 0)", new byte[0]);
        add("b_o", "<f4", "(1,)", float32s(0));

        assertEquals("p.npz: 'W_h' has shape (0, 2), but there must be at least one hidden unit",
                failure(() -> ParameterFile.read(archive("p.npz"))));
    }

    @Test
    void integerWeightsAreRefused() throws IOException {
        addParameters("(3, 2)", "(3,)", "(2, 3)", "(2,)");
        add("b_o", "<i4", "(2,)", int32s(0, 0));

        assertEquals("p.npz: 'b_o' has dtype <i4; expected floats (float32 or float64)",
                failure(() -> ParameterFile.read(archive("p.npz"))));
    }

    @Test
    void extraArraysInTheArchiveAreIgnored() throws IOException {
        addParameters("(3, 2)", "(3,)", "(2, 3)", "(2,)");
        add("notes", "<c16", "(1,)", new byte[16]);

        assertEquals(new NetworkShape(2, 3, 2), ParameterFile.read(archive("p.npz")).shape());
    }
}
