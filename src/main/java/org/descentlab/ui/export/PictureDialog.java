package org.descentlab.ui.export;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.descentlab.ui.export.Pictures.Backdrop;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * The small dialog of Save picture and Copy picture: what to picture (what the tab on show can picture, then the
 * whole window), at which resolution (1× as on screen, 2× for a sharp slide, each with its size in pixels) and, for a
 * chart, on which background (white, or transparent for a coloured slide). It ends with Copy or Save…; Save… then asks
 * for the file. It opens with the choices made last time, or with the plot whose camera button was pressed.
 */
public final class PictureDialog {

    /** What the person asked for. */
    public enum Action {
        /** Write a PNG file. */
        SAVE,
        /** Put the picture on the clipboard. */
        COPY
    }

    /** The person's choice. */
    public record Choice(PictureSource source, int scale, Backdrop backdrop, Action action) {
    }

    /**
     * How the dialog opens.
     *
     * @param sourceId the id of the source chosen at first; the first source when none has it
     * @param scale 1 or 2
     * @param backdrop the background chosen for a chart
     * @param action what the menu item or button asked for: Enter does it
     */
    public record Start(String sourceId, int scale, Backdrop backdrop, Action action) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final ComboBox<PictureSource> what = new ComboBox<>();
    private final ToggleGroup scales = new ToggleGroup();
    private final RadioButton once = radio("pictureScale1", scales);
    private final RadioButton twice = radio("pictureScale2", scales);
    private final ToggleGroup backgrounds = new ToggleGroup();
    private final RadioButton white = radio("pictureWhite", backgrounds);
    private final RadioButton transparent = radio("pictureTransparent", backgrounds);

    /**
     * @param owner the window the dialog belongs to (may be {@code null} in tests)
     * @param sources what can be pictured, in the order offered (the whole window last)
     * @param start the choices it opens with
     */
    public PictureDialog(Window owner, List<PictureSource> sources, Start start) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to picture");
        }
        if (owner != null) {
            dialog.initOwner(owner);
        }
        var pane = dialog.getDialogPane();
        pane.setId("pictureDialog");
        var scene = sources.get(0).node().getScene();
        if (scene != null) {
            pane.getStylesheets().addAll(scene.getStylesheets());
        }
        pane.getStylesheets().add(PictureButtons.STYLESHEET);
        if (Presentation.classroom()) {
            pane.getStyleClass().add(Presentation.CLASSROOM_CLASS);
        }
        dialog.titleProperty().bind(Words.text(start.action() == Action.COPY ? "export.picture.copyTitle"
                : "export.picture.saveTitle"));
        what.setId("pictureWhat");
        what.getItems().setAll(sources);
        what.setButtonCell(new SourceCell());
        what.setCellFactory(list -> new SourceCell());
        what.setMaxWidth(Double.MAX_VALUE);
        what.setValue(sources.stream().filter(s -> s.id().equals(start.sourceId())).findFirst()
                .orElse(sources.get(0)));
        pane.setContent(content());
        buttons(start.action());
        (start.scale() == 2 ? twice : once).setSelected(true);
        (start.backdrop() == Backdrop.TRANSPARENT ? transparent : white).setSelected(true);
        dialog.setResultConverter(this::result);
    }

    private GridPane content() {
        once.textProperty().bind(sizeText("export.picture.scale1", 1));
        twice.textProperty().bind(sizeText("export.picture.scale2", 2));
        Words.bind(white.textProperty(), "export.picture.white");
        Words.bind(transparent.textProperty(), "export.picture.transparent");
        var onlyCharts = new Label();
        onlyCharts.setId("pictureBackgroundHint");
        onlyCharts.getStyleClass().add("hint");
        Words.bind(onlyCharts.textProperty(), "export.picture.backgroundHint");
        var backgroundRow = new HBox(16, white, transparent);
        var chart = Bindings.createBooleanBinding(() -> what.getValue().chart(), what.valueProperty());
        backgroundRow.disableProperty().bind(chart.not());
        onlyCharts.visibleProperty().bind(chart.not());
        var grid = new GridPane();
        grid.getStyleClass().add("picture-dialog-grid");
        grid.setHgap(14);
        grid.setVgap(12);
        grid.addRow(0, label("export.picture.what"), what);
        grid.addRow(1, label("export.picture.resolution"), new VBox(6, once, twice));
        grid.addRow(2, label("export.picture.background"), new VBox(4, backgroundRow, onlyCharts));
        for (int row = 0; row < 3; row++) {
            // Each label on the line of the first choice beside it.
            var constraints = new RowConstraints();
            constraints.setValignment(VPos.BASELINE);
            grid.getRowConstraints().add(constraints);
        }
        grid.setMinWidth(440);
        return grid;
    }

    /** A resolution's words with the picture's size in pixels, following the choice and the language. */
    private StringBinding sizeText(String key, int scale) {
        return Bindings.createStringBinding(() -> {
            int[] size = PictureTaking.size(what.getValue(), scale);
            return Words.format(key, size[0], size[1]);
        }, what.valueProperty(), Words.languageProperty());
    }

    private void buttons(Action action) {
        var copy = new ButtonType(Words.get("export.picture.copy"), ButtonBar.ButtonData.LEFT);
        var save = new ButtonType(Words.get("export.picture.save"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(Words.get("export.picture.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(copy, save, cancel);
        var copyButton = (Button) pane.lookupButton(copy);
        var saveButton = (Button) pane.lookupButton(save);
        copyButton.setId("copyPictureButton");
        saveButton.setId("savePictureButton");
        pane.lookupButton(cancel).setId("cancelPictureButton");
        // Enter does what the menu item said: Copy picture copies, Save picture saves.
        copyButton.setDefaultButton(action == Action.COPY);
        saveButton.setDefaultButton(action != Action.COPY);
    }

    private Choice result(ButtonType button) {
        if (button == null || button.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
            return null;
        }
        Action action = button.getButtonData() == ButtonBar.ButtonData.LEFT ? Action.COPY : Action.SAVE;
        PictureSource source = what.getValue();
        Backdrop backdrop = source.chart() && transparent.isSelected() ? Backdrop.TRANSPARENT : Backdrop.WHITE;
        return new Choice(source, twice.isSelected() ? 2 : 1, backdrop, action);
    }

    /** Shows the dialog and waits: the choice, or empty when it was cancelled. */
    public Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    /** The dialog's pane (tests walk its words). */
    public DialogPane pane() {
        return dialog.getDialogPane();
    }

    /** The dialog itself. */
    public Dialog<Choice> dialog() {
        return dialog;
    }

    private static RadioButton radio(String id, ToggleGroup group) {
        var radio = new RadioButton();
        radio.setId(id);
        radio.setToggleGroup(group);
        return radio;
    }

    private static Label label(String key) {
        var label = new Label();
        Words.bind(label.textProperty(), key);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** A source by its name, in the words of the moment. */
    private static final class SourceCell extends ListCell<PictureSource> {
        @Override
        protected void updateItem(PictureSource source, boolean empty) {
            super.updateItem(source, empty);
            textProperty().unbind();
            if (empty || source == null) {
                setText(null);
            } else {
                textProperty().bind(Words.text(source.name()));
            }
        }
    }
}
