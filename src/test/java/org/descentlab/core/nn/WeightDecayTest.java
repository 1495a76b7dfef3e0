package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The L2 penalty, PyTorch's {@code weight_decay}: (λ/2)·Σw² over the weights (not the biases), whose gradient λ·w is
 * added to the weights' gradient before the optimizer sees it; the reported loss is the cross-entropy alone.
 *
 * <p>The hand example: the 2-2-2 sigmoid network of {@link HandComputedNetworkTest} (W_h = I, W_o = [[1, −1],
 * [−1, 1]], the point (1, 2) with label 0) with biases b_h = (0.5, −0.25), b_o = (0.25, −0.5), so that a decayed bias
 * would show; λ = 0.1, one step of gradient descent with η = 0.5. The penalty is 0.05·(1 + 1 + 4) = 0.3 by hand.
 */
class WeightDecayTest {

    // Expected numbers derived with numpy by tools/expected/weight_decay_2_2_2.py (see tools/README.md).

    private static final NetworkShape SHAPE = new NetworkShape(2, 2, 2);
    private static final double[] PARAMS = {1, 0, 0, 1, 0.5, -0.25, 1, -1, -1, 1, 0.25, -0.5};
    private static final Dataset POINT = new Dataset(new double[] {1, 2}, new int[] {0}, 2);
    private static final double L2 = 0.1;
    private static final double LR = 0.5;

    private static final double LOSS = 0.4094488174867857;
    private static final double PENALTY = 0.3;
    /** ∂(cross-entropy + penalty)/∂params, in the flat layout. */
    private static final double[] GRADIENT = {
        -0.00022160033651551225, -0.20044320067303104, 0.08475476702221703, 0.26950953404443406, // W_h
        -0.10022160033651552, 0.08475476702221703, // b_h: the cross-entropy's alone
        -0.1746918255882334, -0.38624238806625477, 0.1746918255882334, 0.38624238806625477, // W_o
        -0.3359838566232005, 0.3359838566232005 // b_o: the cross-entropy's alone
    };
    /** PARAMS − η·GRADIENT. */
    private static final double[] AFTER_ONE_STEP = {
        1.0001108001682577, 0.10022160033651552, -0.042377383511108514, 0.865245232977783,
        0.5501108001682578, -0.29237738351110854,
        1.0873459127941167, -0.8068788059668726, -1.0873459127941167, 0.8068788059668726,
        0.41799192831160026, -0.6679919283116003
    };

    private static TrainingSettings oneStepOfGradientDescent(double l2) {
        return new TrainingSettings(2, Activation.SIGMOID, GradientDescent.TYPE,
                GradientDescent.TYPE.defaults().with("lr", LR), 1, false, 1, 0L, 0L, l2);
    }

    private static DatasetSplit alone(Dataset train) {
        return new DatasetSplit(train, new Dataset(new double[0], new int[0], train.classes()));
    }

    @Test
    void theReferenceGradientIsTheCrossEntropysPlusLambdaTimesEachWeight() {
        var network = new ReferenceNetwork(SHAPE, Activation.SIGMOID);
        double[] gradient = new double[SHAPE.parameterCount()];

        double loss = network.lossAndGradient(PARAMS, POINT, gradient, L2);

        assertEquals(LOSS, loss, 1e-14, "the loss returned is the cross-entropy alone");
        assertArrayEquals(GRADIENT, gradient, 1e-14);
        assertEquals(PENALTY, network.penalty(PARAMS, L2), 1e-15);
    }

    @Test
    void oneStepOfTrainingWithL2MovesTheWeightsAsNumpySaysAndReportsTheCrossEntropyAlone() {
        var trainer = new Trainer(oneStepOfGradientDescent(L2), alone(POINT), new Parameters(SHAPE, PARAMS));

        EpochMetrics metrics = trainer.stepEpoch();

        assertEquals(1, trainer.steps());
        assertArrayEquals(AFTER_ONE_STEP, trainer.parameters().values(), 1e-6);
        assertEquals(LOSS, metrics.loss(), 1e-6, "not the cross-entropy plus the penalty, " + (LOSS + PENALTY));
    }

