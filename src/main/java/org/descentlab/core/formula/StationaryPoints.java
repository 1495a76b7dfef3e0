package org.descentlab.core.formula;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;

/**
 * The minima and saddle points of a formula inside its plot bounds, found numerically.
 *
 * <p>Minima: from each of {@value #STARTS} × {@value #STARTS} starts (the centres of a grid over the bounds), a
 * descent that takes Newton's step where the Hessian is positive definite and the steepest-descent direction
 * elsewhere, each with a backtracking (Armijo) line search, until no step lowers f. Its end counts as a minimum when
 * it lies inside the bounds and no point around it, at two distances, is lower; this also accepts minima at a kink
 * ({@code abs(x) + y^2}), where the gradient never vanishes. A descent that comes within 1e-3 of the bounds' size
 * of a minimum found before, no lower than it, stops there as a repeat. Ends closer than 1e-5 of the size are one
 * minimum; at most {@value #MAX_POINTS} are kept, the lowest. Those within 1e-9 (relative) of the lowest value are
 * global.
 *
 * <p>Saddle points: Newton's method on the gradient from the same starts (it is drawn to any stationary point), kept
 * where the Hessian's determinant is clearly negative.
 */
final class StationaryPoints {

    /** Starts per side. */
    static final int STARTS = 12;
    /** Most minima, and most saddle points, kept. */
    static final int MAX_POINTS = 24;
    private static final int MAX_ITERATIONS = 100;

    private final Formula f;
    private final Bounds bounds;
    private final double size;
    private final double[] d = new double[6];
    /** The minima found so far: a descent that comes close to one of them ends there (it would only repeat it). */
    private final List<Point> found = new ArrayList<>();

    private StationaryPoints(Formula f, Bounds bounds) {
        this.f = f;
        this.bounds = bounds;
        this.size = Math.max(bounds.width(), bounds.height());
    }

    /** The minima found, lowest first; empty when none lies inside the bounds. */
    static List<Minimum> minima(Formula f, Bounds bounds) {
        var search = new StationaryPoints(f, bounds);
        for (Point start : starts(bounds)) {
            Point end = search.descend(start);
            if (end != null && search.isMinimum(end)) {
                search.found.add(end);
            }
        }
        return search.flagged(search.distinct(search.found));
    }

    /** The saddle points found. */
    static List<Point> saddles(Formula f, Bounds bounds) {
        var search = new StationaryPoints(f, bounds);
        var found = new ArrayList<Point>();
        for (Point start : starts(bounds)) {
            Point end = search.newton(start);
            if (end != null && search.isSaddle(end)) {
                found.add(end);
            }
        }
        return search.distinct(found);
    }

    /** The centres of a {@value #STARTS} × {@value #STARTS} grid, row by row from the top. */
    static List<Point> starts(Bounds b) {
        var starts = new ArrayList<Point>();
        for (int j = 0; j < STARTS; j++) {
            for (int i = 0; i < STARTS; i++) {
                starts.add(new Point(b.xMin() + (i + 0.5) * b.width() / STARTS,
                        b.yMax() - (j + 0.5) * b.height() / STARTS));
            }
        }
        return starts;
    }

