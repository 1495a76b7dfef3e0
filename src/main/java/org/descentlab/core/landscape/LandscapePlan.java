package org.descentlab.core.landscape;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.descentlab.core.nn.FastLoss;
import org.descentlab.core.surface.Bounds;

/**
 * A {@link LandscapeRequest} resolved: the plane, the projected path and the span, and the grid's coordinates. What
 * is left is the slow part, the loss at every sample; rows of samples are independent, so threads may share them out,
 * each with a {@link LandscapeSampler} of its own ({@link #sampler()}).
 *
 * <p>The grid is N × N samples over [−S, S]²: sample (i, j) is column i from the left and row j from the top,
 * a_i = S·(2i − (N − 1))/(N − 1) and b_j = S·((N − 1) − 2j)/(N − 1), so the corners are exactly (±S, ±S) and, for
 * odd N, the middle sample is exactly (0, 0). Values are stored row by row from the top ({@code values[j·N + i]}), as a
 * {@link org.descentlab.core.surface.SurfaceGrid} stores them; its bounds reach half a cell beyond the samples, so that
 * its cell centres are these samples.
 *
 * <p>Immutable, so it may be shared between threads.
 */
public final class LandscapePlan {

    private final LandscapeRequest request;
    private final Plane plane;
    private final PathProjection path;
    private final double span;

    private LandscapePlan(LandscapeRequest request, Plane plane, PathProjection path, double span) {
        this.request = request;
        this.plane = plane;
        this.path = path;
        this.span = span;
    }

    /**
     * Chooses the plane (PCA from the trajectory, or seeded random directions), projects the trajectory onto it and
     * settles the span. PCA's SVD makes this take a moment for a deep network; do it off the UI thread.
     *
     * @throws IllegalArgumentException if no plane can be found (see {@link PrincipalDirections#of},
     *     {@link FilterNormalisedDirections#of})
     */
    public static LandscapePlan of(LandscapeRequest request) {
        double[] theta = request.centre().values();
        Plane plane = request.directions() == Directions.PCA
                ? PrincipalDirections.of(request.trajectory(), theta)
                : FilterNormalisedDirections.of(request.centre().shape(), theta, request.seed());
        PathProjection path = request.trajectory() == null ? PathProjection.NONE
                : plane.project(request.trajectory(), theta);
        double span = request.span();
        if (Double.isNaN(span)) {
            double extent = path.extent();
            span = request.directions() == Directions.PCA && extent > 0
                    ? extent * (1 + LandscapeLimits.PATH_MARGIN) : LandscapeLimits.SPAN.defaultValue();
        }
        return new LandscapePlan(request, plane, path, span);
    }

    /** What was asked for. */
    public LandscapeRequest request() {
        return request;
    }

    /** The plane through the centre. */
    public Plane plane() {
        return plane;
    }

    /** The trajectory's points on the plane ({@link PathProjection#NONE} without a trajectory). */
    public PathProjection path() {
        return path;
    }

    /** Half the side S of the square drawn. */
    public double span() {
        return span;
    }

    /** Samples per side N. */
    public int size() {
        return request.size();
    }

    /** a of column i. */
    public double a(int i) {
        int last = size() - 1;
        return span * (2.0 * i - last) / last;
    }

    /** b of row j (row 0 at the top, b = S). */
    public double b(int j) {
        int last = size() - 1;
        return span * (last - 2.0 * j) / last;
    }

    /** The rectangle whose N × N cell centres are the samples: [−S − h, S + h]², h = S/(N − 1). */
    public Bounds bounds() {
        double half = span + span / (size() - 1);
        return Bounds.square(half);
    }

    /** A sampler for one thread: its own fast loss and work vector. */
    public LandscapeSampler sampler() {
        var loss = new FastLoss(request.centre().shape(), request.activation(), request.data());
        return new LandscapeSampler(this, loss);
    }

    /** The landscape of {@code values} (N·N losses, row by row from the top; copied). */
    public Landscape landscape(double[] values) {
        return new Landscape(this, values.clone());
    }

    /**
     * Every sample on the calling thread, row by row.
     *
     * @param rowsDone told the number of rows done after each row
     * @param stop asked before each row; when it says true, the computation ends and {@code null} is returned
     */
    public Landscape compute(IntConsumer rowsDone, BooleanSupplier stop) {
        double[] values = new double[size() * size()];
        var sampler = sampler();
        for (int j = 0; j < size(); j++) {
            if (stop.getAsBoolean()) {
                return null;
            }
            sampler.sampleRow(j, values);
            rowsDone.accept(j + 1);
        }
        return new Landscape(this, values);
    }
}
