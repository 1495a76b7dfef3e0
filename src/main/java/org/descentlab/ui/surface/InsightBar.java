package org.descentlab.ui.surface;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.descentlab.ui.words.Words;

/**
 * The switches for seeing why: the curvature axes (in the view bar above the plot) and the previous run's ghosts, with
 * a button that clears them (beside the timeline under it: both are about what came before). Classroom mode folds
 * them away, like the colour scale, so that the larger controls keep to one row each; the plot's menu has them there.
 */
final class InsightBar {

    private final SurfaceTabModel model;

    InsightBar(SurfaceTabModel model) {
        this.model = model;
    }

    /** The curvature switch, for the view bar. */
    Node curvature() {
        return ClassroomFold.fold(curvatureCheck());
    }

    /** The ghosts' switch and their clear button, kept together. */
    Node ghosts() {
        return ClassroomFold.fold(ghostGroup());
    }

    private CheckBox curvatureCheck() {
        var show = new CheckBox();
        show.setId("curvatureCheck");
        Words.bind(show.textProperty(), "insight.curvature.show");
        show.setTooltip(SurfaceWords.tip("insight.curvature.show.tip"));
        show.selectedProperty().bindBidirectional(model.showCurvatureProperty());
        show.setFocusTraversable(false);
        show.setMinWidth(Region.USE_PREF_SIZE);
        return show;
    }

    private HBox ghostGroup() {
        var ghosts = model.ghosts();
        var show = new CheckBox();
        show.setId("ghostsCheck");
        Words.bind(show.textProperty(), "insight.ghost.show");
        show.setTooltip(SurfaceWords.tip("insight.ghost.show.tip"));
        show.selectedProperty().bindBidirectional(ghosts.shownProperty());
        show.setFocusTraversable(false);
        show.setMinWidth(Region.USE_PREF_SIZE);
        var clear = new Button();
        clear.setId("clearGhostsButton");
        Words.bind(clear.textProperty(), "insight.ghost.clear");
        clear.setTooltip(SurfaceWords.tip("insight.ghost.clear.tip"));
        clear.setOnAction(e -> ghosts.clear());
        clear.setFocusTraversable(false);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.getStyleClass().add("small-button");
        Runnable enable = () -> clear.setDisable(!ghosts.any() || !ghosts.shownProperty().get());
        ghosts.revisionProperty().addListener((o, was, is) -> enable.run());
        enable.run();
        var group = new HBox(6, show, clear);
        group.setAlignment(Pos.CENTER_LEFT);
        group.setMinWidth(Region.USE_PREF_SIZE);
        return group;
    }
}
