package org.descentlab.ui;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.descentlab.ui.words.Words;

/**
 * The dialog of an unexpected error: a short explanation, the details (stack trace) folded away, a button that copies
 * them, and a line counting the errors that came while it was open. Not modal: the window stays usable behind it.
 * Every word is the app's own, in the language spoken (not the toolkit's, which follow the system's language).
 */
final class ErrorDialog {

    private final Alert alert = new Alert(Alert.AlertType.NONE);
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
        var pane = new WordedPane();
        pane.getStyleClass().add("alert");
        alert.setDialogPane(pane);
        // Set after the pane, so that the error's icon and style go to this pane.
        alert.setAlertType(Alert.AlertType.ERROR);
        alert.titleProperty().bind(Words.text("frame.errors.title"));
        alert.headerTextProperty().bind(Words.text("frame.errors.header"));
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
        var detailsHeading = new Label();
        Words.bind(detailsHeading.textProperty(), "frame.errors.details");
        pane.setExpandableContent(new VBox(4, detailsHeading, area));

        var copy = new ButtonType(Words.get("frame.errors.copy_details"), ButtonBar.ButtonData.LEFT);
        var close = new ButtonType(Words.get("frame.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(copy, close);
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

    /** The dialog's content, buttons and folded details (for tests). */
    DialogPane pane() {
        return alert.getDialogPane();
    }

    boolean isShowing() {
        return alert.isShowing();
    }

    /** Counts one more error that came while the dialog was open. */
    void countAnother() {
        moreErrors++;
        int count = moreErrors;
        more.textProperty().bind(Words.text(() -> Words.format("frame.errors.more", count)));
        more.setVisible(true);
        more.setManaged(true);
    }

    void setOnHidden(Runnable action) {
        alert.setOnHidden(e -> action.run());
    }

    /** A dialog pane whose "Show details" link speaks the app's language. */
    private static final class WordedPane extends DialogPane {
        @Override
        protected Node createDetailsButton() {
            var link = new Hyperlink();
            link.getStyleClass().setAll("details-button", "more");
            link.setId("errorDetailsLink");
            link.textProperty().bind(Bindings.when(expandedProperty()).then(Words.text("frame.errors.hide_details"))
                    .otherwise(Words.text("frame.errors.show_details")));
            link.setOnAction(e -> setExpanded(!isExpanded()));
            return link;
        }
    }
}
