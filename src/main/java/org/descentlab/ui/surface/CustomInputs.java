package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.formula.Formula;
import org.descentlab.core.formula.FormulaError;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.scene.Problem.Wording;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Point;

/**
 * The number fields of the Custom… dialog read and checked, without the toolkit: the plot bounds (four numbers) and
 * the optional known minima ({@code x, y; x, y}). Each answer is a value or why not, as a {@link Wording} of the
 * {@code custom} (or {@code formula}) bundle, so that the dialog tells it in the student's language.
 */
final class CustomInputs {

    /** A field's value, or the reason it has none. */
    record Read<T>(T value, Wording problem) {

        static <T> Read<T> of(T value) {
            return new Read<>(value, null);
        }

        static <T> Read<T> refused(String key, Object... values) {
            return new Read<>(null, Wording.of(key, values));
        }

        boolean ok() {
            return problem == null;
        }
    }

    private CustomInputs() {
    }

    /**
     * The plot bounds typed in the four fields: each a number within {@link SurfaceLimits#BOUNDS}, the left end of
     * each range below its right end.
     */
    static Read<Bounds> bounds(String xMin, String xMax, String yMin, String yMax) {
        String[] typed = {xMin, xMax, yMin, yMax};
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            Double d = number(typed[i]);
            if (d == null) {
                return Read.refused("custom.bounds.notNumber", typed[i] == null ? "" : typed[i].strip());
            }
            if (d < SurfaceLimits.BOUNDS.min() || d > SurfaceLimits.BOUNDS.max()) {
                return Read.refused("custom.bounds.range", shown(d),
                        shown(SurfaceLimits.BOUNDS.min()),
                        shown(SurfaceLimits.BOUNDS.max()));
            }
            v[i] = d;
        }
        for (int axis = 0; axis < 2; axis++) {
            if (!(v[2 * axis] < v[2 * axis + 1])) {
                return Read.refused(axis == 0 ? "custom.bounds.orderX" : "custom.bounds.orderY",
                        shown(v[2 * axis]), shown(v[2 * axis + 1]));
            }
        }
        return Read.of(SurfaceLimits.bounds(v[0], v[1], v[2], v[3], "bounds")); // passes: checked above
    }

    /**
     * The known minima typed as {@code x, y} pairs separated by {@code ;} (none when blank), each inside
     * {@code bounds} and, when {@code formula} is known, where f has a finite value.
     *
     * @param bounds the plot bounds, or {@code null} when they are wrong (then only the form is checked)
     * @param formula the formula, or {@code null} when it is wrong
     */
    static Read<List<Point>> minima(String text, Bounds bounds, Formula formula) {
        String typed = text == null ? "" : text.strip();
        var points = new ArrayList<Point>();
        if (typed.isEmpty()) {
            return Read.of(points);
        }
        for (String pair : typed.split(";", -1)) {
            String[] xy = pair.split(",", -1);
            Double x = xy.length == 2 ? number(xy[0]) : null;
            Double y = xy.length == 2 ? number(xy[1]) : null;
            if (x == null || y == null) {
                return Read.refused("custom.minima.format", pair.strip());
            }
            points.add(new Point(x, y));
        }
        if (points.size() > SurfaceLimits.MINIMA.max()) {
            return Read.refused("custom.minima.tooMany", (int) SurfaceLimits.MINIMA.max());
        }
        for (Point p : points) {
            String shown = "(" + shown(p.x()) + ", " + shown(p.y()) + ")";
            if (bounds != null && !bounds.contains(p.x(), p.y())) {
                return Read.refused(FormulaError.MINIMUM_OUTSIDE.key(), shown);
            }
            if (formula != null && !Double.isFinite(formula.value(p.x(), p.y()))) {
                return Read.refused(FormulaError.MINIMUM_UNDEFINED.key(), shown);
            }
        }
        return Read.of(points);
    }

    /** The minima as the field shows them: {@code 1, -0.5; 2, 3}. */
    static String minimaText(List<Point> minima) {
        return String.join("; ", minima.stream()
                .map(p -> shown(p.x()) + ", " + shown(p.y())).toList());
    }

    /** A number as a student types it (a typeset minus sign − read as -), or {@code null} when it is none. */
    static Double number(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        try {
            return Hyperparameter.parseNumber(t, "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A number as the fields and messages show it: {@code -3}, {@code 0.5}, {@code 1e-05}. */
    static String shown(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : ShortestDecimal.format(v);
    }
}
