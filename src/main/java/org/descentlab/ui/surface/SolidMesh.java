package org.descentlab.ui.surface;

import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.ColourScale;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.Viridis;

/**
 * The surface as the 3D view draws it, as plain arrays for a JavaFX {@code TriangleMesh} (no JavaFX here: tested
 * without a toolkit): an n × n grid of vertices over the whole plot, edges included, each at the height
 * {@link SolidHeight} gives its f, two triangles per cell, and a texture coordinate that picks the vertex's colour from
 * a strip of the heat map's colours ({@link #textureArgb}), so that a vertex has the colour the heat map gives the
 * same f.
 *
 * <p>World coordinates are JavaFX's: X to the right, Y down, Z away from the viewer. Surface x goes along X, y along
 * Z (larger y farther away, as up is on the flat plot) and height up (−Y), so the surface is not mirrored. The longer
 * side of the plot is {@link #SIZE} units long, the whole height range {@link #TALL} units, centred on the origin.
 */
public final class SolidMesh {

    /** The length of the plot's longer side, in world units. */
    public static final float SIZE = 100;
    /** The height of the whole range of f, in world units. */
    public static final float TALL = 42;
    /** The width of the colour strip the texture coordinates point into. */
    public static final int TEXTURE_WIDTH = 256;
    /** The most pieces one step of a path is cut into to lie on the surface ({@link #drape}). */
    public static final int MAX_PIECES = 64;

    private final Bounds bounds;
    private final int n;
    private final double[] values;
    private final ColourScale colours;
    private final SolidHeight height;
    private final double scale;
    private final float[] points;
    private final float[] texCoords;
    private final int[] faces;

    private SolidMesh(Bounds bounds, int n, double[] values, ColourScale colours) {
        this.bounds = bounds;
        this.n = n;
        this.values = values;
        this.colours = colours;
        this.height = SolidHeight.of(colours, values);
        this.scale = SIZE / Math.max(bounds.width(), bounds.height());
        this.points = new float[3 * n * n];
        this.texCoords = new float[2 * n * n];
        this.faces = new int[12 * (n - 1) * (n - 1)];
        fillVertices();
        fillFaces();
    }

    /**
     * Samples {@code surface} over its plot bounds on an {@code n} × {@code n} grid and colours it with
     * {@code colours} (the heat map's scale in use, so that the same f has the same colour in both views).
     */
    public static SolidMesh build(Surface surface, int n, ColourScale colours) {
        if (n < 2) {
            throw new IllegalArgumentException("a mesh needs at least 2 × 2 vertices");
        }
        var bounds = surface.info().bounds();
        double[] values = new double[n * n];
        for (int j = 0; j < n; j++) {
            double y = bounds.yMin() + j * bounds.height() / (n - 1);
            for (int i = 0; i < n; i++) {
                values[j * n + i] = surface.value(bounds.xMin() + i * bounds.width() / (n - 1), y);
            }
        }
        return new SolidMesh(bounds, n, values, colours);
    }

    /** The same surface coloured (and so maybe raised) by another scale: the values are not sampled again. */
    public SolidMesh withColours(ColourScale other) {
        return new SolidMesh(bounds, n, values, other);
    }

