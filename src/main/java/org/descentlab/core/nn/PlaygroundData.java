package org.descentlab.core.nn;

import java.util.Random;

/**
 * The two-class pictures students know from TensorFlow Playground ({@code src/dataset.ts}): two spirals, XOR
 * quadrants, a disc in a ring, and scikit-learn's two moons ({@code sklearn.datasets.make_moons}). Each has
 * {@code n} points of class 0 followed by {@code n} points of class 1, and every point is a point of its class's
 * noiseless shape plus Gaussian noise N(0, σ²) on each coordinate, as {@code make_moons} adds it.
 *
 * <p>The shapes are Playground's at twice their size, so that they fill the [−10, 10]² the seed's clusters live in
 * and a noise σ means the same on every kind (Playground draws in [−6, 6]²). With a parameter t uniform in [0, 1):
 * <ul>
 *   <li><b>spiral</b>: r = {@value #RADIUS}·t at the angle θ = 1.75·2π·t (class 0) or θ + π (class 1, the same arm
 *       turned half round), the point (r·sin θ, r·cos θ), as Playground's {@code classifySpiralData}. The radius grows
 *       linearly with the angle: 1.75 turns from the centre out to r = {@value #RADIUS}.
 *   <li><b>xor</b>: as Playground's {@code classifyXORData}, each coordinate uniform in [−{@value #RADIUS},
 *       {@value #RADIUS}] and pushed {@value #XOR_MARGIN} further from the axis, so |x|, |y| ∈ [{@value #XOR_MARGIN},
 *       {@value #RADIUS} + {@value #XOR_MARGIN}]; class 0 where x·y &gt; 0 (quadrants I and III), class 1 where
 *       x·y &lt; 0. Here the class is chosen first and y's sign follows it, so each class has exactly n points.
 *   <li><b>circles</b>: as Playground's {@code classifyCircleData}, the angle uniform in [0, 2π) and the radius
 *       uniform in [0, {@value #DISC_RADIUS}] (class 0, the disc) or [{@value #RING_INNER}, {@value #RADIUS}]
 *       (class 1, the ring); the point (r·sin φ, r·cos φ).
 *   <li><b>moons</b>: scikit-learn's half circles with θ = π·t, class 0 (cos θ, sin θ) and class 1
 *       (1 − cos θ, ½ − sin θ), moved by (−½, −¼) to centre the picture and scaled by {@value #MOON_SCALE} so that
 *       it spans x ∈ [−10, 10].
 * </ul>
 *
 * <p>Where this differs from its models, and why: Playground's noise on the circles and the XOR quadrants moves the
 * line a point is labelled by, and on the spiral it is uniform; here it is Gaussian on the point's position for every
 * kind, as in {@code make_moons}, so one σ means one thing. The position along each shape is drawn at random rather
 * than spaced evenly ({@code make_moons} uses {@code linspace}), so that a seed gives another sample even without
 * noise.
 *
 * <p>Draw order: one {@link Random} seeded with the seed; for each point in turn (class 0's, then class 1's) the
 * shape's draws (spiral and moons: t; xor: x then |y|; circles: r then φ) and then two Gaussians for the noise on x
 * and y, drawn even when σ = 0, so that the same seed with another σ moves the same points. Sines and cosines come
 * from {@link StrictMath}, and coordinates are rounded to float32 as {@link GaussianClusters} rounds them, so a seed
 * gives the same points bit for bit on every JVM.
 */
public final class PlaygroundData {

    /** The outer radius of the spiral and of the ring, and the half-width of the XOR square before its margin. */
    public static final double RADIUS = 10;
    /** Turns of each spiral arm from the centre to {@link #RADIUS}, as Playground's. */
    public static final double SPIRAL_TURNS = 1.75;
    /** How far the XOR points are pushed from the axes (Playground's 0.3, doubled). */
    public static final double XOR_MARGIN = 0.6;
    /** The radius of the inner disc of the circles (Playground's 2.5, doubled). */
    public static final double DISC_RADIUS = 5;
    /** The inner radius of the outer ring of the circles (Playground's 3.5, doubled). */
    public static final double RING_INNER = 7;
    /** How much scikit-learn's unit moons are enlarged: their width of 3 becomes 20. */
    public static final double MOON_SCALE = 20.0 / 3.0;

