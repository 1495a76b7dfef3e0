package org.descentlab.ui.surface;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.widgets.OptimizerColours;
import org.descentlab.ui.widgets.ProblemLabel;

/**
 * The controls of the surface tab: the surface and the race (always in sight, at the top of the left column), every
 * optimizer with its settings (scrolling below them), and the view options (a bar above the plot).
 */
final class SurfaceControls {

    private static final Color INK = Color.web("#1d2533");

    private final SurfaceTabModel model;

    SurfaceControls(SurfaceTabModel model) {
        this.model = model;
    }

    /** Surface and race controls: the part that never scrolls away. */
    VBox header() {
        var box = new VBox(10, surfacePicker(), new Separator(), playback());
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(12, 12, 6, 12));
        return box;
    }

    /** The optimizer list with its options, to be put in a scroll pane. */
    VBox optimizerList() {
        var box = new VBox(10, optimizers());
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(6, 12, 12, 12));
        return box;
    }

    private VBox surfacePicker() {
        var choice = new ComboBox<Surface>();
        choice.setId("surfaceChoice");
        choice.getItems().setAll(SurfaceRegistry.all());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setCellFactory(l -> new SurfaceCell());
        choice.setButtonCell(new SurfaceCell());
        choice.setValue(model.surface());
        choice.valueProperty().addListener((o, was, is) -> {
            if (is != null && is != model.surface()) {
                model.setSurface(is);
            }
        });
        model.surfaceProperty().addListener((o, was, is) -> choice.setValue(is));
        var description = new Label();
        description.setId("surfaceDescription");
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        description.getStyleClass().add("hint");
        description.textProperty().bind(model.surfaceProperty().map(s -> s.info().description()));
        return section("Surface", choice, description);
    }

    private VBox playback() {
        var play = playButton("playButton", true);
        var step = new Button("Step", PlaybackIcons.step(INK));
        step.setId("stepButton");
        step.setOnAction(e -> model.singleStep());
        step.setTooltip(new Tooltip("Right arrow: one step of every optimizer"));
        var reset = new Button("Reset", PlaybackIcons.reset(INK));
        reset.setId("resetButton");
        reset.setOnAction(e -> model.reset());
        reset.setTooltip(new Tooltip("R: back to the start point"));
        for (Button b : new Button[] {play, step, reset}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        var counter = stepCounter("stepCounter");

        var speed = new Slider(0, 3, Math.log10(model.stepsPerSecondProperty().get()));
        speed.setId("speedSlider");
        speed.valueProperty().addListener((o, was, is) -> {
            double chosen = Math.round(Math.pow(10, is.doubleValue()));
            if (Math.round(model.stepsPerSecondProperty().get()) != chosen) {
                model.stepsPerSecondProperty().set(chosen);
            }
        });
        model.stepsPerSecondProperty().addListener((o, was, is) -> {
            if (Math.round(Math.pow(10, speed.getValue())) != Math.round(is.doubleValue())) {
                speed.setValue(Math.log10(is.doubleValue()));
            }
        });
        var speedLabel = new Label();
        speedLabel.textProperty().bind(model.stepsPerSecondProperty().asString("Speed: %.0f steps per second"));

        var maxSteps = new TextField(Integer.toString(model.maxStepsProperty().get()));
        maxSteps.setId("maxStepsField");
        maxSteps.setPrefColumnCount(6);
        var maxError = new ProblemLabel("maxStepsError");
        Runnable commitMax = () -> {
            String text = maxSteps.getText().trim();
            try {
                model.maxStepsProperty().set((int) SurfaceLimits.STEPS.parse(text, "Maximum steps"));
                maxError.show(null);
            } catch (SettingException e) {
                maxError.show(e.getMessage());
                maxSteps.setText(Integer.toString(model.maxStepsProperty().get()));
            }
        };
        maxSteps.setOnAction(e -> commitMax.run());
        maxSteps.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitMax.run();
            }
        });
        model.maxStepsProperty().addListener((o, was, is) -> maxSteps.setText(Integer.toString(is.intValue())));
        var maxRow = new HBox(8, new Label("Maximum steps"), maxSteps);
        maxRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var noise = new Slider(0, SurfaceLimits.NOISE.max(), model.noiseProperty().get());
        noise.setId("noiseSlider");
        noise.valueProperty().addListener((o, was, is) -> {
            double chosen = Math.round(is.doubleValue() * 100) / 100.0;
            if (chosen != model.noiseProperty().get()) {
                model.noiseProperty().set(chosen);
            }
        });
        model.noiseProperty().addListener((o, was, is) -> {
            if (Math.abs(noise.getValue() - is.doubleValue()) >= 0.005) {
                noise.setValue(is.doubleValue());
            }
        });
        var noiseLabel = new Label();
        noiseLabel.textProperty().bind(model.noiseProperty().asString("Gradient noise σ = %.2f"));
        noiseLabel.setTooltip(new Tooltip("Adds σ·N(0, 1) to every gradient: what mini-batches do to the slope"));

        return section("Race", new HBox(6, play, step, reset), counter, labelled(speedLabel, speed), maxRow,
                maxError, labelled(noiseLabel, noise));
    }

    /** Play and Pause in words, with a drawn icon (white on the primary button). */
    private Button playButton(String id, boolean words) {
        var play = new Button();
        play.setId(id);
        if (words) {
            play.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "Play"));
        }
        play.graphicProperty().bind(model.playingProperty().map(p -> p ? PlaybackIcons.pause(Color.WHITE)
                : PlaybackIcons.play(Color.WHITE)));
        play.setOnAction(e -> model.togglePlaying());
        play.setTooltip(new Tooltip("Space: play or pause"));
        play.getStyleClass().add("primary");
        play.setFocusTraversable(false);
        return play;
    }

    private Label stepCounter(String id) {
        var counter = new Label();
        counter.setId(id);
        counter.getStyleClass().add("step-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.textProperty().bind(model.clockProperty().asString("Step %d").concat(
                model.maxStepsProperty().asString(" of %d")));
        return counter;
    }

    /** Play or Pause and the step counter, for the bar above the plot while the controls are folded away. */
    HBox foldedPlayback() {
        var box = new HBox(8, playButton("foldedPlayButton", false), stepCounter("foldedStepCounter"));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Layout and drawing options, as a bar above the plot, after {@code leading} (the button that folds the controls
     * away). The options move to a second row when the bar is narrow, rather than being cut short.
     */
    FlowPane viewBar(javafx.scene.Node... leading) {
        var group = new ToggleGroup();
        var overlay = new ToggleButton("Overlay");
        overlay.setId("overlayToggle");
        var sideBySide = new ToggleButton("Side by side");
        sideBySide.setId("sideBySideToggle");
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
                check("insidesCheck", "Inside the optimizer", model.showInsidesProperty(),
                        "White arrow: downhill. Coloured arrow: velocity ×10. Circle: NAG's look-ahead point. "
                                + "Ellipse: effective learning rate along x and y."),
                check("logScaleCheck", "Log colours", model.logColourScaleProperty(),
                        "Spread the colours over many orders of magnitude of f"));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-bar");
        bar.setId("viewBar");
        return bar;
    }

    private VBox optimizers() {
        var box = new VBox(8);
        for (OptimizerSlot slot : model.slots()) {
            box.getChildren().add(optimizerRow(slot));
        }
        var tune = new Button("Tune rates");
        tune.setId("tuneButton");
        tune.setOnAction(e -> model.tuneLearningRates());
        tune.setTooltip(new Tooltip("For each optimizer, the gentlest learning rate that gets near a minimum in "
                + SurfaceTabModel.TUNING_STEPS + " steps"));
        var defaults = new Button("Defaults");
        defaults.setId("defaultsButton");
        defaults.setOnAction(e -> model.useDeclaredDefaults());
        defaults.setTooltip(new Tooltip("Every hyperparameter at the value the command line uses"));
        var hint = new Label("Each surface opens with the learning rates that show what its description says. Tune "
                + "rates picks each optimizer's gentlest rate that arrives; Defaults restores the command line's.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return section("Optimizers", hint, new HBox(6, tune, defaults),
                check("linkCheck", "Link learning rates", model.linkLearningRatesProperty(),
                        "Moving one learning rate moves all of them by the same factor"),
                check("restartCheck", "Restart on change", model.restartOnChangeProperty(),
                        "Restart every optimizer from the start point when a setting changes"),
                box);
    }

    private VBox optimizerRow(OptimizerSlot slot) {
        var enabled = new CheckBox(slot.type().name());
        enabled.setId(slot.type().id() + "-enabled");
        enabled.selectedProperty().bindBidirectional(slot.enabledProperty());
        enabled.setTooltip(new Tooltip(slot.type().description()));
        enabled.getStyleClass().add("optimizer-name");
        var swatch = new Rectangle(22, 6, OptimizerColours.of(slot.index()));
        var header = new HBox(8, swatch, enabled);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HyperparameterForm.Setter setter = (key, value) -> model.setHyperparameter(slot, key, value);
        var lr = new HyperparameterForm(slot.type(), slot.valuesProperty(), setter, h -> h.key().equals("lr"));
        var row = new VBox(2, header, lr);
        if (slot.type().hyperparameters().size() > 1) {
            var more = new TitledPane("More settings",
                    new HyperparameterForm(slot.type(), slot.valuesProperty(), setter, h -> !h.key().equals("lr")));
            more.setId(slot.type().id() + "-more");
            more.setExpanded(false);
            more.getStyleClass().add("more-settings");
            row.getChildren().add(more);
        }
        row.setId(slot.type().id() + "-row");
        row.getStyleClass().add("optimizer-row");
        return row;
    }

    /** A label above its slider, tight. */
    private static VBox labelled(Label label, Slider slider) {
        return new VBox(0, label, slider);
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property,
            String tip) {
        var box = new CheckBox(text);
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        box.setTooltip(new Tooltip(tip));
        box.setFocusTraversable(false);
        return box;
    }

    private static VBox section(String title, javafx.scene.Node... content) {
        var heading = new Label(title);
        heading.getStyleClass().add("section-title");
        var box = new VBox(6, heading);
        box.getChildren().addAll(content);
        return box;
    }

    /** Shows a surface by its display name. */
    private static final class SurfaceCell extends ListCell<Surface> {
        @Override
        protected void updateItem(Surface s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.info().name());
        }
    }
}
