package org.descentlab.core.surface;

/**
 * Everything drawn behind the paths, computed once per surface: f on a grid, its viridis colours on a linear and on
 * a log scale (opaque ARGB pixels, row by row from the top), and the contour lines.
 *
 * <p>A typed surface may be undefined in places: a NaN sample gets a fully transparent pixel (the plot's background
 * shows through), +∞ and −∞ the top and bottom colours; the colour scale and the contour levels are taken from the
 * finite samples only, and no contour crosses a square with a corner that is not finite.
 *
 * <p>{@code surface} is the surface sampled, or {@code null} for a map made by {@link #of(SurfaceGrid)} from values
 * computed elsewhere (a network's loss landscape).
 */
public record HeatMap(
        Surface surface, SurfaceGrid grid, ColourScale linear, ColourScale log, int[] linearPixels, int[] logPixels,
        ContourLines.Level[] contours) {

    /** Number of contour lines drawn. */
    public static final int CONTOUR_COUNT = 20;
    /** The pixel where f is NaN: fully transparent. */
    public static final int UNDEFINED = 0;

    /** Samples {@code surface} over its bounds on a {@code columns} × {@code rows} grid and traces the contours. */
    public static HeatMap compute(Surface surface, int columns, int rows) {
        return colour(surface, SurfaceGrid.sample(surface, surface.info().bounds(), columns, rows));
    }

    /**
     * The colours and contours of values computed elsewhere (a network's loss landscape), on the same scales and
     * with the same contour levels as a surface's; {@link #surface()} is {@code null}.
     */
    public static HeatMap of(SurfaceGrid grid) {
        return colour(null, grid);
    }

    private static HeatMap colour(Surface surface, SurfaceGrid grid) {
        int columns = grid.columns();
        int rows = grid.rows();
        var linear = new ColourScale(grid.min(), grid.max(), false);
        var log = new ColourScale(grid.min(), grid.max(), true);
        int[] linearPixels = new int[columns * rows];
        int[] logPixels = new int[columns * rows];
        colourIn(grid, new ColourIndex(linear), linearPixels);
        colourIn(grid, new ColourIndex(log), logPixels);
        var contours = ContourLines.trace(grid, grid.quantileLevels(CONTOUR_COUNT));
        return new HeatMap(surface, grid, linear, log, linearPixels, logPixels, contours);
    }

    /** Each sample's viridis colour, as {@code Viridis.argb(scale.position(f))}; NaN is {@link #UNDEFINED}. */
    private static void colourIn(SurfaceGrid grid, ColourIndex index, int[] pixels) {
        int columns = grid.columns();
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < columns; i++) {
                double f = grid.value(i, j);
                pixels[j * columns + i] = Double.isNaN(f) ? UNDEFINED : Viridis.fromIndex(index.of(f));
            }
        }
    }

    /** The colour scale in use. */
    public ColourScale scale(boolean logScale) {
        return logScale ? log : linear;
    }

    /** The pixels in use. */
    public int[] pixels(boolean logScale) {
        return logScale ? logPixels : linearPixels;
    }
}
