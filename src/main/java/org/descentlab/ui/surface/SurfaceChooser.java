package org.descentlab.ui.surface;

import java.util.ArrayList;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The surface chooser: the built-in surfaces, then the typed surface of this session (once there is one, by its
 * formula), then Custom…, which opens the {@link CustomSurfaceDialog} with the typed surface's formula. Choosing a
 * surface puts it on show; Custom… itself is never left chosen: the chooser shows the surface on show until the
 * dialog's OK changes it.
 */
final class SurfaceChooser {

    /** An entry of the chooser: a surface, or Custom… ({@link #CUSTOM}, no surface). */
    record Entry(Surface surface) {
        static final Entry CUSTOM = new Entry(null);
    }

    private final SurfaceTabModel model;
    private final ComboBox<Entry> box = new ComboBox<>();
    /** The typed surface offered in the list and in the dialog: the newest one put on show. */
    private FormulaSurface typed;
    private CustomSurfaceDialog dialog;
    /** Set while the chooser follows the model, so that its own change is not taken for a choice. */
    private boolean following;

    SurfaceChooser(SurfaceTabModel model) {
        this.model = model;
        box.setId("surfaceChoice");
        box.setMaxWidth(Double.MAX_VALUE);
        // The whole formula and bounds of a typed surface, whose name is cut short (and whose description folds away
        // in classroom mode).
        var tip = new javafx.scene.control.Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.textProperty().bind(SurfaceWords.text(() -> Names.surfaceDescription(model.surface()),
                model.surfaceProperty()));
        box.setTooltip(tip);
        refreshWords();
        follow(model.surface());
        box.valueProperty().addListener((o, was, is) -> chosen(is));
        model.surfaceProperty().addListener((o, was, is) -> follow(is));
    }

    /** The chooser. */
    ComboBox<Entry> box() {
        return box;
    }

    /** New cells: the list and the button show each entry in the language of the moment. */
    void refreshWords() {
        box.setCellFactory(l -> new EntryCell());
        box.setButtonCell(new EntryCell());
    }

    /** The dialog of the last Custom…, or {@code null} (tests). */
    CustomSurfaceDialog dialog() {
        return dialog;
    }

    /** Opens the Custom… dialog on the typed surface on show, or the last one, or an empty formula. */
    void openCustom() {
        var start = model.surface() instanceof FormulaSurface s ? s : typed;
        var owner = box.getScene() == null ? null : box.getScene().getWindow();
        dialog = new CustomSurfaceDialog(owner, start, made -> model.setSurface(made.surface(), made.rates()));
        dialog.show();
    }

    private void chosen(Entry entry) {
        if (following || entry == null) {
            return;
        }
        if (entry.surface() == null) {
            // Back to the surface on show at once; the dialog opens after the list has closed.
            Platform.runLater(() -> {
                follow(model.surface());
                openCustom();
            });
        } else if (!entry.surface().equals(model.surface())) {
            model.setSurface(entry.surface());
        }
    }

    /** Lists the entries (the typed surface among them, if any) and shows {@code surface} as chosen. */
    private void follow(Surface surface) {
        following = true;
        try {
            if (surface instanceof FormulaSurface s) {
                typed = s;
            }
            var entries = new ArrayList<Entry>();
            SurfaceRegistry.all().forEach(built -> entries.add(new Entry(built)));
            if (typed != null) {
                entries.add(new Entry(typed));
            }
            entries.add(Entry.CUSTOM);
            if (!entries.equals(box.getItems())) {
                box.getItems().setAll(entries);
                box.setVisibleRowCount(entries.size()); // Custom… in sight, at the end of the list
            }
            box.setValue(new Entry(surface));
        } finally {
            following = false;
        }
    }

    /** Shows an entry by the surface's display name, or Custom…. */
    private static final class EntryCell extends ListCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
            } else {
                setText(entry.surface() == null ? Words.get("formula.custom") : Names.surface(entry.surface()));
            }
        }
    }
}
