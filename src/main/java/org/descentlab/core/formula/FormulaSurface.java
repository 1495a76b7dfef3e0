package org.descentlab.core.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.Problem.Wording;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceInfo;

/**
 * A surface typed as a formula: f, its exact gradient and Hessian from {@link Formula}, over plot bounds the student
 * chooses, with minima either given or found numerically (see {@code SurfaceFacts} and {@code StationaryPoints}).
 * Immutable; two are equal when formula, bounds and given minima are.
 *
 * <p>Its id is {@value #ID}. Where f is not finite (log of a negative number), {@link #value} returns NaN or ±∞ as
 * the formula does; the heat map leaves NaN pixels transparent and gives ±∞ the ends of the colour scale, and a
 * walker that steps there counts as diverged. A formula that is nowhere finite inside its bounds is refused.
 */
public final class FormulaSurface implements Surface {

    /** The id of every typed surface, in scene files and on the command line's listings. */
    public static final String ID = "custom";
    /** The bounds a formula is drawn over when none are given: the square [−3, 3]². */
    public static final Bounds DEFAULT_BOUNDS = Bounds.square(3);

    private final Formula formula;
    private final List<Point> givenMinima;
    private final SurfaceInfo info;

    /**
     * {@code formula} over {@code bounds}, with {@code givenMinima} as its minima (the lowest global) or, when that
     * list is empty, the minima found numerically.
     *
     * @throws SettingException whose problem's field is "Plot bounds" (outside {@link SurfaceLimits#BOUNDS}; check
     *     typed bounds first with {@link SurfaceLimits#bounds(double, double, double, double, String)} to name
     *     them your way), {@code minima} (more than {@link SurfaceLimits#MINIMA}, outside the bounds, or where f is
     *     not finite) or {@code formula} (f is nowhere finite inside the bounds)
     */
    public FormulaSurface(Formula formula, Bounds bounds, List<Point> givenMinima) {
        this.formula = Objects.requireNonNull(formula, "formula");
        SurfaceLimits.check(Objects.requireNonNull(bounds, "bounds"), SurfaceLimits.BOUNDS.label());
        this.givenMinima = List.copyOf(givenMinima);
        this.info = SurfaceFacts.of(formula, bounds, this.givenMinima.isEmpty() ? null : () -> checkedMinima(bounds));
    }

    /**
     * The formula {@code text} over {@code bounds}, its minima found numerically.
     *
     * @throws FormulaException when the text is not a formula
     * @throws SettingException as {@link #FormulaSurface(Formula, Bounds, List)}
     */
    public static FormulaSurface of(String text, Bounds bounds) throws FormulaException {
        return new FormulaSurface(Formula.parse(text), bounds, List.of());
    }

    /**
     * The formula {@code text} over {@code bounds} with the given minima (none: found numerically).
     *
     * @throws FormulaException when the text is not a formula
     * @throws SettingException as {@link #FormulaSurface(Formula, Bounds, List)}
     */
    public static FormulaSurface of(String text, Bounds bounds, List<Point> minima) throws FormulaException {
        return new FormulaSurface(Formula.parse(text), bounds, minima);
    }

    /** The formula. */
    public Formula formula() {
        return formula;
    }

    /** The plot bounds. */
    public Bounds bounds() {
        return info.bounds();
    }

    /** The minima as given (empty when they were found numerically). */
    public List<Point> givenMinima() {
        return givenMinima;
    }

    @Override
    public SurfaceInfo info() {
        return info;
    }

    @Override
    public double value(double x, double y) {
        return formula.value(x, y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        formula.gradient(x, y, out);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        formula.hessian(x, y, out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormulaSurface s && s.formula.equals(formula) && s.bounds().equals(bounds())
                && s.givenMinima.equals(givenMinima);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formula, bounds(), givenMinima);
    }

    @Override
    public String toString() {
        return "f(x, y) = " + formula.text() + " on " + bounds();
    }

    private List<Minimum> checkedMinima(Bounds bounds) {
        SurfaceLimits.MINIMA.check(givenMinima.size(), "minima");
        var minima = new ArrayList<Minimum>();
        for (Point p : givenMinima) {
            String shown = "(" + ShortestDecimal.format(p.x()) + ", " + ShortestDecimal.format(p.y()) + ")";
            if (!bounds.contains(p.x(), p.y())) {
                throw refused("minima", FormulaError.MINIMUM_OUTSIDE, shown);
            }
            double value = formula.value(p.x(), p.y());
            if (!Double.isFinite(value)) {
                throw refused("minima", FormulaError.MINIMUM_UNDEFINED, shown);
            }
            minima.add(new Minimum(p, value, false));
        }
        return StationaryPoints.flag(minima);
    }

    /** A refusal told in {@code error}'s words. */
    static SettingException refused(String field, FormulaError error, Object... values) {
        return new SettingException(new Problem(field, String.format(Locale.ROOT, error.english(), values),
                Wording.of(error.key(), values)));
    }
}
