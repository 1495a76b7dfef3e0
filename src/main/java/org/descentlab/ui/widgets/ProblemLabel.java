package org.descentlab.ui.widgets;

import javafx.scene.control.Label;

/**
 * A red line that says what is wrong, in words for a student, and takes no room when nothing is: used under every
 * field that can refuse a value and above the network map.
 */
public final class ProblemLabel extends Label {

    public ProblemLabel(String id) {
        setId(id);
        getStyleClass().add("field-error");
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
        show(null);
    }

    /** Shows {@code problem}, or hides the line when it is {@code null}. */
    public void show(String problem) {
        setText(problem == null ? "" : problem);
        setVisible(problem != null);
        setManaged(problem != null);
    }
}
