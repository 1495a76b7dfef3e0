package org.descentlab.core.surface;

import java.util.List;

/**
 * Everything about a surface except its formula: what the UI and the command line show and where walkers start.
 *
 * @param id short stable identifier used on the command line ({@code rosenbrock})
 * @param name display name
 * @param description one line for students: what this surface teaches
 * @param bounds the plotted rectangle
 * @param start the default start point of a race
 * @param minima every known minimum, global ones marked
 * @param saddlePoints known saddle points (drawn as markers)
 * @param suggestedLearningRate a learning rate with which plain gradient descent makes visible progress
 * @param logColourScale whether the range of f is so large that a log colour scale reads better
 */
public record SurfaceInfo(
        String id,
        String name,
        String description,
        Bounds bounds,
        Point start,
        List<Minimum> minima,
        List<Point> saddlePoints,
        double suggestedLearningRate,
        boolean logColourScale) {

    /** Copies the lists and checks that at least one global minimum is declared. */
    public SurfaceInfo {
        minima = List.copyOf(minima);
        saddlePoints = List.copyOf(saddlePoints);
        if (minima.stream().noneMatch(Minimum::global)) {
            throw new IllegalArgumentException(id + ": no global minimum declared");
        }
    }

    /** f*, the global minimum value. */
    public double minimumValue() {
        return minima.stream().filter(Minimum::global).mapToDouble(Minimum::value).min().orElseThrow();
    }

    /** The declared minimum nearest to (x, y). */
    public Minimum nearestMinimum(double x, double y) {
        var p = new Point(x, y);
        Minimum best = minima.get(0);
        for (Minimum m : minima) {
            if (m.point().distanceTo(p) < best.point().distanceTo(p)) {
                best = m;
            }
        }
        return best;
    }
}
