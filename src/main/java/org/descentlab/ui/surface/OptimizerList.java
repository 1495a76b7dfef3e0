package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.ui.widgets.AfterFirstFrame;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The optimizers in the surface tab's left column: one row per registered optimizer (tick it to race it, its learning
 * rate, its other settings folded away, a "+" that races a copy of it), and under it a row per copy (its name, which
 * says what differs, its learning rate, its other settings, a button that takes it out of the race). The row clicked
 * or edited last is the one whose update rule is on show ({@link #selectedProperty}).
 */
final class OptimizerList {

    private static final Color INK = Color.web("#1d2533");

    private final SurfaceTabModel model;
    private final ObjectProperty<OptimizerSlot> selected = new SimpleObjectProperty<>();
    private final Map<OptimizerType, VBox> copyBoxes = new IdentityHashMap<>();
    private final Map<OptimizerSlot, CopyRow> copyRows = new IdentityHashMap<>();
    private final Map<OptimizerType, Button> addButtons = new IdentityHashMap<>();
    private final Map<OptimizerSlot, VBox> rows = new IdentityHashMap<>();

    /** A copy's row and the label with its name (made again when its settings or the language change). */
    private record CopyRow(VBox row, Label name) {
    }

    OptimizerList(SurfaceTabModel model) {
        this.model = model;
        model.copies().addListener((ListChangeListener<OptimizerSlot>) c -> copiesChanged());
        model.revisionProperty().addListener((o, was, is) -> refreshNames());
        selected.addListener((o, was, is) -> {
            for (var entry : rows.entrySet()) {
                entry.getValue().setStyle(entry.getKey() == is ? "-fx-background-color: #eaf0fb;" : null);
            }
        });
    }

    /** The racer whose update rule is on show: the row clicked or edited last. */
    ObjectProperty<OptimizerSlot> selectedProperty() {
        return selected;
    }

    /** Selects the first racer (or the first optimizer when nothing races), as when the tab opens. */
    void selectFirst() {
        var racing = model.racingSlots();
        selected.set(racing.isEmpty() ? model.slots().get(0) : racing.get(0));
    }

    /** Makes the copies' names again, in the language of the moment. */
    void refreshWords() {
        refreshNames();
    }

    /**
     * One row per optimizer, each followed by its copies. Only the first row is in the list for the window's first
     * frame, the others (below the fold, and most of the column's controls) join it right after
     * ({@link AfterFirstFrame}).
     */
    VBox rows() {
        var box = new VBox(8);
        var later = new ArrayList<Node>();
        for (OptimizerSlot slot : model.slots()) {
            var copies = new VBox(6);
            copies.setPadding(new Insets(0, 0, 0, 14));
            copyBoxes.put(slot.type(), copies);
            (box.getChildren().isEmpty() ? box.getChildren() : later).addAll(List.of(optimizerRow(slot), copies));
        }
        AfterFirstFrame.later(() -> box.getChildren().addAll(later));
        copiesChanged();
        selectFirst();
        return box;
    }

    private VBox optimizerRow(OptimizerSlot slot) {
        var enabled = new CheckBox();
        enabled.setId(slot.type().id() + "-enabled");
        enabled.textProperty().bind(Words.text(() -> Names.optimizer(slot.type())));
        enabled.selectedProperty().bindBidirectional(slot.enabledProperty());
        enabled.setTooltip(SurfaceWords.tip(() -> Names.optimizerIdea(slot.type())));
        enabled.getStyleClass().add("optimizer-name");
        var add = iconButton(slot.type().id() + "-addCopy", "M5,0 H7 V5 H12 V7 H7 V12 H5 V7 H0 V5 H5 Z");
        add.setTooltip(SurfaceWords.tip(() -> addTip(slot.type())));
        add.setOnAction(e -> addCopy(slot));
        addButtons.put(slot.type(), add);
        var header = header(new Rectangle(22, 6, slot.colour()), enabled, add);
        var row = settings(slot, header);
        var addItem = new MenuItem();
        Words.bind(addItem.textProperty(), "surfaces.copy.add");
        addItem.setOnAction(e -> addCopy(slot));
        addItem.disableProperty().bind(add.disableProperty());
        var menu = new ContextMenu(addItem);
        row.setOnContextMenuRequested(e -> {
            menu.show(row, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        row.setId(slot.type().id() + "-row");
        return row;
    }

    private void addCopy(OptimizerSlot of) {
        var copy = model.addCopy(of);
        if (copy != null) {
            selected.set(copy);
        }
    }

    private static String addTip(OptimizerType type) {
        return Words.format("surfaces.copy.add.tip", Names.optimizer(type));
    }

    private CopyRow copyRow(OptimizerSlot copy) {
        var name = new Label(model.nameOf(copy));
        name.getStyleClass().add("optimizer-name");
        name.setId(copy.key() + "-name");
        name.setWrapText(true);
        var remove = iconButton(copy.key() + "-remove",
                "M1,0 L6,5 L11,0 L12,1 L7,6 L12,11 L11,12 L6,7 L1,12 L0,11 L5,6 L0,1 Z");
        remove.setTooltip(SurfaceWords.tip("surfaces.copy.remove.tip"));
        remove.setOnAction(e -> model.removeCopy(copy));
        var row = settings(copy, header(new Rectangle(22, 6, copy.colour()), name, remove));
        row.setId(copy.key() + "-row");
        // The form's controls are named after the optimizer; a copy's after the copy, so that each id is one control.
        rename(row, copy.type().id() + "-", copy.key() + "-");
        return new CopyRow(row, name);
    }

    /** The header, the learning rate and the other settings folded away; a click or an edit selects it. */
    private VBox settings(OptimizerSlot slot, HBox header) {
        HyperparameterForm.Setter setter = (key, value) -> {
            selected.set(slot);
            return model.setHyperparameter(slot, key, value);
        };
        var lr = new HyperparameterForm(slot.type(), slot.valuesProperty(), setter, h -> h.key().equals("lr"));
        StabilityMark.attach(model, slot, lr);
        var row = new VBox(2, header, lr);
        if (slot.type().hyperparameters().size() > 1) {
            var more = new TitledPane(null,
                    new HyperparameterForm(slot.type(), slot.valuesProperty(), setter, h -> !h.key().equals("lr")));
            more.setId(slot.key() + "-more");
            Words.bind(more.textProperty(), "surfaces.moreSettings");
            more.setExpanded(false);
            more.getStyleClass().add("more-settings");
            row.getChildren().add(ClassroomFold.fold(more));
        }
        row.getStyleClass().add("optimizer-row");
        row.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> selected.set(slot));
        rows.put(slot, row);
        return row;
    }

    private static HBox header(Rectangle swatch, Region name, Button button) {
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(name, Priority.SOMETIMES);
        var header = new HBox(8, swatch, name, spacer, button);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** A small flat button with a drawn icon (the glyphs "+" and "×" differ too much from font to font). */
    private static Button iconButton(String id, String path) {
        var icon = new SVGPath();
        icon.setContent(path);
        icon.setFill(INK);
        var button = new Button(null, icon);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setStyle("-fx-padding: 3 5 3 5;");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /**
     * Gives every node under {@code node} whose id starts with {@code from} (and not already with {@code to}) an id
     * starting with {@code to}.
     */
    private static void rename(Node node, String from, String to) {
        if (node.getId() != null && node.getId().startsWith(from) && !node.getId().startsWith(to)) {
            node.setId(to + node.getId().substring(from.length()));
        }
        if (node instanceof TitledPane pane && pane.getContent() != null) {
            rename(pane.getContent(), from, to);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> rename(n, from, to));
        }
    }

    /** Shows a row under its optimizer for each copy, keeping the rows of the copies that stay. */
    private void copiesChanged() {
        copyRows.keySet().removeIf(c -> {
            boolean gone = !model.copies().contains(c);
            if (gone) {
                rows.remove(c);
            }
            return gone;
        });
        for (var entry : copyBoxes.entrySet()) {
            var list = model.copiesOf(entry.getKey()).stream()
                    .map(c -> (Node) copyRows.computeIfAbsent(c, this::copyRow).row()).toList();
            entry.getValue().getChildren().setAll(list);
        }
        addButtons.values().forEach(b -> b.setDisable(!model.canAddCopy()));
        if (selected.get() != null && selected.get().isCopy() && !model.copies().contains(selected.get())) {
            selectFirst();
        }
        refreshNames();
    }

    /** Each copy's name says what differs from the others of its optimizer: it changes with their settings. */
    private void refreshNames() {
        copyRows.forEach((copy, row) -> row.name().setText(model.nameOf(copy)));
    }
}