    private void fillVertices() {
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double f = values[k];
                points[3 * k] = (float) worldX(x(i));
                points[3 * k + 1] = (float) worldY(height.of(f));
                points[3 * k + 2] = (float) worldZ(y(j));
                texCoords[2 * k] = textureU(colours.position(f));
                texCoords[2 * k + 1] = 0.5f;
            }
        }
    }

    /**
     * Cell (i, j) to (i + 1, j + 1) as triangles (i, j)(i + 1, j)(i + 1, j + 1) and (i, j)(i + 1, j + 1)(i, j + 1): in
     * this order JavaFX takes the upper side for the front, and lights it.
     */
    private void fillFaces() {
        int f = 0;
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n - 1; i++) {
                int a = j * n + i;
                int b = a + 1;
                int c = a + n + 1;
                int d = a + n;
                for (int v : new int[] {a, b, c, a, c, d}) {
                    faces[f++] = v; // the point
                    faces[f++] = v; // its texture coordinate: one per point
                }
            }
        }
    }

    /** The texture coordinate u of colour-scale position {@code t}: the centre of the strip's pixel for it. */
    static float textureU(double t) {
        int k = t > 0 ? (int) Math.min(TEXTURE_WIDTH - 1, Math.round(t * (TEXTURE_WIDTH - 1))) : 0;
        return (k + 0.5f) / TEXTURE_WIDTH;
    }

    /** The colour strip's pixel {@code k} (of {@link #TEXTURE_WIDTH}), as opaque ARGB. */
    public static int textureArgb(int k) {
        return Viridis.argb(k / (double) (TEXTURE_WIDTH - 1));
    }

    /** The colour vertex (i, j) is drawn with: the strip's pixel its texture coordinate falls in. */
    public int colour(int i, int j) {
        float u = texCoords[2 * (j * n + i)];
        return textureArgb(Math.min(TEXTURE_WIDTH - 1, (int) Math.floor(u * TEXTURE_WIDTH)));
    }

    /** x of column i. */
    public double x(int i) {
        return bounds.xMin() + i * bounds.width() / (n - 1);
    }

    /** y of row j. */
    public double y(int j) {
        return bounds.yMin() + j * bounds.height() / (n - 1);
    }

    /** f at vertex (i, j). */
    public double value(int i, int j) {
        return values[j * n + i];
    }

    /** World X of surface x. */
    public double worldX(double x) {
        return (x - (bounds.xMin() + bounds.xMax()) / 2) * scale;
    }

    /** World Z of surface y. */
    public double worldZ(double y) {
        return (y - (bounds.yMin() + bounds.yMax()) / 2) * scale;
    }

    /** World Y of height {@code h} in [0, 1] (up is −Y). */
    public static double worldY(double h) {
        return -TALL * (h - 0.5);
    }

    /**
     * World Y of the mesh over surface point (x, y): on the triangle that holds it, so that what lies there lies on
     * the surface as drawn, not under or over it. Points outside the plot are taken at its nearest edge.
     */
    public double meshY(double x, double y) {
        double fi = clamp((x - bounds.xMin()) / bounds.width() * (n - 1), n - 1);
        double fj = clamp((y - bounds.yMin()) / bounds.height() * (n - 1), n - 1);
        int i = Math.min((int) fi, n - 2);
        int j = Math.min((int) fj, n - 2);
        double u = fi - i;
        double v = fj - j;
        double ya = pointY(i, j);
        double yc = pointY(i + 1, j + 1);
        if (u >= v) {
            return ya + u * (pointY(i + 1, j) - ya) + v * (yc - pointY(i + 1, j));
        }
        return ya + v * (pointY(i, j + 1) - ya) + u * (yc - pointY(i, j + 1));
    }

    /**
     * World X, Y, Z of surface point (x, y) lying on the mesh, raised by {@code lift} world units (so that a tube of
     * that radius lies on it rather than half in it); a point outside the plot is put at its nearest edge.
     */
    public double[] onMesh(double x, double y, double lift) {
        double cx = clampTo(x, bounds.xMin(), bounds.xMax());
        double cy = clampTo(y, bounds.yMin(), bounds.yMax());
        return new double[] {worldX(cx), meshY(cx, cy) - lift, worldZ(cy)};
    }

    /**
     * The step from surface point (x0, y0) to (x1, y1) draped over the mesh: the straight line of the flat plot, cut
     * into pieces no longer than a cell (at most {@link #MAX_PIECES}), each end on the mesh raised by {@code lift}
     * ({@link #onMesh}). Both ends included; a step that leaves the plot is cut at its edge, as the flat plot clips it.
     */
    public java.util.List<double[]> drape(double x0, double y0, double x1, double y1, double lift) {
        double ax = clampTo(x0, bounds.xMin(), bounds.xMax());
        double ay = clampTo(y0, bounds.yMin(), bounds.yMax());
        double bx = clampTo(x1, bounds.xMin(), bounds.xMax());
        double by = clampTo(y1, bounds.yMin(), bounds.yMax());
        double cells = Math.max(Math.abs(bx - ax) / bounds.width(), Math.abs(by - ay) / bounds.height()) * (n - 1);
        int pieces = (int) Math.max(1, Math.min(MAX_PIECES, Math.ceil(cells)));
        var out = new java.util.ArrayList<double[]>(pieces + 1);
        for (int k = 0; k <= pieces; k++) {
            double t = k / (double) pieces;
            out.add(onMesh(ax + t * (bx - ax), ay + t * (by - ay), lift));
        }
        return out;
    }

    private static double clampTo(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    private double pointY(int i, int j) {
        return points[3 * (j * n + i) + 1];
    }

    private static double clamp(double v, double hi) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(hi, v));
    }

    /** Vertices along each side. */
    public int size() {
        return n;
    }

    public Bounds bounds() {
        return bounds;
    }

    /** How f becomes height here. */
    public SolidHeight height() {
        return height;
    }

    public ColourScale colours() {
        return colours;
    }

    /** X, Y, Z of every vertex, row by row from y's minimum (the arrays are the mesh's own: do not change them). */
    public float[] points() {
        return points;
    }

    /** u, v of every vertex. */
    public float[] texCoords() {
        return texCoords;
    }

    /** Point and texture-coordinate index of each triangle's three corners. */
    public int[] faces() {
        return faces;
    }

    /** World width (along X) and depth (along Z) of the plot. */
    public double worldWidth() {
        return bounds.width() * scale;
    }

    public double worldDepth() {
        return bounds.height() * scale;
    }
}
