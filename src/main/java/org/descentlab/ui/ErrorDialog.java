package org.descentlab.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The dialog of an unexpected error: a short explanation, the details (stack trace) folded away, a button that copies
 * them, and a line counting the errors that came while it was open. Not modal: the window stays usable behind it.
 */
final class ErrorDialog {

    private final Alert alert = new Alert(Alert.AlertType.ERROR);
    private final Label more = new Label();
    private int moreErrors;

    /**
     * @param owner the main window, or {@code null}
     * @param explanation the short text: what happened and where the details were saved
     * @param details the report as logged
     */
    ErrorDialog(Window owner, String explanation, String details) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle(UiText.Errors.TITLE);
        alert.setHeaderText(UiText.Errors.HEADER);
        var pane = alert.getDialogPane();
        pane.setId("errorDialog");

        var text = new Label(explanation);
        text.setWrapText(true);
        text.setId("errorExplanation");
        more.setId("errorMore");
        more.setWrapText(true);
        more.setVisible(false);
        more.setManaged(false);
        var content = new VBox(8, text, more);
        content.setPrefWidth(520);
        pane.setContent(content);

        var area = new TextArea(details);
        area.setId("errorDetails");
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(16);
        VBox.setVgrow(area, Priority.ALWAYS);
        pane.setExpandableContent(new VBox(4, new Label(UiText.Errors.DETAILS), area));

        var copy = new ButtonType(UiText.Errors.COPY_DETAILS, ButtonBar.ButtonData.LEFT);
        pane.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        var copyButton = (Button) pane.lookupButton(copy);
        copyButton.setId("copyErrorDetails");
        // A button of a dialog closes it; this one only copies, so its action stops here.
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            var clip = new ClipboardContent();
            clip.putString(details);
            Clipboard.getSystemClipboard().setContent(clip);
            e.consume();
        });
    }

    /** Shows the dialog without waiting: it may be asked for in the middle of a frame, where waiting is not allowed. */
    void show() {
        alert.show();
    }

    boolean isShowing() {
        return alert.isShowing();
    }

    /** Counts one more error that came while the dialog was open. */
    void countAnother() {
        moreErrors++;
        more.setText(UiText.format(UiText.Errors.MORE, moreErrors));
        more.setVisible(true);
        more.setManaged(true);
    }

    void setOnHidden(Runnable action) {
        alert.setOnHidden(e -> action.run());
    }
}
