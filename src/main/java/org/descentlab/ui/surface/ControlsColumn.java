package org.descentlab.ui.surface;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The surface tab's left column: the surface and the race at the top (always in sight), the optimizers scrolling
 * below, and the update rule at the foot. The rule is read whole where it can be; it never takes the room the list
 * needs to show a row or two ({@link RulePanel#setRoom}).
 */
final class ControlsColumn extends VBox {

    /** The height of the optimizer list that the update rule below it leaves at least. */
    static final double LIST_MIN_HEIGHT = 150;

    private final VBox header;
    private final RulePanel rule;

    ControlsColumn(SurfaceControls controls) {
        header = controls.header();
        var list = new ScrollPane(controls.optimizerList());
        list.setFitToWidth(true);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setId("optimizerList");
        rule = new RulePanel(controls.optimizers().selectedProperty());
        header.setMinHeight(Region.USE_PREF_SIZE);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        rule.setMinWidth(0);
        list.setMinHeight(LIST_MIN_HEIGHT);
        getChildren().addAll(header, list, rule);
        VBox.setVgrow(list, Priority.ALWAYS);
        setMinWidth(270);
        // Whatever the fonts, the column never paints over the plot beside it.
        var clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setId("surfaceControls");
        getStyleClass().add("sidebar");
    }

    /** The width the race's controls need at the fonts of the moment (classroom mode makes them wider). */
    double neededWidth() {
        applyCss();
        return header.prefWidth(-1) + getInsets().getLeft() + getInsets().getRight();
    }

    /** The update rule at the foot of the column. */
    RulePanel rule() {
        return rule;
    }

    @Override
    protected void layoutChildren() {
        // A few pixels to spare: the edges of the panes are measured before they are laid out.
        double spare = 8;
        rule.setRoom(Math.max(60, getHeight() - header.prefHeight(getWidth()) - LIST_MIN_HEIGHT - rule.chrome()
                - spare));
        super.layoutChildren();
    }
}
