package org.descentlab.core.surface;

import java.util.Arrays;

/**
 * f sampled on a regular grid over a rectangle: the data behind the heat map and the contour lines. Sample (i, j)
 * sits at the centre of cell i of {@code columns} across and cell j of {@code rows} down from the top (y decreasing),
 * as an image is drawn.
 */
public final class SurfaceGrid {

    private final Bounds bounds;
    private final int columns;
    private final int rows;
    private final double[] values;
    private final double min;
    private final double max;
    private final boolean allFinite;

    private SurfaceGrid(Bounds bounds, int columns, int rows, double[] values) {
        this.bounds = bounds;
        this.columns = columns;
        this.rows = rows;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (double v : values) {
            if (Double.isFinite(v)) { // a typed surface may be undefined in places (log of a negative number)
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                finite++;
            }
        }
        this.allFinite = finite == values.length;
        this.min = lo <= hi ? lo : 0;
        this.max = lo <= hi ? hi : 0;
    }

    /** Samples {@code surface} over {@code bounds}. */
    public static SurfaceGrid sample(Surface surface, Bounds bounds, int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 samples");
        }
        double[] values = new double[columns * rows];
        for (int j = 0; j < rows; j++) {
            double y = bounds.yMax() - (j + 0.5) * bounds.height() / rows;
            for (int i = 0; i < columns; i++) {
                double x = bounds.xMin() + (i + 0.5) * bounds.width() / columns;
                values[j * columns + i] = surface.value(x, y);
            }
        }
        return new SurfaceGrid(bounds, columns, rows, values);
    }

    /**
     * A grid of values computed elsewhere (a network's loss landscape), laid out as {@link #sample} lays them out:
     * {@code values[j·columns + i]} is f at the centre of column i and row j from the top. The values are copied.
     *
     * @throws IllegalArgumentException if the grid is smaller than 2 × 2, the array's length is not
     *     {@code columns·rows}, or a value is not a finite number (the colour scale and the contours need finite ones)
     */
    public static SurfaceGrid of(Bounds bounds, int columns, int rows, double[] values) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 samples");
        }
        if (values.length != columns * rows) {
            throw new IllegalArgumentException("a " + columns + " × " + rows + " grid needs " + columns * rows
                    + " values, got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a grid's values must be finite numbers, got " + v);
            }
        }
        return new SurfaceGrid(bounds, columns, rows, values.clone());
    }

    public Bounds bounds() {
        return bounds;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** f at sample (i, j). */
    public double value(int i, int j) {
        return values[j * columns + i];
    }

    /** x of column i's centre. */
    public double x(double i) {
        return bounds.xMin() + (i + 0.5) * bounds.width() / columns;
    }

    /** y of row j's centre. */
    public double y(double j) {
        return bounds.yMax() - (j + 0.5) * bounds.height() / rows;
    }

    /** Whether every sample is finite (always, but on a typed surface undefined in places). */
    public boolean allFinite() {
        return allFinite;
    }

    /** The smallest finite sample (0 if none is finite). */
    public double min() {
        return min;
    }

    /** The largest finite sample (0 if none is finite). */
    public double max() {
        return max;
    }

    /**
     * {@code count} contour levels at evenly spaced quantiles of the sampled values, so that each band between two
     * lines covers about the same area whatever the surface's range: a bowl and Rosenbrock's valley both get lines
     * where the eye needs them.
     */
    public double[] quantileLevels(int count) {
        // Quantiles of an evenly strided sample of at most ~40,000 values: as good for placing lines, and sorting
        // it is ten times faster than sorting a 600 × 600 grid.
        int stride = Math.max(1, values.length / 40_000);
        double[] sorted = new double[(values.length + stride - 1) / stride];
        int k = 0;
        for (int i = 0; i < values.length; i += stride) {
            if (Double.isFinite(values[i])) {
                sorted[k++] = values[i];
            }
        }
        if (k == 0) {
            return new double[0];
        }
        sorted = Arrays.copyOf(sorted, k);
        Arrays.sort(sorted);
        double[] levels = new double[count];
        int distinct = 0;
        for (k = 0; k < count; k++) {
            double level = sorted[(int) Math.min(sorted.length - 1, Math.round((k + 0.5) / count * sorted.length))];
            if (distinct == 0 || level > levels[distinct - 1]) {
                levels[distinct++] = level;
            }
        }
        return Arrays.copyOf(levels, distinct);
    }
}
