package org.descentlab.core.landscape;

import java.util.Objects;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;

/**
 * What loss landscape to compute: the training loss of {@code data} on the plane through {@code centre}.
 *
 * @param data the points whose mean cross-entropy is the loss (the training set)
 * @param centre θ, the point (0, 0) of the plane: the current (normally the final) parameters
 * @param activation the network's hidden activation
 * @param trajectory the training path, or {@code null}; required for {@link Directions#PCA}
 * @param directions how the plane is chosen
 * @param size samples per side N, within {@link LandscapeLimits#GRID}
 * @param span half the side S of the square [−S, S]² drawn, within {@link LandscapeLimits#SPAN}, or NaN for the
 *     default: 1 for random directions, for PCA the square that holds the projected path with a margin
 * @param seed the random directions' seed (unused for PCA)
 */
public record LandscapeRequest(Dataset data, Parameters centre, Activation activation, Trajectory trajectory,
        Directions directions, int size, double span, long seed) {

    /**
     * Checks everything that can be checked without computing.
     *
     * @throws IllegalArgumentException in words for a student: no points, labels the network has no outputs for, a
     *     size or span out of range, PCA without a trajectory, or a trajectory of another network
     */
    public LandscapeRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(directions, "directions");
        if (data.size() == 0) {
            throw new IllegalArgumentException("the dataset has no points to compute the loss on");
        }
        if (data.classes() > centre.shape().classes()) {
            throw new IllegalArgumentException("the dataset has labels up to " + (data.classes() - 1)
                    + " but the network has only " + centre.shape().classes() + " outputs");
        }
        LandscapeLimits.GRID.check(size, "grid size");
        if (!Double.isNaN(span)) {
            LandscapeLimits.SPAN.check(span, "span");
        }
        if (directions == Directions.PCA && trajectory == null) {
            throw new IllegalArgumentException("principal directions need the training path (a trajectory)");
        }
        if (trajectory != null && trajectory.parameterCount() != centre.values().length) {
            throw new IllegalArgumentException("the trajectory has " + trajectory.parameterCount()
                    + " parameters per epoch but the " + centre.shape().describe() + " network has "
                    + centre.values().length + ": it is the path of another network");
        }
    }

    /** The seed's default: a 101 × 101 grid, default span, seed 0. */
    public static LandscapeRequest of(Dataset data, Parameters centre, Activation activation, Trajectory trajectory,
            Directions directions) {
        return new LandscapeRequest(data, centre, activation, trajectory, directions,
                (int) LandscapeLimits.GRID.defaultValue(), Double.NaN, 0);
    }
}
