package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.NetworkShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network scene's depth: its limit, the runs and start weights it prepares, and the memory it plans for. */
class NetworkDepthSceneTest {

    @TempDir
    Path folder;

    private static NetworkScene deep(int layers) {
        return NetworkScene.defaults().withNetwork(NetworkSetup.defaults().withLayers(layers));
    }

    @Test
    void theDepthIsCheckedAgainstItsDeclaredLimit() {
        var e = assertThrows(SettingException.class, () -> NetworkSetup.defaults().withLayers(5));
        assertEquals("Hidden layers (network.network.layers) must be a whole number from 1 to 4, got 5",
                e.getMessage());
        assertEquals(1, NetworkSetup.defaults().layers());
        assertEquals(1, new NetworkSetup(16, Activation.TANH, 3, null).layers());
        assertTrue(NetworkLimits.all().contains(NetworkLimits.LAYERS));
    }

    @Test
    void aDeeperSceneTrainsEveryRunAtItsDepthFromGlorotWeightsOfThatDepth() {
        var scene = deep(3).withComparison(List.of(new ComparisonRun("a", NetworkScene.defaults().training()
                .optimizer(), NetworkScene.defaults().training().hyperparameters()), new ComparisonRun("b",
                NetworkScene.defaults().training().optimizer(), NetworkScene.defaults().training().hyperparameters())
                .withActivation(Activation.RELU)));
        var prepared = PreparedNetwork.prepare(scene, null, 1L << 30);
        var shape = new NetworkShape(2, 128, 10, 3);
        assertEquals(GlorotUniform.initialize(shape, 0), prepared.start());
        for (var run : prepared.runs()) {
            assertEquals(3, run.layers());
        }
        assertEquals(shape, prepared.trainer(1).parameters().shape());
    }

    @Test
    void aStartFileOfAnotherDepthIsRefusedNamingTheLayersField() throws IOException {
        Path file = folder.resolve("start.npz");
        ParameterFile.write(file, GlorotUniform.initialize(new NetworkShape(2, 128, 10, 2), 1));
        var scene = deep(1).withNetwork(new NetworkSetup(128, Activation.SIGMOID, 0, "start.npz", 3));
        var e = assertThrows(SettingException.class, () -> PreparedNetwork.prepare(scene, folder, 1L << 30));
        assertEquals("network.network.layers", e.problem().field());
        assertTrue(e.getMessage().endsWith(
                "start.npz: the parameters have 2 hidden layers but the network is set to 3"), e.getMessage());
        var two = deep(1).withNetwork(new NetworkSetup(128, Activation.SIGMOID, 0, "start.npz", 2));
        assertEquals(2, PreparedNetwork.prepare(two, folder, 1L << 30).start().shape().depth());
    }

    @Test
    void theMemoryPlannedGrowsWithTheDepth() {
        // Per point of a batch: 4, 6, 7, 8 rows of H floats; per hidden-to-hidden layer H(H + 1) more parameters,
        // each with six double copies. 2-128-10 at depth 2, batch 32, 1000 points, worked out by hand:
        // kernels (32 + 256) × (4·6·128 + 16·10 + 32) = 288 × 3264 = 940,032; data 24,000;
        // parameters 48 × (384 + 1290 + 16,512) = 872,928; in all 1,836,960.
        assertEquals(749_472, NetworkLimits.trainingBytes(1000, 128, 10, 32, 1));
        assertEquals(1_836_960, NetworkLimits.trainingBytes(1000, 128, 10, 32, 2));
        long perRun = NetworkLimits.trainingBytes(1000, 128, 10, 32, 4);
        assertEquals(null, NetworkLimits.memoryProblem(1000, 128, 4, 10, List.of(32), (long) (perRun / 0.5)));
        var problem = NetworkLimits.memoryProblem(1000, 128, 4, 10, List.of(32), (long) (perRun / 0.5) - 10);
        assertTrue(problem.message().startsWith("Not enough memory: batches of 32 through 4 layers of 128 hidden "
                + "units need about"), problem.message());
    }
}
