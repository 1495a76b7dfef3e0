package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered optimizer drives the network: the same optimizer objects that walk the surfaces. */
class TrainerOptimizerContractTest {

    private static final Dataset DATA = GaussianClusters.generate(new ClusterSettings(3, 20, 1.0, 8.0, 1L, 0.0));

    static Stream<OptimizerType> optimizers() {
        return OptimizerRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void everyOptimizerTrainsTheNetworkWithFiniteLossesAndMovesEveryLayer(OptimizerType type) {
        var settings = TrainingSettings.seedDefaults().withOptimizer(type).withHidden(16, Activation.TANH)
                .withBatchSize(8).withEpochs(5);
        var trainer = new Trainer(settings, DATA);
        double[] start = trainer.parameters().values();

        List<EpochMetrics> metrics = trainer.runToEnd();

        assertTrue(metrics.stream().allMatch(m -> Double.isFinite(m.loss())), type.id() + ": " + metrics);
        Parameters end = trainer.parameters();
        Parameters begin = new Parameters(end.shape(), start);
        assertFalse(Arrays.equals(begin.hiddenWeights(), end.hiddenWeights()), type.id() + " left W_h alone");
        assertFalse(Arrays.equals(begin.outputBias(), end.outputBias()), type.id() + " left b_o alone");
    }
}
