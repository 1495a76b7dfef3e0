package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.ParameterFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Confusion matrices counted by hand, and their accuracy against the reference network's evaluation. */
class ConfusionMatrixTest {

    @TempDir
    Path dir;

    @Test
    void countsEachPairOfTrueAndPredictedClassAsCountedByHand() {
        // Ten points, three classes. By hand: class 0 → 0, 0, 1 (row 2 1 0); class 1 → 1, 1, 1, 2 (row 0 3 1);
        // class 2 → 0, 2, 2 (row 1 0 2). Trace 2 + 3 + 2 = 7 of 10.
        int[] labels = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
        int[] predicted = {0, 1, 0, 1, 2, 1, 1, 0, 2, 2};
        var m = ConfusionMatrix.of(3, labels, predicted);
        int[][] expected = {{2, 1, 0}, {0, 3, 1}, {1, 0, 2}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], m.count(i, j), "row " + i + ", column " + j);
            }
        }
        assertEquals(10, m.total());
        assertEquals(7, m.correct());
        assertEquals(70.0, m.accuracy(), 1e-12);
        assertEquals(4, m.rowTotal(1));
        assertEquals(4, m.columnTotal(1), "predicted as 1: one of class 0 and three of class 1");
        assertEquals(3, m.columnTotal(2));
    }

    @Test
    void rowPercentagesAreEachCountOverItsRowAndSumToAHundred() {
        int[] labels = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
        int[] predicted = {0, 1, 0, 1, 2, 1, 1, 0, 2, 2};
        var m = ConfusionMatrix.of(3, labels, predicted);
        assertEquals(200.0 / 3, m.rowPercent(0, 0), 1e-12);
        assertEquals(100.0 / 3, m.rowPercent(0, 1), 1e-12);
        assertEquals(0.0, m.rowPercent(0, 2), 0);
        assertEquals(75.0, m.rowPercent(1, 1), 1e-12);
        assertEquals(25.0, m.rowPercent(1, 2), 1e-12);
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += m.rowPercent(i, j);
            }
            assertEquals(100.0, sum, 1e-9, "row " + i);
        }
    }

    @Test
    void aClassWithoutPointsHasNoPercentagesAndNoDataNoAccuracy() {
        var m = ConfusionMatrix.of(3, new int[] {0, 2}, new int[] {1, 2});
        assertEquals(0, m.rowTotal(1));
        assertTrue(Double.isNaN(m.rowPercent(1, 1)));
        assertEquals(50.0, m.accuracy(), 1e-12);
        var empty = ConfusionMatrix.of(2, new int[0], new int[0]);
        assertEquals(0, empty.total());
        assertTrue(Double.isNaN(empty.accuracy()));
    }

    @Test
    void refusesClassesOutsideTheMatrixAndArraysOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(2, new int[] {0, 2}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(2, new int[] {0}, new int[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(2, new int[] {0, 1}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(0, new int[0], new int[0]));
    }

    @Test
    void theFastPathCountsWhatANetworkWorkedOutOnPaperPredicts() {
        // PredictionsTest's 2-1-2 network: class 1 exactly where x > 0. Points (−1, 0) label 0 → 0, (2, 5) label 1
        // → 1, (3, −4) label 0 → 1, (−2, 7) label 1 → 0: one of each kind.
        var shape = new NetworkShape(2, 1, 2);
        var parameters = Parameters.of(shape, new double[] {10, 0}, new double[] {0}, new double[] {-10, 10},
                new double[] {5, -5});
        var data = new Dataset(new double[] {-1, 0, 2, 5, 3, -4, -2, 7}, new int[] {0, 1, 0, 1}, 2);
        var m = ConfusionMatrix.of(parameters, Activation.SIGMOID, data);
        assertEquals(ConfusionMatrix.of(2, new int[] {0, 1, 0, 1}, new int[] {0, 1, 1, 0}), m);
        assertEquals(1, m.count(0, 1));
        assertEquals(1, m.count(1, 0));
    }

    @Test
    void theSeedsParametersMatrixHasTheEvaluationsAccuracy() throws IOException {
        // The fixtures' README: 89.6 % of the 1000 points right, so the trace is 896, each class's row 100 points.
        var data = DatasetFile.read(fixture("ch2_dataset.npz"));
        var params = ParameterFile.read(fixture("ch2_parameters.npz"));
        var m = ConfusionMatrix.of(params, Activation.SIGMOID, data);
        assertEquals(10, m.classes());
        assertEquals(1000, m.total());
        assertEquals(896, m.correct());
        assertEquals(Evaluation.of(params, Activation.SIGMOID, data).accuracy(), m.accuracy(), 1e-12);
        for (int i = 0; i < 10; i++) {
            assertEquals(100, m.rowTotal(i), "class " + i);
        }
        assertEquals(ConfusionMatrix.of(data, Predictions.of(params, Activation.SIGMOID, data)), m,
                "the fast path and the double path predict the same class for every point");
    }

    @Test
    void aDeeperTrainedNetworksMatrixHasTheEvaluationsAccuracyOnTrainingAndValidation() {
        var data = GaussianClusters.generate(new ClusterSettings(5, 60, 1.5, 4, 3, 0));
        var split = DatasetSplit.stratified(data, 0.25, 7);
        var settings = TrainingSettings.seedDefaults().withHidden(12, Activation.RELU).withLayers(2);
        var trainer = new Trainer(settings, split);
        trainer.run(15);
        var p = trainer.parameters();
        for (Dataset set : new Dataset[] {split.train(), split.validation()}) {
            var m = ConfusionMatrix.of(p, Activation.RELU, set);
            assertEquals(set.size(), m.total());
            double accuracy = Evaluation.of(p, Activation.RELU, set).accuracy();
            assertTrue(accuracy > 20 && accuracy < 100, "a network part-way: " + accuracy);
            assertEquals(accuracy, m.accuracy(), 1e-9);
            assertEquals(accuracy, 100.0 * m.correct() / m.total(), 1e-9, "accuracy is trace / N");
        }
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = ConfusionMatrixTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
