package org.descentlab.core.scene;

import java.util.List;
import java.util.Locale;

/**
 * The declared limits of the network tab's settings, for the window, the {@code train} command and scene files alike.
 * They are chosen so that a classroom machine holds any single setting (a 2-1024-50 network on 500,000 points in
 * batches of 32 needs well under 100 MB); combinations that would not fit, such as full batches of 500,000 points
 * through 1,024 units, are refused by {@link #memoryProblem} before anything is allocated.
 */
public final class NetworkLimits {

    /** Classes k = clusters to generate; also the most classes a dataset file may hold. */
    public static final Limit CLUSTERS = Limit.whole("clusters", "Clusters", "--clusters", 10, 2, 50);
    /** Points drawn around each cluster centre. */
    public static final Limit POINTS_PER_CLUSTER =
            Limit.whole("pointsPerCluster", "Points per cluster", "--points", 100, 1, 10_000);
    /** Standard deviation σ of each cluster. */
    public static final Limit SPREAD = Limit.real("spread", "Spread σ", "--spread", 1, 0, 10);
    /** Share of each class held out for validation. */
    public static final Limit VALIDATION_SPLIT =
            Limit.real("validationSplit", "Validation split", "--val-split", 0, 0, 0.9);
    /** Units H of the hidden layer. */
    public static final Limit HIDDEN = Limit.whole("hidden", "Hidden units", "--hidden", 128, 1, 1024);
    /** Hidden layers of the network, each {@link #HIDDEN} units wide. */
    public static final Limit LAYERS = Limit.whole("layers", "Hidden layers", "--layers", 1, 1,
            org.descentlab.core.nn.NetworkShape.MAX_DEPTH);
    /** Passes over the data of a full run. */
    public static final Limit EPOCHS = Limit.whole("epochs", "Epochs", "--epochs", 1000, 0, 1_000_000);
    /** Points per optimizer step (a batch larger than the data is all of it); or {@link #FULL_BATCH}. */
    public static final Limit BATCH = Limit.whole("batchSize", "Batch size", "--batch", 32, 1, 500_000);
    /**
     * The L2 penalty λ: (λ/2)·Σw² over the weights is added to the loss minimised (PyTorch's {@code weight_decay});
     * 0 for none.
     */
    public static final Limit L2 = Limit.real("l2", "L2 penalty λ", "--l2", 0, 0, 1);
    /** Share of hidden units dropped in every training step (inverted dropout); 0 for none. */
    public static final Limit DROPOUT = Limit.real("dropout", "Dropout", "--dropout", 0, 0, 0.9);
    /** Early stopping's patience: epochs without a better validation loss before training stops; 0 for never. */
    public static final Limit EARLY_STOPPING =
            Limit.whole("earlyStopping", "Early stopping patience", "--early-stopping", 0, 0, 100_000);
    /** σ of the Gaussian noise added to the points of a generated spiral, XOR, circles or moons dataset. */
    public static final Limit NOISE = Limit.real("dataNoise", "Data noise σ", "--noise", 0.5, 0, 5);
    /** Epochs per second at most when training in the window; 0 means as fast as possible. */
    public static final Limit SPEED_LIMIT = Limit.real("speedLimit", "Speed limit", "", 0, 0, 1000);

    /** A batch size meaning "the whole training set in every step". */
    public static final int FULL_BATCH = Integer.MAX_VALUE;
    /** The most classes a network or a dataset may have. */
    public static final int MAX_CLASSES = (int) CLUSTERS.max();
    /** The most points a dataset may have: as many as the largest generated one. */
    public static final int MAX_POINTS = (int) (CLUSTERS.max() * POINTS_PER_CLUSTER.max());
    /** Share of the Java heap a training run may plan to use, leaving room for the window and the maps. */
    public static final double HEAP_SHARE = 0.5;

    private NetworkLimits() {
    }

