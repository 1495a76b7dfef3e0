package org.descentlab.core.nn;

/**
 * How to make the seed's training data: {@code clusters} centres drawn uniformly from [−range, range]², and
 * {@code pointsPerCluster} points around each centre drawn from centre + N(0, spread²·I). The seed script uses
 * 10 clusters of 100 points, spread 1, range 8 and seed 0 ({@link #defaults()}).
 *
 * @param clusters number of classes k, each one Gaussian blob
 * @param pointsPerCluster points drawn around each centre
 * @param spread standard deviation σ of each blob (per coordinate)
 * @param range centres are uniform in [−range, range] in each coordinate
 * @param seed seed of the one random stream all draws come from
 * @param validationFraction share of each class held out for validation, in [0, 1); 0 means no validation set
 */
public record ClusterSettings(
        int clusters, int pointsPerCluster, double spread, double range, long seed, double validationFraction) {

    /** Checks that every count is positive and every scale finite and non-negative. */
    public ClusterSettings {
        if (clusters < 1 || pointsPerCluster < 1) {
            throw new IllegalArgumentException("need at least one cluster of one point, got " + clusters + " × "
                    + pointsPerCluster);
        }
        if (!(spread >= 0) || !(range >= 0) || Double.isInfinite(spread) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("spread and range must be finite and non-negative: " + spread + ", "
                    + range);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
    }

    /** The seed script's data: 10 clusters × 100 points, σ = 1, centres in [−8, 8]², seed 0, no validation. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(10, 100, 1.0, 8.0, 0L, 0.0);
    }

    /** A copy with another seed. */
    public ClusterSettings withSeed(long newSeed) {
        return new ClusterSettings(clusters, pointsPerCluster, spread, range, newSeed, validationFraction);
    }

    /** A copy with another validation fraction. */
    public ClusterSettings withValidationFraction(double fraction) {
        return new ClusterSettings(clusters, pointsPerCluster, spread, range, seed, fraction);
    }

    /** Total number of points k·n before any split. */
    public int totalPoints() {
        return clusters * pointsPerCluster;
    }
}
