package org.descentlab.ui.surface;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.ui.widgets.PlaybackIcons;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.words.Words;

/**
 * The race's controls in the surface tab's left column: Play, Step and Reset, the step counter, the speed, the most
 * steps (a refused number says why, in the language of the moment) and the gradient noise.
 */
final class RaceControls {

    private static final Color INK = Color.web("#1d2533");

    private final SurfaceTabModel model;
    private final ProblemLabel maxError = new ProblemLabel("maxStepsError");
    /** Why the maximum typed last was refused, in the words of the moment; {@code null} when it was taken. */
    private Supplier<String> maxProblem;

    RaceControls(SurfaceTabModel model) {
        this.model = model;
    }

    /** Says again, in the new language, why the maximum typed last was refused. */
    void refreshWords() {
        maxError.show(maxProblem == null ? null : maxProblem.get());
    }

    /** Play, Step, Reset, the step counter, the speed, the most steps and the noise. */
    VBox panel() {
        var play = playButton("playButton", true);
        var step = new Button(null, PlaybackIcons.step(INK));
        step.setId("stepButton");
        Words.bind(step.textProperty(), "surfaces.step");
        step.setOnAction(e -> model.singleStep());
        step.setTooltip(SurfaceWords.tip("surfaces.step.tip"));
        var reset = new Button(null, PlaybackIcons.reset(INK));
        reset.setId("resetButton");
        Words.bind(reset.textProperty(), "surfaces.reset");
        reset.setOnAction(e -> model.reset());
        reset.setTooltip(SurfaceWords.tip("surfaces.reset.tip"));
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
        speedLabel.textProperty().bind(SurfaceWords.text(() -> Words.format("surfaces.speed",
                SurfaceWords.number("%.0f", model.stepsPerSecondProperty().get())), model.stepsPerSecondProperty()));

        var maxSteps = new TextField(Integer.toString(model.maxStepsProperty().get()));
        maxSteps.setId("maxStepsField");
        maxSteps.setPrefColumnCount(6);
        Runnable commitMax = () -> {
            String text = maxSteps.getText().trim();
            maxProblem = maxStepsProblem(text);
            if (maxProblem == null) {
                model.maxStepsProperty().set((int) Double.parseDouble(text));
                maxError.show(null);
            } else {
                maxError.show(maxProblem.get());
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
        var maxLabel = new Label();
        Words.bind(maxLabel.textProperty(), "surfaces.maxSteps");
        var maxRow = new HBox(8, maxLabel, maxSteps);
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
        noiseLabel.textProperty().bind(SurfaceWords.text(() -> Words.format("surfaces.noise",
                SurfaceWords.number("%.2f", model.noiseProperty().get())), model.noiseProperty()));
        noiseLabel.setTooltip(SurfaceWords.tip("surfaces.noise.tip"));

        // The most steps and the noise are set before a demonstration, not during it: classroom mode folds them away.
        var settings = ClassroomFold.fold(new VBox(6, maxRow, maxError, new VBox(0, noiseLabel, noise)));
        return SurfaceControls.section("surfaces.race.section", new HBox(6, play, step, reset), counter,
                new VBox(0, speedLabel, speed), settings);
    }

    /** Play and Pause in words, with a drawn icon (white on the primary button). */
    private Button playButton(String id, boolean words) {
        var play = new Button();
        play.setId(id);
        if (words) {
            play.textProperty().bind(SurfaceWords.text(() -> Words.get(model.playingProperty().get()
                    ? "surfaces.pause" : "surfaces.play"), model.playingProperty()));
        }
        play.graphicProperty().bind(model.playingProperty().map(p -> p ? PlaybackIcons.pause(Color.WHITE)
                : PlaybackIcons.play(Color.WHITE)));
        play.setOnAction(e -> model.togglePlaying());
        play.setTooltip(SurfaceWords.tip("surfaces.play.tip"));
        play.getStyleClass().add("primary");
        play.setFocusTraversable(false);
        return play;
    }

    private Label stepCounter(String id) {
        var counter = new Label();
        counter.setId(id);
        counter.getStyleClass().add("step-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.textProperty().bind(SurfaceWords.text(() -> Words.format("surfaces.counter",
                model.clockProperty().get(), model.maxStepsProperty().get()), model.clockProperty(),
                model.maxStepsProperty()));
        return counter;
    }

    /** Play or Pause and the step counter, for the bar above the plot while the controls are folded away. */
    HBox foldedPlayback() {
        var box = new HBox(8, playButton("foldedPlayButton", false), stepCounter("foldedStepCounter"));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Why {@code text} cannot be the most steps, in words made when asked (so that they follow the language), or
     * {@code null} when it can.
     */
    private static Supplier<String> maxStepsProblem(String text) {
        double value;
        try {
            value = Hyperparameter.parseNumber(text, "");
        } catch (IllegalArgumentException e) {
            return () -> Words.format("surfaces.maxSteps.notANumber", text);
        }
        var limit = SurfaceLimits.STEPS;
        return limit.accepts(value) ? null : () -> Words.format("surfaces.maxSteps.outOfRange", whole(limit.min()),
                whole(limit.max()), whole(value));
    }

    /** Whole numbers in full (1000000, not 1e+06), others as hyperparameters are written. */
    private static String whole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Hyperparameter.format(v);
    }
}
