package org.descentlab.ui.network;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.descentlab.ui.words.Words;

/**
 * What the middle of the network tab shows, chosen with a switch beside Train / One epoch / Reset: the decision
 * boundary (the tab's own maps), the loss landscape ({@link LandscapePane}), the gradients per layer
 * ({@link GradientsPane}) or the confusion matrices ({@link ConfusionPane}). Choosing Gradients makes the runs
 * measure their gradients from the next epoch on (and every run started while it is on); they keep measuring when
 * another view is chosen, so that the chart has no gap when it comes back.
 */
final class NetworkViews {

    /** The views the middle can show. */
    enum Choice {
        BOUNDARY("boundary", "depth.view.boundary"), LANDSCAPE("landscape", "depth.view.landscape"),
        GRADIENTS("gradients", "depth.view.gradients"), CONFUSION("confusion", "confusion.view");

        private final String id;
        private final String key;

        Choice(String id, String key) {
            this.id = id;
            this.key = key;
        }

        String key() {
            return key;
        }

        String nodeId() {
            return id + "Toggle";
        }
    }

    private final NetworkTabModel model;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.BOUNDARY);
    private final LandscapePane landscape;
    private final GradientsPane gradients;
    private final ConfusionPane confusion;

    NetworkViews(NetworkTabModel model) {
        this.model = model;
        landscape = new LandscapePane(model);
        gradients = new GradientsPane(model);
        confusion = new ConfusionPane(model);
        choice.addListener((o, was, is) -> chosen());
        model.revisionProperty().addListener((o, was, is) -> measureGradients());
    }

    /** The view on show in the middle. */
    ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** Whether the middle shows the tab's own decision-boundary maps. */
    boolean showsBoundary() {
        return choice.get() == Choice.BOUNDARY;
    }

    /** What the middle shows for a choice other than the boundary. */
    Region centre() {
        return switch (choice.get()) {
            case GRADIENTS -> gradients;
            case CONFUSION -> confusion;
            default -> landscape;
        };
    }

    /** The tab's buttons followed by the switch, in a row that wraps onto further lines when narrow. */
    FlowPane bar(Node... buttons) {
        var group = new ToggleGroup();
        var toggles = new HBox(0);
        toggles.setId("viewSwitch");
        toggles.setMinWidth(Region.USE_PREF_SIZE);
        for (Choice c : Choice.values()) {
            var toggle = new ToggleButton();
            toggle.setId(c.nodeId());
            toggle.setUserData(c);
            Words.bind(toggle.textProperty(), c.key());
            var tip = new Tooltip();
            Words.bind(tip.textProperty(), c.key() + ".tip");
            toggle.setTooltip(tip);
            toggle.setToggleGroup(group);
            toggle.setFocusTraversable(false);
            toggle.setMinWidth(Region.USE_PREF_SIZE);
            toggle.setSelected(c == choice.get());
            toggles.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one view is always chosen
            } else {
                choice.set((Choice) is.getUserData());
            }
        });
        choice.addListener((o, was, is) -> group.getToggles().stream().filter(t -> t.getUserData() == is)
                .findFirst().ifPresent(t -> t.setSelected(true)));
        var bar = new FlowPane(6, 6, buttons);
        bar.getChildren().add(toggles);
        FlowPane.setMargin(toggles, new javafx.geometry.Insets(0, 0, 0, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("networkButtonBar");
        return bar;
    }

    private void chosen() {
        measureGradients();
        landscape.setShown(choice.get() == Choice.LANDSCAPE);
        if (choice.get() == Choice.GRADIENTS) {
            gradients.update();
        } else if (choice.get() == Choice.CONFUSION) {
            confusion.update(true);
        }
    }

    /** With the Gradients view on show, every run on show measures its gradients from its next epoch on. */
    private void measureGradients() {
        if (choice.get() == Choice.GRADIENTS) {
            model.runs().forEach(r -> r.measureGradients(true));
        }
    }

    /**
     * Once per chart interval of the frame loop: new epochs on the chart, a landscape when training stopped, the
     * confusion matrices of the newest weights.
     */
    void update(boolean idle) {
        if (choice.get() == Choice.GRADIENTS) {
            gradients.update();
        } else if (choice.get() == Choice.LANDSCAPE) {
            landscape.update(idle);
        } else if (choice.get() == Choice.CONFUSION) {
            confusion.update(idle);
        }
    }

    /** The words of the moment in the views. */
    void relabel() {
        gradients.relabel();
        landscape.relabel();
        confusion.relabel();
    }

    /** Classroom mode's sizes in the views. */
    void present() {
        gradients.present();
        landscape.present();
        confusion.present();
    }

    LandscapePane landscape() {
        return landscape;
    }

    GradientsPane gradients() {
        return gradients;
    }

    ConfusionPane confusion() {
        return confusion;
    }

    /** Stops the landscape's and the confusion matrices' workers (the window is closing). */
    void close() {
        landscape.close();
        confusion.close();
    }
}
