package org.descentlab.ui.surface;

/**
 * A path in the 3D view as a thin tube: a short prism of {@link #SIDES} sides around each piece of the line from one
 * point to the next, lengthened by the radius at both ends so that the joints of a zigzag have no gaps. The pieces are
 * the path's steps draped over the surface ({@link SolidMesh#drape}). Built as arrays for a JavaFX
 * {@code TriangleMesh} (one texture coordinate, index 0, for every corner); no JavaFX here. A growing path is
 * appended to, so it costs only its new steps per frame.
 */
final class SolidTube {

    /** Sides of each prism: round enough at the sizes drawn, and few vertices. */
    static final int SIDES = 6;
    /** Floats of points per step: two rings of {@link #SIDES} corners. */
    static final int POINT_FLOATS = 2 * SIDES * 3;
    /** Face ints per step: two triangles per side, three corners, a point and a texture index each. */
    static final int FACE_INTS = 2 * SIDES * 6;

    private SolidTube() {
    }

    /**
     * The corners of the prism from {@code a} to {@code b} (world X, Y, Z) of radius {@code r}: the ring at
     * {@code a} first, then the one at {@code b}, each corner {@code r} from the line.
     */
    static float[] stepPoints(double[] a, double[] b, double r) {
        double[] t = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double length = Math.sqrt(t[0] * t[0] + t[1] * t[1] + t[2] * t[2]);
        if (length < 1e-9) {
            t = new double[] {1, 0, 0};
        } else {
            t = new double[] {t[0] / length, t[1] / length, t[2] / length};
        }
        // Two unit vectors across the line: from any direction not along it.
        double[] ref = Math.abs(t[1]) < 0.9 ? new double[] {0, 1, 0} : new double[] {1, 0, 0};
        double[] u = unit(cross(t, ref));
        double[] w = cross(t, u);
        float[] out = new float[POINT_FLOATS];
        for (int ring = 0; ring < 2; ring++) {
            double[] c = ring == 0 ? a : b;
            double reach = ring == 0 ? -r : r; // the prism is longer by r at each end
            for (int s = 0; s < SIDES; s++) {
                double angle = 2 * Math.PI * s / SIDES;
                double cos = Math.cos(angle) * r;
                double sin = Math.sin(angle) * r;
                int k = 3 * (ring * SIDES + s);
                for (int d = 0; d < 3; d++) {
                    out[k + d] = (float) (c[d] + reach * t[d] + cos * u[d] + sin * w[d]);
                }
            }
        }
        return out;
    }

    /** Points and faces of prisms along a line, to append to a mesh. */
    record Pieces(float[] points, int[] faces) {
    }

    /**
     * Prisms of radius {@code r} around the line through {@code centres} (world X, Y, Z, in order), for a mesh that
     * holds {@code firstPoint} points already.
     */
    static Pieces along(java.util.List<double[]> centres, double r, int firstPoint) {
        int count = Math.max(0, centres.size() - 1);
        float[] points = new float[count * POINT_FLOATS];
        int[] faces = new int[count * FACE_INTS];
        for (int s = 0; s < count; s++) {
            System.arraycopy(stepPoints(centres.get(s), centres.get(s + 1), r), 0, points, s * POINT_FLOATS,
                    POINT_FLOATS);
            System.arraycopy(stepFaces(firstPoint + s * 2 * SIDES), 0, faces, s * FACE_INTS, FACE_INTS);
        }
        return new Pieces(points, faces);
    }

    /** The triangles of a prism whose first corner is point {@code first} of the mesh. */
    static int[] stepFaces(int first) {
        int[] out = new int[FACE_INTS];
        int f = 0;
        for (int s = 0; s < SIDES; s++) {
            int a0 = first + s;
            int a1 = first + (s + 1) % SIDES;
            int b0 = a0 + SIDES;
            int b1 = a1 + SIDES;
            for (int p : new int[] {a0, a1, b0, a1, b1, b0}) {
                out[f++] = p;
                out[f++] = 0;
            }
        }
        return out;
    }

    private static double[] cross(double[] p, double[] q) {
        return new double[] {p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]};
    }

    private static double[] unit(double[] v) {
        double length = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / length, v[1] / length, v[2] / length};
    }
}
