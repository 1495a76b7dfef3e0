package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.descentlab.ui.words.Words;

/**
 * The 3D view's key, in a corner over it: each racer's colour and name, the start's white block and the global
 * minimum's white pin. Made again only when the racers, their names or the language change.
 */
final class SolidLegend extends VBox {

    private final SurfaceTabModel model;
    private List<String> shown = List.of();

    SolidLegend(SurfaceTabModel model) {
        this.model = model;
        setId("solidLegend");
        setMouseTransparent(true);
        restyle();
    }

    /** Brings the rows up to the racers on show. */
    void show() {
        var slots = model.racingSlots();
        var names = new ArrayList<String>();
        for (OptimizerSlot slot : slots) {
            names.add(model.nameOf(slot) + slot.colourCss());
        }
        names.add(Words.language().name() + PlotStyle.scale());
        if (names.equals(shown)) {
            return;
        }
        shown = names;
        var rows = new ArrayList<Node>();
        double s = PlotStyle.scale();
        for (OptimizerSlot slot : slots) {
            rows.add(row(model.nameOf(slot), new Circle(5 * s, slot.colour())));
        }
        var block = new Rectangle(8 * s, 8 * s, Color.WHITE);
        block.setStroke(Color.web("#1d2533"));
        block.setRotate(45);
        rows.add(row(Words.get("solid.legend.start"), block));
        var pin = new Rectangle(3 * s, 12 * s, Color.WHITE);
        pin.setStroke(Color.web("#1d2533"));
        rows.add(row(Words.get("solid.legend.minimum"), pin));
        getChildren().setAll(rows);
    }

    private static Label row(String text, Node icon) {
        var label = new Label(text, icon);
        label.setGraphicTextGap(6 * PlotStyle.scale());
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** The language changed: the rows are made again. */
    void refreshWords() {
        shown = List.of();
        show();
    }

    /** Classroom mode or high contrast: larger words, a black edge. */
    void restyle() {
        double s = PlotStyle.scale();
        setStyle("-fx-background-color: rgba(255, 255, 255, 0.88); -fx-background-radius: 6; -fx-border-color: "
                + (PlotStyle.highContrast() ? "#000000" : "#cfd4dc") + "; -fx-border-radius: 6; -fx-font-size: "
                + 13 * s + "px; -fx-padding: " + 5 * s + " " + 9 * s + "; -fx-spacing: " + 2 * s + ";");
        shown = List.of();
    }

    /** The words of the rows, for tests. */
    List<String> words() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
