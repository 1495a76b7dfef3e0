package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the window presents itself in front of a class: classroom mode (everything 1.5× larger, the controls that matter
 * for a demonstration kept, the rest folded away) and high contrast (for a washed-out projector). The style sheet
 * scales the controls through the root's style classes; canvases and charts ask {@link #scale()} for their fonts,
 * lines and markers and redraw on {@link #onChange}. JavaFX thread only.
 */
public final class Presentation {

    /** How much larger classroom mode draws every font, line and marker. */
    public static final double CLASSROOM_SCALE = 1.5;
    /** The root's style class in classroom mode. */
    public static final String CLASSROOM_CLASS = "classroom";
    /** The root's style class with high contrast on. */
    public static final String HIGH_CONTRAST_CLASS = "high-contrast";

    private static final BooleanProperty CLASSROOM = new SimpleBooleanProperty(false);
    private static final BooleanProperty HIGH_CONTRAST = new SimpleBooleanProperty(false);
    private static final List<Runnable> LISTENERS = new ArrayList<>();

    static {
        CLASSROOM.addListener((o, was, now) -> changed());
        HIGH_CONTRAST.addListener((o, was, now) -> changed());
    }

    private Presentation() {
    }

    /** Classroom mode, on or off. */
    public static BooleanProperty classroomProperty() {
        return CLASSROOM;
    }

    /** High contrast, on or off. */
    public static BooleanProperty highContrastProperty() {
        return HIGH_CONTRAST;
    }

    /** Whether classroom mode is on. */
    public static boolean classroom() {
        return CLASSROOM.get();
    }

    /** Whether high contrast is on. */
    public static boolean highContrast() {
        return HIGH_CONTRAST.get();
    }

    /** 1.5 in classroom mode, 1 otherwise: the factor for fonts, line widths and markers drawn by hand. */
    public static double scale() {
        return CLASSROOM.get() ? CLASSROOM_SCALE : 1;
    }

    /**
     * Registers {@code redraw} to run whenever classroom mode or high contrast is switched; a view that is disposed
     * removes it again ({@link #removeOnChange}).
     */
    public static void onChange(Runnable redraw) {
        LISTENERS.add(redraw);
    }

    /** Stops running {@code redraw}. */
    public static void removeOnChange(Runnable redraw) {
        LISTENERS.remove(redraw);
    }

    private static void changed() {
        for (Runnable r : List.copyOf(LISTENERS)) {
            r.run();
        }
    }

    /** Back to the normal window (tests). */
    public static void reset() {
        CLASSROOM.set(false);
        HIGH_CONTRAST.set(false);
    }
}