    @Test
    void withoutThePenaltyTheSameStepMovesTheWeightsLess() {
        var trainer = new Trainer(oneStepOfGradientDescent(0), alone(POINT), new Parameters(SHAPE, PARAMS));
        trainer.stepEpoch();
        double[] p = trainer.parameters().values();
        // W_o[0][0]: the cross-entropy's gradient alone is −0.1747 − 0.1·1, so the step without L2 goes 0.05 further.
        assertEquals(AFTER_ONE_STEP[6] + LR * L2 * PARAMS[6], p[6], 1e-6);
        // The biases move exactly as with the penalty.
        assertEquals(AFTER_ONE_STEP[4], p[4], 1e-6);
        assertEquals(AFTER_ONE_STEP[11], p[11], 1e-6);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void thePenalisedGradientMatchesCentralDifferencesOfCrossEntropyPlusPenalty(Activation activation) {
        var shape = new NetworkShape(2, 6, 3);
        var network = new ReferenceNetwork(shape, activation);
        var data = new Dataset(new double[] {2.3, 3.2, -1.1, 0.4, 5.5, -7.2, -0.3, -2.8, 6.1, 1.7},
                new int[] {0, 1, 2, 1, 0}, 3);
        double[] p = random(shape, 42);
        double l2 = 0.05;
        double[] analytic = new double[p.length];
        network.lossAndGradient(p, data, analytic, l2);
        double[] numeric = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double saved = p[i];
            double h = 1e-6;
            p[i] = saved + h;
            double up = network.lossAndGradient(p, data, null) + network.penalty(p, l2);
            p[i] = saved - h;
            double down = network.lossAndGradient(p, data, null) + network.penalty(p, l2);
            p[i] = saved;
            numeric[i] = (up - down) / (2 * h);
        }
        for (int i = 0; i < p.length; i++) {
            // A ReLU kink between p ± h would show as a wrong component; the seed keeps the points away from them.
            assertEquals(numeric[i], analytic[i], 1e-7, activation + ", component " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"SIGMOID, 0.01", "TANH, 0.3", "RELU, 1"})
    void theFastPathsPenalisedGradientAgreesWithTheReference(Activation activation, double l2) {
        var shape = new NetworkShape(2, 128, 10);
        var data = GaussianClusters.generate(new ClusterSettings(10, 4, 1.0, 8.0, 11L, 0.0));
        double[] p = random(shape, 3);
        int[] batch = {0, 5, 9, 13, 17, 22, 26, 30, 33, 38, 39};
        var kernel = new BatchKernel(shape, activation, batch.length);
        kernel.load(p);
        kernel.setBatch(data, batch, 0, batch.length);
        kernel.forward();
        kernel.softmaxCrossEntropy();
        kernel.backward();
        double[] fast = new double[p.length];
        kernel.writeGradient(fast, l2);
        double[] expected = new double[p.length];
        new ReferenceNetwork(shape, activation).lossAndGradient(p, data, batch, expected, l2);

        double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], fast[i], 2e-5 * scale, "component " + i);
        }
    }

    /** The trainer (float kernel) against Adam driven by the reference's penalised gradients, batch by batch. */
    @Test
    void trainingWithL2FollowsAdamOnTheReferencesPenalisedGradient() {
        var shape = new NetworkShape(2, 8, 3);
        var data = GaussianClusters.generate(new ClusterSettings(3, 5, 1.5, 6.0, 2L, 0.0));
        double l2 = 0.2;
        var values = Adam.TYPE.defaults().with("lr", 0.05);
        var settings = new TrainingSettings(8, Activation.TANH, Adam.TYPE, values, 4, false, 3, 7L, 0L, l2);
        var start = GlorotUniform.initialize(shape, 7L);
        var trainer = new Trainer(settings, alone(data), start);
        trainer.runToEnd();

        var reference = new ReferenceNetwork(shape, Activation.TANH);
        Optimizer adam = Adam.TYPE.create(values);
        double[] p = start.values().clone();
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int from = 0; from < data.size(); from += 4) {
                int[] batch = java.util.stream.IntStream.range(from, Math.min(from + 4, data.size())).toArray();
                adam.step(p, (point, out) -> reference.lossAndGradient(point, data, batch, out, l2));
            }
        }
        assertArrayEquals(p, trainer.parameters().values(), 1e-5);

        var withoutL2 = new Trainer(settings.withL2(0), alone(data), start);
        withoutL2.runToEnd();
        double apart = 0;
        for (int i = 0; i < p.length; i++) {
            apart = Math.max(apart, Math.abs(p[i] - withoutL2.parameters().values()[i]));
        }
        assertTrue(apart > 1e-3, "the penalty made no difference: " + apart);
    }

    /**
     * λ = 0 trains bit for bit as the trainer did before it had a penalty: the parameters' hash, the third epoch's
     * loss and the first weight after three epochs, as the code of commit cb84d49 (the last without L2) printed them.
     */
    @ParameterizedTest
    @CsvSource({
        "adam, SIGMOID, -384634933, 0.7263287283240895, 0.49769555115117003",
        "adam, TANH, -1918732271, 0.6533307265725788, 0.4933891511208011",
        "adam, RELU, -250404735, 0.7482206733725394, 0.34834314078120615",
        "nag, SIGMOID, 977251954, 0.775354988316295, 0.33197414687909815",
        "nag, RELU, -472712043, 0.6979247741841641, 0.37745354621608457",
        "adagrad, TANH, 633562034, 0.7872577111903974, 0.3433521502573338",
    })
    void aPenaltyOfZeroTrainsBitForBitAsBeforeThereWasOne(String optimizer, Activation activation, int hash,
            double loss, double firstWeight) {
        var data = GaussianClusters.generate(new ClusterSettings(4, 30, 1.0, 8.0, 3L, 0.0));
        var type = org.descentlab.core.optim.OptimizerRegistry.find(optimizer).orElseThrow();
        var settings = new TrainingSettings(16, activation, type, type.defaults().with("lr", 0.01), 7, true, 3, 5L, 6L,
                0);
        var trainer = new Trainer(settings, data);
        var metrics = trainer.runToEnd();
        double[] p = trainer.parameters().values();

        assertEquals(hash, Arrays.hashCode(p));
        assertEquals(loss, metrics.get(2).loss(), 0);
        assertEquals(firstWeight, p[0], 0);
    }

    @Test
    void aPenaltyOfZeroIsTheSettingsWithoutOneAndANegativeOneIsRefused() {
        var without = oneStepOfGradientDescent(0);
        assertEquals(new TrainingSettings(2, Activation.SIGMOID, GradientDescent.TYPE,
                GradientDescent.TYPE.defaults().with("lr", LR), 1, false, 1, 0L, 0L), without);
        assertEquals(without, oneStepOfGradientDescent(-0.0));
        assertThrows(IllegalArgumentException.class, () -> oneStepOfGradientDescent(-0.1));
        assertThrows(IllegalArgumentException.class, () -> oneStepOfGradientDescent(Double.NaN));
    }

    private static double[] random(NetworkShape shape, long seed) {
        var random = new Random(seed);
        double[] p = new double[shape.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.8 * (2 * random.nextDouble() - 1);
        }
        return p;
    }
}
