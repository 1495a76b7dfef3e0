package org.descentlab.ui.words;

import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Surface;

/**
 * The display words of registered things, from the {@code names} bundle: an optimizer's name and one-line idea, a
 * surface's name and description, a hyperparameter's label and help. The registries' own English strings stay for
 * the command line; the window shows these. A test holds every registry entry to having them in both languages.
 */
public final class Names {

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

    /** {@code surface.<id>.name}. */
    public static String surface(Surface surface) {
        return Words.get(surfaceKey(surface, "name"));
    }

    /** {@code surface.<id>.description}. */
    public static String surfaceDescription(Surface surface) {
        return Words.get(surfaceKey(surface, "description"));
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
