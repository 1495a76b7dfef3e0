package org.descentlab.ui.surface;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.descentlab.ui.words.Words;

/**
 * How the slow work of an insight view stands, in one short row: a progress bar and Stop while it runs; a word that it
 * was stopped, or why it failed, and a button to start it again afterwards; nothing (and no room) when the picture is
 * up to date. The words are the view's own: {@code <prefix>.stop}, {@code .stopped}, {@code .again},
 * {@code .failed} (with the reason as {@code %s}).
 */
final class WorkStrip extends HBox {

    private final InsightWork<?, ?> work;
    private final String prefix;
    private final ProgressBar bar = new ProgressBar();
    private final Button stop = new Button();
    private final Label note = new Label();
    private final Button again = new Button();

    /** @param id the id of the strip; its parts get it with {@code -progress}, {@code -stop}, {@code -again} */
    WorkStrip(String id, String prefix, InsightWork<?, ?> work) {
        super(6);
        this.work = work;
        this.prefix = prefix;
        setId(id);
        setAlignment(Pos.CENTER_LEFT);
        bar.setId(id + "-progress");
        bar.setPrefWidth(120);
        bar.setMinWidth(60);
        bar.progressProperty().bind(work.progressProperty());
        stop.setId(id + "-stop");
        Words.bind(stop.textProperty(), prefix + ".stop");
        stop.setOnAction(e -> work.stop());
        again.setId(id + "-again");
        Words.bind(again.textProperty(), prefix + ".again");
        again.setOnAction(e -> work.again());
        note.setId(id + "-note");
        note.setWrapText(true);
        note.setMinWidth(0);
        for (var button : new Button[] {stop, again}) {
            button.setFocusTraversable(false);
            button.setMinWidth(USE_PREF_SIZE);
        }
        work.stateProperty().addListener((o, was, is) -> refresh());
        refresh();
    }

    /** Shows the work's state in the language of the moment. */
    void refresh() {
        var state = work.state();
        getChildren().clear();
        switch (state) {
            case RUNNING -> getChildren().addAll(bar, stop);
            case STOPPED -> {
                note.getStyleClass().remove("field-error");
                note.setText(Words.get(prefix + ".stopped"));
                getChildren().addAll(note, again);
            }
            case FAILED -> {
                if (!note.getStyleClass().contains("field-error")) {
                    note.getStyleClass().add("field-error");
                }
                note.setText(Words.format(prefix + ".failed", work.failure()));
                getChildren().addAll(note, again);
            }
            case IDLE -> { }
        }
        setVisible(state != InsightWork.State.IDLE);
        setManaged(isVisible());
    }

    ProgressBar bar() {
        return bar;
    }
}
