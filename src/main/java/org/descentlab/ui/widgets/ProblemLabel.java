package org.descentlab.ui.widgets;

import java.util.function.Supplier;
import javafx.scene.control.Label;
import org.descentlab.core.scene.Problem;
import org.descentlab.ui.words.Words;

/**
 * A red line that says what is wrong, in words for a student, and takes no room when nothing is: used under every
 * field that can refuse a value and above the network map. A {@link Problem} shown with {@link #showProblem} is told
 * in the language spoken, and told again when it changes.
 */
public final class ProblemLabel extends Label {

    public ProblemLabel(String id) {
        setId(id);
        getStyleClass().add("field-error");
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
        show(null);
    }

    /** Shows {@code problem} as it is, or hides the line when it is {@code null}. */
    public void show(String problem) {
        showLive(problem == null ? null : () -> problem);
    }

    /**
     * Shows {@code problem} in the language spoken ({@link ProblemText}: its wording if it has one, its English message
     * otherwise), or hides the line when it is {@code null}.
     */
    public void showProblem(Problem problem) {
        showLive(problem == null ? null : () -> ProblemText.of(problem));
    }

    /** Shows the text {@code make} makes, made again when the language changes; hides the line with {@code null}. */
    public void showLive(Supplier<String> make) {
        textProperty().unbind();
        if (make == null) {
            setText("");
        } else {
            textProperty().bind(Words.text(make));
        }
        setVisible(make != null);
        setManaged(make != null);
    }
}
