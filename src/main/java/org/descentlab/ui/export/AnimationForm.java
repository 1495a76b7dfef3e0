package org.descentlab.ui.export;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.descentlab.core.scene.Limit;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.RaceLayout;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The choices of File → Save animation…: what to film (the race on the current surface as laid out now, or the
 * network learning), its length in steps or epochs, frames per second and size, each within its declared limit, and
 * the length of the film they give. The scene supplies the defaults; the values are read with {@link #settings()}.
 */
final class AnimationForm extends VBox {

    /** Sizes offered, as width and height; the last choice is "custom". */
    static final List<int[]> PRESETS = List.of(new int[] {640, 480}, new int[] {480, 360}, new int[] {800, 600},
            new int[] {1024, 768}, new int[] {1280, 720}, new int[] {1920, 1080});

    /** What the form asks for. */
    record Settings(boolean network, int length, int fps, int width, int height) {
    }

    private final Scene scene;
    private final RadioButton race = new RadioButton();
    private final RadioButton network = new RadioButton();
    private final Label lengthLabel = new Label();
    private final Spinner<Integer> length = new Spinner<>();
    private final Spinner<Integer> fps = spinner(ExportLimits.FPS, (int) ExportLimits.FPS.defaultValue());
    private final ComboBox<Integer> size = new ComboBox<>();
    private final Spinner<Integer> width = spinner(ExportLimits.WIDTH, (int) ExportLimits.WIDTH.defaultValue());
    private final Spinner<Integer> height = spinner(ExportLimits.HEIGHT, (int) ExportLimits.HEIGHT.defaultValue());
    private final Label summary = new Label();

    /** The choices for {@code scene}, the network chosen first when {@code networkFirst}. */
    AnimationForm(Scene scene, boolean networkFirst) {
        super(10);
        this.scene = scene;
        var group = new ToggleGroup();
        race.setToggleGroup(group);
        network.setToggleGroup(group);
        race.setId("animationRace");
        network.setId("animationNetwork");
        race.setDisable(scene.surfaces() == null);
        network.setDisable(scene.network() == null);
        if (scene.surfaces() != null) {
            var surfaces = scene.surfaces();
            String layout = surfaces.layout() == RaceLayout.OVERLAY ? "export.animation.layout.overlay"
                    : "export.animation.layout.sideBySide";
            race.textProperty().bind(Words.text(() -> Words.format("export.animation.what.race",
                    Names.surface(surfaces.surface()), Words.get(layout))));
        }
        Words.bind(network.textProperty(), "export.animation.what.network");
        (networkFirst && scene.network() != null || scene.surfaces() == null ? network : race).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, is) -> whatChanged());

        length.setId("animationLength");
        fps.setId("animationFps");
        size.setId("animationSize");
        width.setId("animationWidth");
        height.setId("animationHeight");
        summary.setId("animationSummary");
        for (int i = 0; i <= PRESETS.size(); i++) {
            size.getItems().add(i);
        }
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : index == PRESETS.size() ? Words.get("export.animation.size.custom")
                        : Words.format("export.animation.size.preset", PRESETS.get(index)[0], PRESETS.get(index)[1]);
            }

            @Override
            public Integer fromString(String text) {
                return size.getValue();
            }
        });
        size.setValue(0);
        size.valueProperty().addListener((o, was, is) -> sizeChosen());
        sizeChosen();
        whatChanged();
        for (Spinner<Integer> s : List.of(length, fps)) {
            s.valueProperty().addListener((o, was, is) -> summarise());
        }

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("export.animation.length"), new HBox(6, length, lengthLabel));
        grid.addRow(1, label("export.animation.fps"), fps);
        var times = new Label("×");
        grid.addRow(2, label("export.animation.size"), new HBox(6, size, width, times, height));
        getChildren().addAll(label("export.animation.what"), new VBox(4, race, network), grid, summary);
        setPadding(new Insets(12));
    }

    /** The choices as they stand (a number being typed is taken first). */
    Settings settings() {
        for (Spinner<Integer> s : List.of(length, fps, width, height)) {
            s.commitValue();
        }
        return new Settings(network.isSelected(), length.getValue(), fps.getValue(), width.getValue(),
                height.getValue());
    }

    /** The frames the choices give: one per frame time of the run as the window plays it ({@link ExportLimits}). */
    int frames(Settings s) {
        return s.network() ? ExportLimits.trainingFrames(s.length(), scene.network().training().speedLimit(), s.fps())
                : ExportLimits.raceFrames(s.length(), scene.surfaces().speed(), s.fps());
    }

    /** Race or network: the length is in steps or in epochs, starting at the scene's own. */
    private void whatChanged() {
        boolean net = network.isSelected();
        Limit limit = net ? NetworkLimits.EPOCHS : SurfaceLimits.STEPS;
        int initial = net ? scene.network().training().epochs() : scene.surfaces().steps();
        length.setValueFactory(factory(limit, Math.max(1, initial)));
        length.setEditable(true);
        Words.bind(lengthLabel.textProperty(), net ? "export.animation.epochs" : "export.animation.steps");
        summarise();
    }

    private void sizeChosen() {
        boolean custom = size.getValue() == PRESETS.size();
        width.setDisable(!custom);
        height.setDisable(!custom);
        if (!custom) {
            width.getValueFactory().setValue(PRESETS.get(size.getValue())[0]);
            height.getValueFactory().setValue(PRESETS.get(size.getValue())[1]);
        }
    }

    private void summarise() {
        if (length.getValue() == null || fps.getValue() == null) {
            return;
        }
        var s = new Settings(network.isSelected(), length.getValue(), fps.getValue(), 0, 0);
        int frames = frames(s);
        summary.textProperty().bind(Words.text(() -> Words.format("export.animation.summary", frames,
                String.format(java.util.Locale.ROOT, "%.1f", (double) frames / s.fps()))));
    }

    private static Label label(String key) {
        var label = new Label();
        Words.bind(label.textProperty(), key);
        return label;
    }

    /** An editable spinner of whole numbers within {@code limit}; typed text that is no number keeps the value. */
    private static Spinner<Integer> spinner(Limit limit, int initial) {
        var spinner = new Spinner<Integer>();
        spinner.setValueFactory(factory(limit, initial));
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    private static SpinnerValueFactory<Integer> factory(Limit limit, int initial) {
        int min = (int) Math.max(1, limit.min());
        int max = (int) limit.max();
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max,
                initial)));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    double typed = Double.parseDouble(text.strip());
                    return (int) Math.max(min, Math.min(max, Math.round(typed)));
                } catch (NumberFormatException e) {
                    return factory.getValue(); // not a number: the value stays as it was
                }
            }
        });
        return factory;
    }
}
