package org.descentlab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the version, what the app is for, and the bundled libraries with their licences. */
final class AboutDialog {

    private AboutDialog() {
    }

    /** Builds the dialog, owned by {@code owner} (may be {@code null}); the caller shows it. */
    static Alert create(Window owner, String version) {
        var alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(UiText.About.TITLE);
        alert.setHeaderText(UiText.format(UiText.About.HEADER, version));
        var pane = alert.getDialogPane();
        pane.setId("aboutDialog");
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }

        var description = new Label(UiText.About.DESCRIPTION);
        description.setWrapText(true);
        var heading = new Label(UiText.About.LIBRARIES);
        heading.getStyleClass().add("section-title");
        var libraries = new GridPane();
        libraries.setId("aboutLibraries");
        libraries.setHgap(16);
        libraries.setVgap(2);
        int row = 0;
        for (var library : UiText.About.BUNDLED) {
            libraries.addRow(row++, new Label(library.name()), new Label(library.licence()));
        }
        var content = new VBox(10, description, heading, libraries);
        content.setPrefWidth(460);
        pane.setContent(content);
        return alert;
    }
}
