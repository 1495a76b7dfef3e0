package org.descentlab.ui.surface;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The controls of the surface tab: the surface and the race (always in sight, at the top of the left column), every
 * optimizer with its settings (scrolling below them), and the view options (a bar above the plot).
 */
final class SurfaceControls {

    private final SurfaceTabModel model;
    private final RaceControls race;
    private final OptimizerList optimizerList;
    private final SurfaceChooser surfaceChooser;

    SurfaceControls(SurfaceTabModel model) {
        this.model = model;
        this.race = new RaceControls(model);
        this.optimizerList = new OptimizerList(model);
        this.surfaceChooser = new SurfaceChooser(model);
    }

    /**
     * Makes again the words made from the state (the surfaces' names in the chooser, a refused maximum): the
     * language changed. The other words follow the language on their own.
     */
    void refreshWords() {
        surfaceChooser.refreshWords();
        race.refreshWords();
        optimizerList.refreshWords();
    }

    /** The optimizers' rows, with the racer whose update rule is on show. */
    OptimizerList optimizers() {
        return optimizerList;
    }

    /** Surface and race controls: the part that never scrolls away. */
    VBox header() {
        var box = new VBox(10, surfacePicker(), new Separator(), race.panel());
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(12, 12, 6, 12));
        return box;
    }

    /** The optimizer list with its options, to be put in a scroll pane. */
    VBox optimizerList() {
        var box = new VBox(10, SurfaceSchedule.control(model, optimizerList.selectedProperty()), new Separator(),
                optimizerSection());
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(6, 12, 12, 12));
        return box;
    }

    private VBox surfacePicker() {
        var choice = surfaceChooser.box();
        var description = new Label();
        description.setId("surfaceDescription");
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        description.getStyleClass().add("hint");
        description.textProperty().bind(SurfaceWords.text(() -> Names.surfaceDescription(model.surface()),
                model.surfaceProperty()));
        return section("surfaces.surface.section", choice, ClassroomFold.fold(description));
    }


    /** Play or Pause and the step counter, for the bar above the plot while the controls are folded away. */
    HBox foldedPlayback() {
        return race.foldedPlayback();
    }

    /**
     * Layout and drawing options, as a bar above the plot, after {@code leading} (the button that folds the controls
     * away). The options move to a second row when the bar is narrow, rather than being cut short.
     */
    FlowPane viewBar(javafx.scene.Node... leading) {
        var group = new ToggleGroup();
        var overlay = new ToggleButton();
        overlay.setId("overlayToggle");
        Words.bind(overlay.textProperty(), "surfaces.overlay");
        var sideBySide = new ToggleButton();
        sideBySide.setId("sideBySideToggle");
        Words.bind(sideBySide.textProperty(), "surfaces.sideBySide");
        for (ToggleButton t : new ToggleButton[] {overlay, sideBySide}) {
            t.setToggleGroup(group);
            t.setFocusTraversable(false);
        }
        overlay.setSelected(model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY);
        sideBySide.setSelected(!overlay.isSelected());
        model.layoutProperty().addListener((o, was, is) ->
                (is == SurfaceTabModel.Layout.OVERLAY ? overlay : sideBySide).setSelected(true));
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one layout is always chosen
            } else {
                model.layoutProperty().set(is == overlay ? SurfaceTabModel.Layout.OVERLAY
                        : SurfaceTabModel.Layout.SIDE_BY_SIDE);
            }
        });
        var layouts = new HBox(0, overlay, sideBySide);
        layouts.setMinWidth(Region.USE_PREF_SIZE);
        var bar = new FlowPane(14, 6);
        bar.getChildren().addAll(leading);
        bar.getChildren().addAll(layouts,
                check("insidesCheck", "surfaces.insides", model.showInsidesProperty()),
                ClassroomFold.fold(check("logScaleCheck", "surfaces.logColours", model.logColourScaleProperty())));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-bar");
        bar.setId("viewBar");
        return bar;
    }

    private VBox optimizerSection() {
        var box = optimizerList.rows();
        var tune = new Button();
        tune.setId("tuneButton");
        Words.bind(tune.textProperty(), "surfaces.tune");
        tune.setOnAction(e -> model.tuneLearningRates());
        tune.setTooltip(SurfaceWords.tip(() -> Words.format("surfaces.tune.tip", SurfaceTabModel.TUNING_STEPS)));
        var defaults = new Button();
        defaults.setId("defaultsButton");
        Words.bind(defaults.textProperty(), "surfaces.defaults");
        defaults.setOnAction(e -> model.useDeclaredDefaults());
        defaults.setTooltip(SurfaceWords.tip("surfaces.defaults.tip"));
        var hint = new Label();
        Words.bind(hint.textProperty(), "surfaces.optimizers.hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        // In classroom mode the list is the optimizers and their learning rates; the rest is for preparing a lesson.
        var preparing = new VBox(6, hint, new HBox(6, tune, defaults),
                check("linkCheck", "surfaces.link", model.linkLearningRatesProperty()),
                check("restartCheck", "surfaces.restartOnChange", model.restartOnChangeProperty()));
        return section("surfaces.optimizers.section", ClassroomFold.fold(preparing), box);
    }

    /** A check box with the string of {@code key} and the tooltip of {@code key.tip}. */
    private static CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        var box = new CheckBox();
        box.setId(id);
        Words.bind(box.textProperty(), key);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        box.setTooltip(SurfaceWords.tip(key + ".tip"));
        box.setFocusTraversable(false);
        return box;
    }

    /** A titled group of controls; the title is the string of {@code titleKey}. */
    static VBox section(String titleKey, javafx.scene.Node... content) {
        var heading = new Label();
        Words.bind(heading.textProperty(), titleKey);
        heading.getStyleClass().add("section-title");
        var box = new VBox(6, heading);
        box.getChildren().addAll(content);
        return box;
    }
}