    /** Every declared limit, for listings and tests. */
    public static List<Limit> all() {
        return List.of(CLUSTERS, POINTS_PER_CLUSTER, SPREAD, VALIDATION_SPLIT, HIDDEN, LAYERS, EPOCHS, BATCH, L2,
                DROPOUT, EARLY_STOPPING, NOISE, SPEED_LIMIT);
    }

    /** {@link #trainingBytes(long, long, long, long, int)} of a network with one hidden layer. */
    public static long trainingBytes(long points, long hidden, long classes, long batchSize) {
        return trainingBytes(points, hidden, classes, batchSize, 1);
    }

    /**
     * Bytes a training run of this size allocates, roughly: per point of a batch, the batch kernel keeps H-float rows
     * (each hidden layer's activations, the back-propagated error (two alternating rows from two layers on), the last
     * layer's transpose and a flat copy: four rows for one hidden layer) and per class two float and one double
     * column; the data itself (two doubles and a label per point); and the parameter vector with about six copies
     * (gradient, optimizer moments, snapshots).
     */
    public static long trainingBytes(long points, long hidden, long classes, long batchSize, int layers) {
        long capacity = Math.min(batchSize, points);
        long rows = layers + Math.min(layers, 2) + 2;
        long perPoint = 4 * rows * hidden + 16 * classes + 32;
        long kernels = (capacity + Math.min(256, points)) * perPoint;
        long data = points * 24;
        long weights = hidden * 3 + classes * (hidden + 1) + (layers - 1L) * hidden * (hidden + 1);
        long parameters = 8 * 6 * weights;
        return kernels + data + parameters;
    }

    /**
     * Why {@code runs} runs of this size would not fit in {@code availableBytes} ({@link #HEAP_SHARE} of the Java
     * heap), or {@code null} if they would.
     */
    public static Problem memoryProblem(long points, long hidden, long classes, long batchSize, int runs,
            long availableBytes) {
        return memoryProblem(points, hidden, classes, java.util.Collections.nCopies(runs, batchSize), availableBytes);
    }

    /**
     * Why runs of these batch sizes, one entry per run (compared runs may each have their own), would not fit in
     * {@code availableBytes} ({@link #HEAP_SHARE} of the Java heap), or {@code null} if they would.
     */
    public static Problem memoryProblem(long points, long hidden, long classes, List<? extends Number> batchSizes,
            long availableBytes) {
        return memoryProblem(points, hidden, 1, classes, batchSizes, availableBytes);
    }

    /**
     * Why runs of a network with {@code layers} hidden layers of {@code hidden} units, one run per entry of
     * {@code batchSizes}, would not fit in {@code availableBytes} ({@link #HEAP_SHARE} of the Java heap), or
     * {@code null} if they would.
     */
    public static Problem memoryProblem(long points, long hidden, int layers, long classes,
            List<? extends Number> batchSizes, long availableBytes) {
        long need = 0;
        long largest = 0;
        for (Number size : batchSizes) {
            need += trainingBytes(points, hidden, classes, size.longValue(), layers);
            largest = Math.max(largest, size.longValue());
        }
        long allowed = (long) (availableBytes * HEAP_SHARE);
        if (need <= allowed) {
            return null;
        }
        int runs = batchSizes.size();
        boolean mixed = batchSizes.stream().map(Number::longValue).distinct().count() > 1;
        String batch = (largest >= points ? "full batches of " + points + " points" : "batches of " + largest)
                + (mixed ? " (the largest)" : "");
        return Problem.of(String.format(Locale.ROOT, "Not enough memory: %s through %s hidden units%s need about %s, "
                + "but only %s can be spared; try a smaller batch, fewer points or fewer hidden units", batch,
                layers > 1 ? layers + " layers of " + hidden : hidden, runs > 1 ? " in " + runs + " runs" : "",
                bytes(need), bytes(allowed)));
    }

    /** {@code 1.2 GB}, {@code 850 MB}. */
    static String bytes(long n) {
        return n >= 1_000_000_000L ? String.format(Locale.ROOT, "%.1f GB", n / 1e9)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(n / 1e6)));
    }
}
