package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecisionBoundaryMapTest {

    private static final NetworkShape SHAPE = new NetworkShape(2, 128, 10);

    /** Trained a little, so that the map has several regions and real boundaries. */
    private static Parameters partlyTrained() {
        var trainer = new Trainer(TrainingSettings.seedDefaults().withEpochs(30),
                GaussianClusters.generate(ClusterSettings.defaults()));
        trainer.runToEnd();
        return trainer.parameters();
    }

    @Test
    void classesAreTheArgMaxOfEachCellCentresProbabilities() {
        Parameters p = partlyTrained();
        var map = new DecisionBoundaryMap(SHAPE, Activation.SIGMOID);
        map.load(p);
        int cols = 300;
        int rows = 70;
        int[] classes = new int[cols * rows];
        float[] confidence = new float[cols * rows];
        map.classify(-12, 11, -9, 10, cols, rows, classes, confidence);

        var reference = new ReferenceNetwork(SHAPE, Activation.SIGMOID);
        double[] probabilities = new double[10];
        int compared = 0;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                double x = -12 + (col + 0.5) * (23.0 / cols);
                double y = 10 - (row + 0.5) * (19.0 / rows);
                reference.probabilities(p.values(), x, y, probabilities);
                int best = ReferenceNetwork.argMax(probabilities);
                int cell = row * cols + col;
                assertEquals(probabilities[best], confidence[cell], 1e-5, "confidence of cell " + cell);
                // Where two classes tie to within float rounding the float map may pick either.
                if (probabilities[best] - secondLargest(probabilities, best) > 1e-4) {
                    assertEquals(best, classes[cell], "class of cell (" + col + ", " + row + ")");
                    compared++;
                }
            }
        }
        assertTrue(compared > 0.99 * cols * rows, "only " + compared + " cells clear of ties");
        assertTrue(Arrays.stream(classes).distinct().count() >= 5, "map shows too few regions");
    }

    /** One hidden unit σ(10y) and W_o = (−10, 10), b_o = (5, −5): class 1 exactly where y > 0. */
    @Test
    void rowZeroIsTheTopOfTheMap() {
        var shape = new NetworkShape(2, 1, 2);
        var p = Parameters.of(shape, new double[] {0, 10}, new double[] {0}, new double[] {-10, 10},
                new double[] {5, -5});
        var map = new DecisionBoundaryMap(shape, Activation.SIGMOID);
        map.load(p);
        int[] classes = new int[4 * 6];
        map.classify(-1, 1, -3, 3, 4, 6, classes, null);

        int[] expected = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertArrayEquals(expected, classes);
    }

    @Test
    void wideRowsAreSplitIntoChunksWithoutLosingCells() {
        Parameters p = GlorotUniform.initialize(SHAPE, 3);
        var map = new DecisionBoundaryMap(SHAPE, Activation.TANH);
        map.load(p);
        int[] wide = new int[1000 * 2];
        float[] wideConfidence = new float[1000 * 2];
        map.classify(-10, 10, -1, 1, 1000, 2, wide, wideConfidence);

        var reference = new ReferenceNetwork(SHAPE, Activation.TANH);
        double[] probabilities = new double[10];
        for (int col : new int[] {0, 255, 256, 511, 512, 999}) {
            reference.probabilities(p.values(), DecisionBoundaryMap.centre(-10, 10, 1000, col), 0.5, probabilities);
            assertEquals(probabilities[ReferenceNetwork.argMax(probabilities)], wideConfidence[col], 1e-5);
        }
    }

    @Test
    void classifyingBeforeLoadingFails() {
        var map = new DecisionBoundaryMap(SHAPE, Activation.SIGMOID);
        assertThrows(IllegalStateException.class, () -> map.classify(0, 1, 0, 1, 2, 2, new int[4], null));
    }

    @Test
    void cellCentreIsHalfACellIn() {
        assertEquals(-9.75, DecisionBoundaryMap.centre(-10, 10, 40, 0), 1e-15);
        assertEquals(9.75, DecisionBoundaryMap.centre(-10, 10, 40, 39), 1e-15);
    }

    private static double secondLargest(double[] values, int skip) {
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < values.length; c++) {
            if (c != skip) {
                second = Math.max(second, values[c]);
            }
        }
        return second;
    }
}
