package org.descentlab.core.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.NetworkShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterNormalisedDirectionsTest {

    private static double rowNorm(double[] x, int from, int length) {
        double s = 0;
        for (int p = from; p < from + length; p++) {
            s += x[p] * x[p];
        }
        return Math.sqrt(s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void eachNeuronsIncomingRowHasTheNormOfItsWeightsAndTheBiasesAreZero(int depth) {
        var shape = new NetworkShape(2, 6, 3, depth);
        var random = new Random(11);
        double[] theta = new double[shape.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = random.nextGaussian() * (1 + p % 5);
        }

        Plane plane = FilterNormalisedDirections.of(shape, theta, 7);

        for (int axis = 0; axis < 2; axis++) {
            double[] d = plane.direction(axis);
            int checked = 0;
            for (int l = 0; l < shape.layers(); l++) {
                int fanIn = shape.fanIn(l);
                for (int j = 0; j < shape.fanOut(l); j++) {
                    int from = shape.weightsOffset(l) + j * fanIn;
                    assertEquals(rowNorm(theta, from, fanIn), rowNorm(d, from, fanIn), 1e-12,
                            "axis " + axis + ", layer " + l + ", unit " + j);
                    checked += fanIn;
                }
                int bias = shape.biasOffset(l);
                for (int p = bias; p < bias + shape.fanOut(l); p++) {
                    assertEquals(0.0, d[p], "bias " + p);
                }
                checked += shape.fanOut(l);
            }
            assertEquals(shape.parameterCount(), checked, "every entry belongs to a row or a bias");
        }
    }

    @Test
    void eachRowPointsWhereTheSeededGaussianDrawsPoint() {
        // d₁ takes the first P draws of new Random(seed).nextGaussian(), d₂ the next P; a row is only rescaled.
        var shape = new NetworkShape(2, 4, 3);
        double[] theta = GlorotUniform.initialize(shape, 2).values();
        var random = new Random(9);
        double[][] draws = new double[2][shape.parameterCount()];
        for (double[] draw : draws) {
            for (int p = 0; p < draw.length; p++) {
                draw[p] = random.nextGaussian();
            }
        }

        Plane plane = FilterNormalisedDirections.of(shape, theta, 9);

        for (int axis = 0; axis < 2; axis++) {
            double[] d = plane.direction(axis);
            int from = shape.weightsOffset(1) + 2 * shape.fanIn(1); // W_o's row of class 2
            double scale = d[from] / draws[axis][from];
            assertTrue(scale > 0);
            for (int p = from; p < from + shape.fanIn(1); p++) {
                assertEquals(draws[axis][p] * scale, d[p], 1e-12);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePlaneAndAnotherSeedAnother() {
        var shape = new NetworkShape(2, 8, 4);
        double[] theta = GlorotUniform.initialize(shape, 0).values();

        Plane a = FilterNormalisedDirections.of(shape, theta, 42);
        Plane b = FilterNormalisedDirections.of(shape, theta, 42);
        Plane c = FilterNormalisedDirections.of(shape, theta, 43);

        assertArrayEquals(a.direction(0), b.direction(0));
        assertArrayEquals(a.direction(1), b.direction(1));
        assertFalse(Arrays.equals(a.direction(0), c.direction(0)));
        assertFalse(Arrays.equals(a.direction(0), a.direction(1)));
        assertTrue(Double.isNaN(a.share(0)), "random directions explain no share of a path");
    }

    @Test
    void allZeroWeightsGiveNoPlane() {
        var shape = new NetworkShape(2, 3, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> FilterNormalisedDirections.of(shape, new double[shape.parameterCount()], 1));
        assertTrue(e.getMessage().contains("all zero"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FilterNormalisedDirections.of(shape, new double[3], 1));
    }
}
