package org.descentlab.ui.widgets;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/**
 * The icons of both tabs' play, pause, step and reset buttons, drawn as shapes: the media-control characters (⏸, ⟲ …)
 * are missing from many fonts, the shipped Nanum Gothic and other Korean ones included, and would show as empty boxes
 * on a classroom computer.
 */
public final class PlaybackIcons {

    private PlaybackIcons() {
    }

    /** Play: a triangle pointing right. */
    public static Node play(Color colour) {
        return shape("M0,0 L11,6.5 L0,13 Z", colour);
    }

    /** Pause: two bars. */
    public static Node pause(Color colour) {
        return shape("M0,0 H4 V13 H0 Z M7,0 H11 V13 H7 Z", colour);
    }

    /** One step: a triangle against a bar. */
    public static Node step(Color colour) {
        return shape("M0,0 L8,6.5 L0,13 Z M9,0 H12 V13 H9 Z", colour);
    }

    /** Back to the start: an arrow turning anticlockwise. */
    public static Node reset(Color colour) {
        var arc = shape("M6.5,1.5 A5.5,5.5 0 1 1 1.2,8.2 L3.1,7.7 A3.6,3.6 0 1 0 6.5,3.4 Z", colour);
        var head = shape("M6.5,-1.5 L6.5,6.4 L2.2,2.45 Z", colour);
        return new javafx.scene.Group(arc, head);
    }

    private static SVGPath shape(String path, Color colour) {
        var shape = new SVGPath();
        shape.setContent(path);
        shape.setFill(colour);
        return shape;
    }
}