    /**
     * Descends from {@code start} until no step lowers f, then polishes the end by a compass search (which also
     * settles on a kink); {@code null} if the path leaves the bounds' neighbourhood or f breaks down.
     */
    private Point descend(Point start) {
        double x = start.x();
        double y = start.y();
        double reach = size / 10;
        boolean settled = false;
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            f.derivatives(x, y, d);
            double gx = d[1];
            double gy = d[2];
            if (!Double.isFinite(d[0]) || !Double.isFinite(gx) || !Double.isFinite(gy)) {
                return null;
            }
            if (gx == 0 && gy == 0) {
                break;
            }
            double[] step = direction(gx, gy, reach);
            boolean newtonStep = step[2] != 0;
            double t = lineSearch(x, y, d[0], step, gx * step[0] + gy * step[1]);
            double moved = t * Math.hypot(step[0], step[1]);
            if (t == 0) {
                break;
            }
            x += t * step[0];
            y += t * step[1];
            if (!near(x, y) || nearFound(x, y)) {
                return null;
            }
            if (moved <= 1e-13 * (size + Math.abs(x) + Math.abs(y))) {
                // Newton's full steps shrinking to nothing: a smooth minimum, found to the last digits.
                settled = t == 1 && newtonStep;
                break;
            }
            reach = Math.min(size / 4, 2 * moved);
        }
        return settled ? new Point(x, y) : polish(x, y);
    }

    /**
     * Newton's step where the Hessian in {@link #d} is positive definite, else the steepest-descent direction
     * {@code reach} long; at most a quarter of the bounds' size. The third number is 1 for a whole Newton step.
     */
    private double[] direction(double gx, double gy, double reach) {
        double hxx = d[3];
        double hxy = d[4];
        double hyy = d[5];
        double det = hxx * hyy - hxy * hxy;
        double sx = Double.NaN;
        double sy = Double.NaN;
        if (hxx > 0 && det > 0 && Double.isFinite(det)) {
            sx = -(hyy * gx - hxy * gy) / det;
            sy = -(hxx * gy - hxy * gx) / det;
        }
        double newton = 1;
        if (!(gx * sx + gy * sy < 0)) {
            double norm = Math.hypot(gx, gy);
            sx = -gx / norm * reach;
            sy = -gy / norm * reach;
            newton = 0;
        }
        double length = Math.hypot(sx, sy);
        double cap = size / 4;
        return length > cap ? new double[] {sx * cap / length, sy * cap / length, 0} : new double[] {sx, sy, newton};
    }

    /**
     * A compass search from (x, y): moves to the first lower of eight neighbours h away, and halves h when none is
     * lower, from 1e-4 of the size down to the last digits of the coordinates.
     */
    private Point polish(double x, double y) {
        double fp = f.value(x, y);
        double h = 1e-4 * size;
        for (int evaluations = 0; evaluations < 4000 && h > 1e-15 * (size + Math.abs(x) + Math.abs(y)); ) {
            boolean moved = false;
            for (int k = 0; k < 8 && !moved; k++) {
                double nx = x + h * COMPASS[2 * k];
                double ny = y + h * COMPASS[2 * k + 1];
                double v = f.value(nx, ny);
                evaluations++;
                if (v < fp) {
                    x = nx;
                    y = ny;
                    fp = v;
                    moved = true;
                }
            }
            if (!moved) {
                h /= 2;
            }
        }
        return new Point(x, y);
    }

    /** The eight compass directions, unit length. */
    private static final double[] COMPASS = {1, 0, -1, 0, 0, 1, 0, -1, Math.sqrt(0.5), Math.sqrt(0.5),
        -Math.sqrt(0.5), -Math.sqrt(0.5), Math.sqrt(0.5), -Math.sqrt(0.5), -Math.sqrt(0.5), Math.sqrt(0.5)};

    /**
     * The largest t of 1, 1/2, 1/4 … for which f(p + t·step) is finite and lower by the Armijo rule (with room for
     * rounding in f's last digits), or 0 when none of 60 halvings is.
     */
    private double lineSearch(double x, double y, double f0, double[] step, double slope) {
        double t = 1;
        double rounding = 1e-15 * Math.abs(f0);
        for (int halvings = 0; halvings < 60; halvings++) {
            double fn = f.value(x + t * step[0], y + t * step[1]);
            if (Double.isFinite(fn) && fn <= f0 + 1e-4 * t * slope + rounding && fn <= f0) {
                return t;
            }
            t /= 2;
        }
        return 0;
    }

    /** Newton's method on the gradient (to any stationary point); {@code null} if it does not settle nearby. */
    private Point newton(Point start) {
        double x = start.x();
        double y = start.y();
        for (int k = 0; k < 50; k++) {
            f.derivatives(x, y, d);
            double det = d[3] * d[5] - d[4] * d[4];
            if (!Double.isFinite(det) || det == 0 || !Double.isFinite(d[1]) || !Double.isFinite(d[2])) {
                return null;
            }
            double sx = -(d[5] * d[1] - d[4] * d[2]) / det;
            double sy = -(d[3] * d[2] - d[4] * d[1]) / det;
            x += sx;
            y += sy;
            if (!near(x, y)) {
                return null;
            }
            if (Math.hypot(sx, sy) <= 1e-13 * (size + Math.abs(x) + Math.abs(y))) {
                return new Point(x, y);
            }
        }
        return null;
    }

    /** Inside the bounds and no lower than any of 16 points around it, at distances 1e-4 and 1e-7 of the size. */
    private boolean isMinimum(Point p) {
        if (!bounds.contains(p.x(), p.y())) {
            return false;
        }
        double f0 = f.value(p.x(), p.y());
        double tolerance = 1e-13 * Math.max(1, Math.abs(f0));
        for (double h : new double[] {1e-4 * size, 1e-7 * size}) {
            for (int k = 0; k < 8; k++) {
                double angle = k * Math.PI / 4;
                double around = f.value(p.x() + h * Math.cos(angle), p.y() + h * Math.sin(angle));
                if (!(around >= f0 - tolerance)) {
                    return false;
                }
            }
        }
        return Double.isFinite(f0);
    }

    private boolean isSaddle(Point p) {
        if (!bounds.contains(p.x(), p.y())) {
            return false;
        }
        f.derivatives(p.x(), p.y(), d);
        double det = d[3] * d[5] - d[4] * d[4];
        double scale = d[3] * d[3] + d[5] * d[5] + 2 * d[4] * d[4];
        return Double.isFinite(d[0]) && det < -1e-9 * scale && Math.hypot(d[1], d[2]) <= 1e-6 * Math.max(1, scale);
    }

    /** Whether (x, y) is within 1e-3 of the size from a minimum found before, and no lower than it. */
    private boolean nearFound(double x, double y) {
        double radius = 1e-3 * size;
        for (Point p : found) {
            if (Math.abs(p.x() - x) <= radius && Math.abs(p.y() - y) <= radius
                    && f.value(x, y) >= f.value(p.x(), p.y())) {
                return true;
            }
        }
        return false;
    }

    /** Whether (x, y) is inside the bounds widened by half their size on every side. */
    private boolean near(double x, double y) {
        double m = size / 2;
        return x >= bounds.xMin() - m && x <= bounds.xMax() + m && y >= bounds.yMin() - m && y <= bounds.yMax() + m;
    }

    /** One point for each group closer than 1e-5 of the size, the lowest of each, lowest first, at most 24. */
    private List<Point> distinct(List<Point> points) {
        var sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble((Point p) -> f.value(p.x(), p.y())).thenComparingDouble(Point::x)
                .thenComparingDouble(Point::y));
        var kept = new ArrayList<Point>();
        for (Point p : sorted) {
            if (kept.size() < MAX_POINTS && kept.stream().noneMatch(q -> q.distanceTo(p) <= 1e-5 * size)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The points as minima, those within 1e-9 (relative) of the lowest value global. */
    private List<Minimum> flagged(List<Point> points) {
        return flag(points.stream().map(p -> new Minimum(p, f.value(p.x(), p.y()), false)).toList());
    }

    /** {@code minima} with those within 1e-9 (relative) of the lowest value flagged global. */
    static List<Minimum> flag(List<Minimum> minima) {
        double lowest = minima.stream().mapToDouble(Minimum::value).min().orElse(0);
        double tolerance = 1e-9 * Math.max(1, Math.abs(lowest));
        return minima.stream().map(m -> new Minimum(m.point(), m.value(), m.value() <= lowest + tolerance)).toList();
    }
}
