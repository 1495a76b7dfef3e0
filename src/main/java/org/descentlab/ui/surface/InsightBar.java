package org.descentlab.ui.surface;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.descentlab.ui.words.Words;

/**
 * The view bar's switches for seeing why: the curvature axes, and the previous run's ghosts (with a button that clears
 * them). Each group keeps its parts together when the bar wraps. Classroom mode folds them away, like the colour
 * scale, so that the larger bar keeps to one row; the plot's menu has them there.
 */
final class InsightBar {

    private final SurfaceTabModel model;

    InsightBar(SurfaceTabModel model) {
        this.model = model;
    }

    /** The nodes to add to the view bar. */
    List<Node> nodes() {
        return List.of(ClassroomFold.fold(curvatureCheck()), ClassroomFold.fold(ghostGroup()));
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
