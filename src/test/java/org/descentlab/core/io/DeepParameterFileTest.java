package org.descentlab.core.io;

import static org.descentlab.core.io.CorruptFileTest.failure;
import static org.descentlab.core.io.HandMadeNumpy.header;
import static org.descentlab.core.io.HandMadeNumpy.npy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameter files of networks with 2 to 4 hidden layers: W_h2, b_h2, … between the seed's arrays. */
class DeepParameterFileTest {

    @TempDir
    Path folder;

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** A zero-valued float32 array of the given shape, like "(3, 2)". */
    private void add(String name, String shape) {
        int count = 1;
        for (String size : shape.replaceAll("[(),]", " ").trim().split("\\s+")) {
            count *= Integer.parseInt(size);
        }
        entries.put(name + ".npy", npy(header("<f4", shape), new byte[4 * count]));
    }

    private Path archive() throws IOException {
        return HandMadeNumpy.file(folder, "p.npz", HandMadeNumpy.zip(true, entries));
    }

    /** A 2-3-3-3-2 network: three hidden layers of three units, two classes. */
    private void addDepthThree() {
        add("W_h", "(3, 2)");
        add("b_h", "(3,)");
        add("W_h2", "(3, 3)");
        add("b_h2", "(3,)");
        add("W_h3", "(3, 3)");
        add("b_h3", "(3,)");
        add("W_o", "(2, 3)");
        add("b_o", "(2,)");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void parametersOfEveryDepthReadBackAsWritten(int depth) throws IOException {
        var shape = new NetworkShape(2, 5, 3, depth);
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (Math.sin(i) * 10); // float32 values survive the float32 file exactly
        }
        Path file = folder.resolve("p.npz");

        ParameterFile.write(file, new Parameters(shape, values));

        assertEquals(new Parameters(shape, values), ParameterFile.read(file));
    }

    @Test
    void aDeeperNetworkIsWrittenWithItsHiddenLayersBetweenTheSeedsArrays() throws IOException {
        var shape = new NetworkShape(2, 2, 3, 3);
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        Path file = folder.resolve("p.npz");

        ParameterFile.write(file, new Parameters(shape, values));
        Map<String, NpyArray> arrays = NpzFile.read(file);

        assertEquals(List.of("W_h", "b_h", "W_h2", "b_h2", "W_h3", "b_h3", "W_o", "b_o"),
                List.copyOf(arrays.keySet()));
        // Flat layout: W_h 0–3, b_h 4–5, W_h2 6–9, b_h2 10–11, W_h3 12–15, b_h3 16–17, W_o 18–23, b_o 24–26.
        assertEquals(NpyArray.float32(new double[] {6, 7, 8, 9}, 2, 2), arrays.get("W_h2"));
        assertEquals(NpyArray.float32(new double[] {16, 17}, 2), arrays.get("b_h3"));
        assertEquals(NpyArray.float32(new double[] {18, 19, 20, 21, 22, 23}, 3, 2), arrays.get("W_o"));
    }

    @Test
    void theDepthComesFromTheArraysPresent() throws IOException {
        addDepthThree();
        assertEquals(new NetworkShape(2, 3, 2, 3), ParameterFile.read(archive()).shape());
    }

    @Test
    void aMissingMiddleLayerIsNamed() throws IOException {
        addDepthThree();
        entries.remove("W_h2.npy");
        assertEquals("p.npz: missing array 'W_h2' (found: W_h, b_h, b_h2, W_h3, b_h3, W_o, b_o)",
                failure(() -> ParameterFile.read(archive())));
    }

    @Test
    void aLoneBiasOfADeeperLayerAsksForItsWeights() throws IOException {
        add("W_h", "(3, 2)");
        add("b_h", "(3,)");
        add("b_h2", "(3,)");
        add("W_o", "(2, 3)");
        add("b_o", "(2,)");
        assertEquals("p.npz: missing array 'W_h2' (found: W_h, b_h, b_h2, W_o, b_o)",
                failure(() -> ParameterFile.read(archive())));
    }

    @Test
    void aHiddenToHiddenLayerMustBeSquareInTheWidth() throws IOException {
        addDepthThree();
        add("W_h3", "(3, 4)");
        assertEquals("p.npz: 'W_h3' has shape (3, 4), expected (3, 3) to match 'W_h' (H = 3)",
                failure(() -> ParameterFile.read(archive())));
    }

    @Test
    void aHiddenToHiddenBiasMustMatchTheWidth() throws IOException {
        addDepthThree();
        add("b_h2", "(2,)");
        assertEquals("p.npz: 'b_h2' has shape (2,), expected (3,) to match 'W_h' (H = 3)",
                failure(() -> ParameterFile.read(archive())));
    }

    @Test
    void moreHiddenLayersThanTheAppTrainsAreRefused() throws IOException {
        addDepthThree();
        add("W_h4", "(3, 3)");
        add("b_h4", "(3,)");
        add("W_h5", "(3, 3)");
        add("b_h5", "(3,)");
        assertEquals("p.npz: 'W_h5' would be hidden layer 5, but a network has at most 4 hidden layers",
                failure(() -> ParameterFile.read(archive())));
    }

    @Test
    void theOutputLayerMustTakeTheLastHiddenLayer() throws IOException {
        addDepthThree();
        add("W_o", "(2, 2)");
        assertEquals("p.npz: 'W_o' has shape (2, 2), expected (k, 3) to match 'W_h' (H = 3)",
                failure(() -> ParameterFile.read(archive())));
    }

    @Test
    void arraysNamedLikeLayersButNotLayersAreIgnored() throws IOException {
        add("W_h", "(3, 2)");
        add("b_h", "(3,)");
        add("W_o", "(2, 3)");
        add("b_o", "(2,)");
        add("W_hidden", "(7,)");
        add("b_h1", "(7,)");
        add("W_h02", "(7,)");
        assertEquals(new NetworkShape(2, 3, 2), ParameterFile.read(archive()).shape());
    }
}
