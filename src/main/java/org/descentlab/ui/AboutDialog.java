package org.descentlab.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.descentlab.ui.words.Words;

/**
 * Help → About: the version, what the app is for, and the bundled libraries with their licences, in the language
 * spoken (library names stay as their authors write them).
 */
final class AboutDialog {

    /**
     * The libraries and fonts shipped inside the app, by their key in the {@code frame} bundle: {@code
     * frame.about.library.<id>} names it, {@code frame.about.licence.<id>} gives its licence.
     */
    static final List<String> BUNDLED = List.of("openjfx", "jfreechart", "ejml", "picocli", "jackson", "jlatexmath",
            "monocle", "nanum");

    private AboutDialog() {
    }

    /** Builds the dialog, owned by {@code owner} (may be {@code null}); the caller shows it. */
    static Alert create(Window owner, String version) {
        var alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(Words.get("frame.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.titleProperty().bind(Words.text("frame.about.title"));
        alert.headerTextProperty().bind(Words.text(() -> Words.format("frame.about.header", version)));
        var pane = alert.getDialogPane();
        pane.setId("aboutDialog");
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }

        var description = label("frame.about.description");
        description.setWrapText(true);
        var heading = label("frame.about.libraries");
        heading.getStyleClass().add("section-title");
        var libraries = new GridPane();
        libraries.setId("aboutLibraries");
        libraries.setHgap(16);
        libraries.setVgap(2);
        int row = 0;
        for (String library : BUNDLED) {
            var name = label("frame.about.library." + library);
            name.setMinWidth(Region.USE_PREF_SIZE);
            var licence = label("frame.about.licence." + library);
            licence.setWrapText(true);
            libraries.addRow(row++, name, licence);
        }
        var content = new VBox(10, description, heading, libraries);
        content.setPrefWidth(560);
        pane.setContent(content);
        return alert;
    }

    private static Label label(String key) {
        var label = new Label();
        Words.bind(label.textProperty(), key);
        return label;
    }
}
