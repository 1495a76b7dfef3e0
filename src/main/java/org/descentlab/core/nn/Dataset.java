package org.descentlab.core.nn;

import java.util.Arrays;

/**
 * Labelled points in the plane: the seed's {@code inputs} (N, 2) and {@code labels} (N,).
 *
 * @param inputs N×2 coordinates, row-major: x₀, y₀, x₁, y₁, …
 * @param labels N class indices, each in [0, classes)
 * @param classes number of classes k (at least 1 + the largest label)
 */
public record Dataset(double[] inputs, int[] labels, int classes) {

    /** Checks the shapes and the label range. */
    public Dataset {
        if (inputs.length != 2 * labels.length) {
            throw new IllegalArgumentException("inputs hold " + inputs.length / 2.0 + " points but there are "
                    + labels.length + " labels");
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " outside [0, " + classes + ")");
            }
        }
    }

    /** A dataset whose class count is one more than its largest label. */
    public static Dataset of(double[] inputs, int[] labels) {
        return new Dataset(inputs, labels, Arrays.stream(labels).max().orElse(-1) + 1);
    }

    /** Number of points N. */
    public int size() {
        return labels.length;
    }

    /** The x coordinate of point i. */
    public double x(int i) {
        return inputs[2 * i];
    }

    /** The y coordinate of point i. */
    public double y(int i) {
        return inputs[2 * i + 1];
    }
}