    /** The number of classes of every picture here. */
    public static final int CLASSES = 2;

    private PlaygroundData() {
    }

    /**
     * The picture of {@code kind}: {@code pointsPerClass} points of class 0, then as many of class 1.
     *
     * @param kind any kind but {@link DatasetKind#CLUSTERS} (those are {@link GaussianClusters}')
     * @param noise σ of the Gaussian noise on each coordinate, finite and non-negative
     * @throws IllegalArgumentException for clusters, no points, or a negative or non-finite σ
     */
    public static Dataset generate(DatasetKind kind, int pointsPerClass, double noise, long seed) {
        if (kind == DatasetKind.CLUSTERS) {
            throw new IllegalArgumentException("clusters are made by GaussianClusters");
        }
        if (pointsPerClass < 1) {
            throw new IllegalArgumentException("need at least one point per class, got " + pointsPerClass);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and non-negative, got " + noise);
        }
        var random = new Random(seed);
        double[] inputs = new double[2 * CLASSES * pointsPerClass];
        int[] labels = new int[CLASSES * pointsPerClass];
        double[] point = new double[2];
        for (int i = 0; i < labels.length; i++) {
            int label = i / pointsPerClass;
            shape(kind, label, random, point);
            inputs[2 * i] = (float) (point[0] + noise * random.nextGaussian());
            inputs[2 * i + 1] = (float) (point[1] + noise * random.nextGaussian());
            labels[i] = label;
        }
        return new Dataset(inputs, labels, CLASSES);
    }

    /** Puts a noiseless point of class {@code label} of {@code kind} into {@code out}. */
    private static void shape(DatasetKind kind, int label, Random random, double[] out) {
        switch (kind) {
            case SPIRAL -> spiral(label, random.nextDouble(), out);
            case XOR -> xor(label, random.nextDouble(), random.nextDouble(), out);
            case CIRCLES -> circles(label, random.nextDouble(), random.nextDouble(), out);
            case MOONS -> moons(label, random.nextDouble(), out);
            default -> throw new IllegalArgumentException("not a Playground picture: " + kind);
        }
    }

    private static void spiral(int label, double t, double[] out) {
        double r = RADIUS * t;
        double angle = SPIRAL_TURNS * 2 * Math.PI * t + label * Math.PI;
        out[0] = r * StrictMath.sin(angle);
        out[1] = r * StrictMath.cos(angle);
    }

    /** u picks x in [−R, R] (then pushed off the axis), v picks |y|; y takes x's sign for class 0, the other's for 1. */
    private static void xor(int label, double u, double v, double[] out) {
        double x = -RADIUS + 2 * RADIUS * u;
        x += x >= 0 ? XOR_MARGIN : -XOR_MARGIN;
        double size = RADIUS * v + XOR_MARGIN;
        boolean sameSign = label == 0;
        out[0] = x;
        out[1] = (x > 0) == sameSign ? size : -size;
    }

    private static void circles(int label, double u, double v, double[] out) {
        double r = label == 0 ? DISC_RADIUS * u : RING_INNER + (RADIUS - RING_INNER) * u;
        double angle = 2 * Math.PI * v;
        out[0] = r * StrictMath.sin(angle);
        out[1] = r * StrictMath.cos(angle);
    }

    private static void moons(int label, double t, double[] out) {
        double theta = Math.PI * t;
        double x = label == 0 ? StrictMath.cos(theta) : 1 - StrictMath.cos(theta);
        double y = label == 0 ? StrictMath.sin(theta) : 0.5 - StrictMath.sin(theta);
        out[0] = MOON_SCALE * (x - 0.5);
        out[1] = MOON_SCALE * (y - 0.25);
    }
}
