package org.descentlab.ui.words;

import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.io.ShortestDecimal;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Surface;

/**
 * The display words of registered things, from the {@code names} bundle: an optimizer's name and one-line idea, a
 * surface's name and description, a hyperparameter's label and help; and those of a surface typed as a formula, from
 * the {@code custom} bundle. The registries' own English strings stay for the command line; the window shows these.
 * A test holds every registry entry to having them in both languages.
 */
public final class Names {

    /** The most characters of a typed surface's formula its display name shows. */
    public static final int FORMULA_SHOWN = 24;

    private Names() {
    }

    /** {@code optimizer.<id>.name}: the notes' own name (kept in English in Korean too, as the notes write it). */
    public static String optimizer(OptimizerType type) {
        return Words.get(optimizerKey(type, "name"));
    }

    /** {@code optimizer.<id>.description}: the idea of the method, in one line. */
    public static String optimizerIdea(OptimizerType type) {
        return Words.get(optimizerKey(type, "description"));
    }

    /**
     * {@code surface.<id>.name}; for a typed surface {@code custom.name} with its formula, cut to
     * {@value #FORMULA_SHOWN} characters: "Custom: x^2 + 3*y^2".
     */
    public static String surface(Surface surface) {
        if (surface instanceof FormulaSurface typed) {
            return Words.format("custom.name", shortFormula(typed.formula().text(), FORMULA_SHOWN));
        }
        return Words.get(surfaceKey(surface, "name"));
    }

    /**
     * {@code surface.<id>.description}; for a typed surface its whole formula and bounds, and whether its minima
     * were given or found numerically.
     */
    public static String surfaceDescription(Surface surface) {
        if (surface instanceof FormulaSurface typed) {
            var b = typed.bounds();
            return Words.format(typed.givenMinima().isEmpty() ? "custom.description.found" : "custom.description.given",
                    typed.formula().text(), number(b.xMin()), number(b.xMax()), number(b.yMin()), number(b.yMax()));
        }
        return Words.get(surfaceKey(surface, "description"));
    }

    /** {@code formula} as typed, or its first {@code most} − 1 characters and "…" when it is longer. */
    public static String shortFormula(String formula, int most) {
        int length = formula.codePointCount(0, formula.length());
        return length <= most ? formula : formula.substring(0, formula.offsetByCodePoints(0, most - 1)).strip() + "…";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : ShortestDecimal.format(v);
    }

    /** {@code hyperparameter.<optimizer id>.<key>.label}: the label beside the control, with the notes' symbol. */
    public static String hyperparameter(OptimizerType type, Hyperparameter h) {
        return Words.get(hyperparameterKey(type, h, "label"));
    }

    /** {@code hyperparameter.<optimizer id>.<key>.help}: one sentence on what the value does. */
    public static String hyperparameterHelp(OptimizerType type, Hyperparameter h) {
        return Words.get(hyperparameterKey(type, h, "help"));
    }

    /** The key of one of an optimizer's words ({@code name}, {@code description}). */
    public static String optimizerKey(OptimizerType type, String what) {
        return "optimizer." + type.id() + "." + what;
    }

    /** The key of one of a surface's words ({@code name}, {@code description}). */
    public static String surfaceKey(Surface surface, String what) {
        return "surface." + surface.id() + "." + what;
    }

    /** The key of one of a hyperparameter's words ({@code label}, {@code help}). */
    public static String hyperparameterKey(OptimizerType type, Hyperparameter h, String what) {
        return "hyperparameter." + type.id() + "." + h.key() + "." + what;
    }
}
