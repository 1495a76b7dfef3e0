package org.descentlab.core.surface;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Everything about a surface except its formula: what the UI and the command line show and where walkers start.
 *
 * @param id short stable identifier used on the command line ({@code rosenbrock})
 * @param name display name
 * @param description one line for students: what this surface teaches, true of the race it opens with
 * @param bounds the plotted rectangle
 * @param start the default start point of a race
 * @param minima every known minimum, global ones marked
 * @param saddlePoints known saddle points (drawn as markers)
 * @param suggestedLearningRate a learning rate with which plain gradient descent makes visible progress
 * @param logColourScale whether the range of f is so large that a log colour scale reads better
 * @param openingRates learning rates, by optimizer id, that the race opens with where the description needs them
 *     (a tuned rate would hide the lesson); optimizers not listed open with a tuned rate
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
        boolean logColourScale,
        Map<String, Double> openingRates) {

    /** Copies the lists and checks that at least one global minimum is declared and every opening rate is positive. */
    public SurfaceInfo {
        minima = List.copyOf(minima);
        saddlePoints = List.copyOf(saddlePoints);
        openingRates = Map.copyOf(openingRates);
        if (minima.stream().noneMatch(Minimum::global)) {
            throw new IllegalArgumentException(id + ": no global minimum declared");
        }
        openingRates.forEach((optimizer, rate) -> {
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException(id + ": opening rate of " + optimizer + " must be positive");
            }
        });
    }

    /** A surface whose race opens with tuned learning rates for every optimizer. */
    public SurfaceInfo(String id, String name, String description, Bounds bounds, Point start, List<Minimum> minima,
            List<Point> saddlePoints, double suggestedLearningRate, boolean logColourScale) {
        this(id, name, description, bounds, start, minima, saddlePoints, suggestedLearningRate, logColourScale,
                Map.of());
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

    /** The learning rate the race opens with for optimizer {@code optimizerId}, if this surface declares one. */
    public OptionalDouble openingRate(String optimizerId) {
        Double rate = openingRates.get(optimizerId);
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }
}
