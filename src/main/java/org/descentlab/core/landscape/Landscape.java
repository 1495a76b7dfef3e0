package org.descentlab.core.landscape;

import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.SurfaceGrid;

/**
 * A computed loss landscape: f(a, b) = L(θ + a·d₁ + b·d₂) on the N × N grid of its {@link LandscapePlan}, the training
 * path on the plane, and the current point θ at (0, 0). {@link #heatMap()} gives it to the Surfaces tab's heat-map,
 * contour and colour-bar code; the axis texts take {@link Plane#share} of {@link #plane()}.
 *
 * <p>Immutable.
 */
public final class Landscape {

    private final LandscapePlan plan;
    private final double[] values;

    Landscape(LandscapePlan plan, double[] values) {
        if (values.length != plan.size() * plan.size()) {
            throw new IllegalArgumentException("a " + plan.size() + " × " + plan.size() + " landscape needs "
                    + plan.size() * plan.size() + " values, got " + values.length);
        }
        this.plan = plan;
        this.values = values;
    }

    /** The plan: request, plane, path, span and coordinates. */
    public LandscapePlan plan() {
        return plan;
    }

    /** The plane through θ. */
    public Plane plane() {
        return plan.plane();
    }

    /** The training path on the plane. */
    public PathProjection path() {
        return plan.path();
    }

    /** Samples per side N. */
    public int size() {
        return plan.size();
    }

    /** Half the side S of the square drawn. */
    public double span() {
        return plan.span();
    }

    /** a of column i. */
    public double a(int i) {
        return plan.a(i);
    }

    /** b of row j (row 0 at the top). */
    public double b(int j) {
        return plan.b(j);
    }

    /** The loss at sample (i, j): column i, row j from the top. */
    public double value(int i, int j) {
        return values[j * plan.size() + i];
    }

    /** The values as a grid whose cell centres are the samples, for the heat map and contour code. */
    public SurfaceGrid grid() {
        return SurfaceGrid.of(plan.bounds(), plan.size(), plan.size(), values);
    }

    /**
     * The heat map (linear and log colours) and contour lines, as the Surfaces tab draws a surface's.
     *
     * @throws IllegalArgumentException if a loss is not a finite number (weights so large that the logits overflow)
     */
    public HeatMap heatMap() {
        return HeatMap.of(grid());
    }
}
