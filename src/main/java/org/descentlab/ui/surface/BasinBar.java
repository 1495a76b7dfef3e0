package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.InsightSetup;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The basin map's controls in the bar above the plot, shown while the map is on: whose basins ("Basins of GD"), in the
 * side-by-side layout a second optimizer beside it ("and Momentum"), the key of the colours, and the work's progress.
 * Each is a separate item of the bar, so that a narrow bar wraps between them rather than cutting one short.
 */
final class BasinBar {

    /** An entry of the second chooser: an optimizer, or none ({@code null}). */
    record Choice(OptimizerType type) {
    }

    private final SurfaceTabModel model;
    private final ComboBox<OptimizerType> first = new ComboBox<>();
    private final ComboBox<Choice> second = new ComboBox<>();
    private final HBox firstChooser;
    private final HBox secondChooser;
    /** The key's items: the minima's colours, black, grey; each its own item of the bar. */
    private final List<Label> key = List.of(new Label(), new Label(), new Label());
    private final WorkStrip strip;
    /** Says which chosen optimizer has no panel to be drawn in (side by side, when it is not ticked). */
    private final Label notRacing = new Label();
    private boolean updating;
    private String keyShownFor = "";

    BasinBar(SurfaceTabModel model, InsightWork<?, ?> work) {
        this.model = model;
        var of = new Label();
        Words.bind(of.textProperty(), "insight.basin.of");
        var and = new Label();
        Words.bind(and.textProperty(), "insight.basin.and");
        first.setId("basinFirst");
        first.getItems().setAll(OptimizerRegistry.all());
        second.setId("basinSecond");
        var choices = new ArrayList<Choice>();
        choices.add(new Choice(null));
        OptimizerRegistry.all().forEach(t -> choices.add(new Choice(t)));
        second.getItems().setAll(choices);
        second.setTooltip(SurfaceWords.tip("insight.basin.second.tip"));
        refreshCells();
        first.valueProperty().addListener((o, was, is) -> chosen());
        second.valueProperty().addListener((o, was, is) -> chosen());
        firstChooser = chooser("basinFirstChooser", of, first);
        secondChooser = chooser("basinSecondChooser", and, second);
        for (int i = 0; i < key.size(); i++) {
            key.get(i).setId("basinKey" + i);
            key.get(i).setMinWidth(Label.USE_PREF_SIZE);
        }
        strip = new WorkStrip("basinWork", "insight.basin", work);
        notRacing.setId("basinNotRacing");
        notRacing.getStyleClass().add("hint");
        notRacing.setMinWidth(Label.USE_PREF_SIZE);
        refresh();
    }

    private static HBox chooser(String id, Label label, ComboBox<?> box) {
        label.setMinWidth(Label.USE_PREF_SIZE);
        var pair = new HBox(6, label, box);
        pair.setId(id);
        pair.setAlignment(Pos.CENTER_LEFT);
        pair.setMinWidth(HBox.USE_PREF_SIZE);
        return pair;
    }

    /** The items for the bar above the plot, each wrapping to the next row on its own when the bar is narrow. */
    List<Node> items() {
        var items = new ArrayList<Node>(List.of(firstChooser, secondChooser));
        items.addAll(key);
        items.add(notRacing);
        items.add(strip);
        return items;
    }

    /** The chooser of the first (or only) optimizer, for tests. */
    ComboBox<OptimizerType> first() {
        return first;
    }

    /** The chooser of the second optimizer, for tests. */
    ComboBox<Choice> second() {
        return second;
    }

    /** Shows the settings of the moment: whether the map is on, whose, and the key for the surface and steps. */
    void refresh() {
        InsightSetup insight = model.insightProperty().get();
        boolean on = insight.showBasins();
        boolean sideBySide = model.layoutProperty().get() == SurfaceTabModel.Layout.SIDE_BY_SIDE;
        updating = true;
        try {
            first.setValue(insight.basinOptimizers().get(0));
            second.setValue(new Choice(insight.basinOptimizers().size() > 1 ? insight.basinOptimizers().get(1)
                    : null));
        } finally {
            updating = false;
        }
        var missing = insight.basinOptimizers().stream().filter(t -> !model.slot(t.id()).isEnabled()).toList();
        notRacing.setText(missing.isEmpty() ? "" : Words.format("insight.basin.notRacing",
                String.join(", ", missing.stream().map(Names::optimizer).toList())));
        for (Node n : items()) {
            if (n != strip) {
                n.setVisible(on && (n != secondChooser || sideBySide)
                        && (n != notRacing || sideBySide && !missing.isEmpty()));
                n.setManaged(n.isVisible());
            }
        }
        String shownFor = System.identityHashCode(model.surface()) + "/" + model.maxStepsProperty().get() + "/"
                + Words.language() + "/" + Presentation.scale(); // a typed surface's minima change under one id
        if (on && !shownFor.equals(keyShownFor)) {
            keyShownFor = shownFor;
            fillKey();
        }
    }

    /** Words again in the language of the moment. */
    void refreshWords() {
        refreshCells();
        keyShownFor = "";
        refresh();
        strip.refresh();
    }

    private void chosen() {
        if (updating || first.getValue() == null) {
            return;
        }
        var list = new ArrayList<OptimizerType>();
        list.add(first.getValue());
        Choice other = second.getValue();
        if (other != null && other.type() != null && !Objects.equals(other.type(), first.getValue())) {
            list.add(other.type());
        }
        var insight = model.insightProperty().get();
        if (!list.equals(insight.basinOptimizers())) {
            model.insightProperty().set(insight.withBasins(insight.basinGrid(), list));
        }
    }

    /** The colours of the minima (as many as differ), black and grey, each with what it means. */
    private void fillKey() {
        double s = Presentation.scale();
        int minima = Math.min(model.surface().info().minima().size(), 8);
        var swatches = new HBox(2);
        swatches.setAlignment(Pos.CENTER);
        for (int m = 0; m < minima; m++) {
            swatches.getChildren().add(swatch(BasinColours.minimum(m), s));
        }
        item(key.get(0), swatches, Words.get("insight.basin.key.minimum"));
        item(key.get(1), swatch(BasinColours.DIVERGED, s), Words.get("insight.basin.key.diverged"));
        item(key.get(2), swatch(BasinColours.RUNNING, s), Words.format("insight.basin.key.running",
                model.maxStepsProperty().get()));
    }

    private static void item(Label label, Node graphic, String text) {
        label.setText(text);
        label.setGraphic(graphic);
    }

    private static Rectangle swatch(Color colour, double scale) {
        var r = new Rectangle(11 * scale, 11 * scale, colour);
        r.setStroke(Color.web("#1d2533"));
        r.setStrokeWidth(0.8 * scale);
        return r;
    }

    private void refreshCells() {
        first.setCellFactory(l -> new TypeCell());
        first.setButtonCell(new TypeCell());
        second.setCellFactory(l -> new ChoiceCell());
        second.setButtonCell(new ChoiceCell());
    }

    /** An optimizer by its name, with its colour. */
    private static final class TypeCell extends ListCell<OptimizerType> {
        @Override
        protected void updateItem(OptimizerType type, boolean empty) {
            super.updateItem(type, empty);
            setText(empty || type == null ? null : Names.optimizer(type));
        }
    }

    /** An optimizer by its name, or "none". */
    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null
                    : choice.type() == null ? Words.get("insight.basin.none") : Names.optimizer(choice.type()));
        }
    }
}
