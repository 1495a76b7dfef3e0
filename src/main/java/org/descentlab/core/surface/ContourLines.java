package org.descentlab.core.surface;

/**
 * Contour lines of a {@link SurfaceGrid} by marching squares: for each level, the line segments where the linear
 * interpolation of f between neighbouring samples crosses that level, in surface coordinates.
 *
 * <p>Each square of four neighbouring samples is classified by which corners lie above the level (16 cases); an
 * edge whose ends lie on different sides holds one crossing point. The two saddle cases (diagonal corners above) are
 * resolved by the mean of the four corners, the usual disambiguation.
 */
public final class ContourLines {

    /** Segments of one level: x₀, y₀, x₁, y₁ for each segment, packed. */
    public record Level(double value, double[] segments) {

        /** Number of segments. */
        public int size() {
            return segments.length / 4;
        }
    }

    private ContourLines() {
    }

    /**
     * The contour segments of {@code grid} at each of {@code levels}: for each level exactly what
     * {@link #trace(SurfaceGrid, double)} gives, in the same order, from one pass over the squares. A square holds a
     * segment of level ℓ only if its lowest corner is ≤ ℓ and its highest is > ℓ (else all four corners are on one
     * side), so each square is visited once and only the few levels between its lowest and highest corner are traced
     * in it: 20 levels of a 600 × 600 grid went from some 65 ms to a few.
     */
    public static Level[] trace(SurfaceGrid grid, double[] levels) {
        int n = levels.length;
        // The levels in increasing order (NaN last: no corner is ever above or below a NaN level, so it gets none).
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            boxed[k] = k;
        }
        java.util.Arrays.sort(boxed, (p, q) -> Double.compare(levels[p], levels[q]));
        int[] order = new int[n];
        double[] sorted = new double[n];
        var buffers = new SegmentBuffer[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            sorted[k] = levels[order[k]];
            buffers[k] = new SegmentBuffer();
        }
        boolean someUndefined = !grid.allFinite();
        // The first level ≥ the square's lowest corner, carried from square to square: neighbours are alike.
        int first = 0;
        for (int j = 0; j + 1 < grid.rows(); j++) {
            for (int i = 0; i + 1 < grid.columns(); i++) {
                if (someUndefined && !finiteSquare(grid, i, j)) {
                    continue;
                }
                double a = grid.value(i, j);
                double b = grid.value(i + 1, j);
                double c = grid.value(i + 1, j + 1);
                double d = grid.value(i, j + 1);
                double low = Math.min(Math.min(a, b), Math.min(c, d));
                double high = Math.max(Math.max(a, b), Math.max(c, d));
                while (first > 0 && !(sorted[first - 1] < low)) {
                    first--;
                }
                while (first < n && sorted[first] < low) {
                    first++;
                }
                for (int k = first; k < n && sorted[k] < high; k++) {
                    square(grid, i, j, sorted[k], buffers[k]);
                }
            }
        }
        var result = new Level[n];
        for (int k = 0; k < n; k++) {
            result[order[k]] = new Level(sorted[k], buffers[k].toArray());
        }
        return result;
    }

    /** The contour segments of {@code grid} at {@code level}. */
    public static double[] trace(SurfaceGrid grid, double level) {
        var out = new SegmentBuffer();
        boolean someUndefined = !grid.allFinite();
        for (int j = 0; j + 1 < grid.rows(); j++) {
            for (int i = 0; i + 1 < grid.columns(); i++) {
                if (someUndefined && !finiteSquare(grid, i, j)) {
                    continue; // where a typed surface is undefined, no line is drawn
                }
                square(grid, i, j, level, out);
            }
        }
        return out.toArray();
    }

    private static void square(SurfaceGrid g, int i, int j, double level, SegmentBuffer out) {
        // Corners in drawing order: a = top-left (i, j), b = top-right, c = bottom-right, d = bottom-left.
        double a = g.value(i, j);
        double b = g.value(i + 1, j);
        double c = g.value(i + 1, j + 1);
        double d = g.value(i, j + 1);
        int code = (a > level ? 8 : 0) | (b > level ? 4 : 0) | (c > level ? 2 : 0) | (d > level ? 1 : 0);
        if (code == 0 || code == 15) {
            return;
        }
        // Crossing points on the four edges, as fractional grid indices (column, row).
        double topT = fraction(a, b, level);
        double rightT = fraction(b, c, level);
        double bottomT = fraction(d, c, level);
        double leftT = fraction(a, d, level);
        double[] top = {i + topT, j};
        double[] right = {i + 1, j + rightT};
        double[] bottom = {i + bottomT, j + 1};
        double[] left = {i, j + leftT};
        switch (code) {
            case 1, 14 -> out.add(g, left, bottom);
            case 2, 13 -> out.add(g, bottom, right);
            case 3, 12 -> out.add(g, left, right);
            case 4, 11 -> out.add(g, top, right);
            case 6, 9 -> out.add(g, top, bottom);
            case 7, 8 -> out.add(g, left, top);
            case 5, 10 -> {
                // Saddle square: a and c on one side, b and d on the other. The centre decides which pairs connect.
                boolean centreAbove = (a + b + c + d) / 4 > level;
                boolean aAbove = code == 10;
                if (centreAbove == aAbove) {
                    out.add(g, left, bottom);
                    out.add(g, top, right);
                } else {
                    out.add(g, left, top);
                    out.add(g, bottom, right);
                }
            }
            default -> throw new AssertionError(code);
        }
    }

    private static boolean finiteSquare(SurfaceGrid g, int i, int j) {
        return Double.isFinite(g.value(i, j)) && Double.isFinite(g.value(i + 1, j))
                && Double.isFinite(g.value(i + 1, j + 1)) && Double.isFinite(g.value(i, j + 1));
    }

    private static double fraction(double from, double to, double level) {
        double t = (level - from) / (to - from);
        return Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5;
    }

    /** A growable packed array of segments. */
    private static final class SegmentBuffer {
        private double[] data = new double[256];
        private int size;

        void add(SurfaceGrid g, double[] p, double[] q) {
            if (size + 4 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = g.x(p[0]);
            data[size++] = g.y(p[1]);
            data[size++] = g.x(q[0]);
            data[size++] = g.y(q[1]);
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
