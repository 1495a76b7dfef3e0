package org.descentlab.ui.network;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.descentlab.ui.words.Words;

/**
 * The small parts the network tab's settings are built from: fields, buttons, labelled grids, sections, and the
 * reading of typed numbers with messages in the student's language. Every word is a key of the {@code network}
 * bundle, bound so that it follows a change of language.
 */
final class SettingsParts {

    /** The template of a text that is not a whole number: the setting's words, the text typed. */
    private static final String NOT_WHOLE = "network.input.notWhole";
    /** The template of a text that is not a number. */
    private static final String NOT_NUMBER = "network.input.notNumber";
    /** A plain decimal or scientific number: what {@code Hyperparameter.parseNumber} takes, and nothing else. */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SettingsParts() {
    }

    /**
     * A value refused, with a message made in the language spoken when it is read: a message left on show is made
     * again in the new words when the language changes.
     */
    static final class Refusal extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final transient Supplier<String> words;

        Refusal(Supplier<String> words) {
            this.words = words;
        }

        @Override
        public String getMessage() {
            return words.get();
        }
    }

    /** The text {@code make} makes, made again when the language or any of {@code state} changes. */
    static StringBinding text(Supplier<String> make, Observable... state) {
        var all = new Observable[state.length + 1];
        all[0] = Words.languageProperty();
        System.arraycopy(state, 0, all, 1, state.length);
        return Bindings.createStringBinding(make::get, all);
    }

    static TextField field(String id, String text) {
        var f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(7);
        f.getStyleClass().add("value-field");
        return f;
    }

    /** A button with the words of {@code key}. */
    static Button button(String id, String key, EventHandler<ActionEvent> action) {
        var b = new Button();
        Words.bind(b.textProperty(), key);
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    /** A grey line of explanation that wraps. */
    static Label hint(String key) {
        var hint = new Label();
        Words.bind(hint.textProperty(), key);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /**
     * Labels (the words of {@code keys}) beside their controls. The controls keep their width and the labels take
     * what is left, wrapping onto a second line in a narrow column rather than being cut short.
     */
    static GridPane grid(String[] keys, Node... controls) {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        var labelColumn = new ColumnConstraints();
        labelColumn.setHgrow(Priority.ALWAYS);
        var controlColumn = new ColumnConstraints();
        controlColumn.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labelColumn, controlColumn);
        for (int i = 0; i < keys.length; i++) {
            var label = new Label();
            Words.bind(label.textProperty(), keys[i]);
            label.setWrapText(true);
            label.setMinWidth(40);
            label.setLabelFor(controls[i]);
            grid.add(label, 0, i);
            grid.add(controls[i], 1, i);
            GridPane.setFillWidth(controls[i], true);
        }
        grid.setAlignment(Pos.CENTER_LEFT);
        return grid;
    }

    /** Buttons in a row that wraps in a narrow column, each always wide enough for its text. */
    static FlowPane buttonRow(Button... buttons) {
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new FlowPane(6, 6, buttons);
    }

    /** A section of the column: its heading (the words of {@code key}) over its content. */
    static VBox section(String key, Node... content) {
        var heading = new Label();
        Words.bind(heading.textProperty(), key);
        heading.getStyleClass().add("section-title");
        var box = new VBox(6, heading);
        box.getChildren().addAll(content);
        return box;
    }

    /**
     * A converter that shows each value in the words of the moment. A choice box shows new words when it is given a
     * new converter, so a change of language hands it a fresh one of these.
     */
    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The whole number in {@code field}; refused with a message naming the setting (the words of {@code key}). */
    static int parseInt(TextField field, String key) {
        try {
            return Integer.parseInt(field.getText().trim());
        } catch (NumberFormatException e) {
            throw notWhole(key, field.getText().trim());
        }
    }

    static long parseLong(TextField field, String key) {
        try {
            return Long.parseLong(field.getText().trim());
        } catch (NumberFormatException e) {
            throw notWhole(key, field.getText().trim());
        }
    }

    private static Refusal notWhole(String key, String text) {
        return new Refusal(() -> Words.format(NOT_WHOLE, Words.get(key), text));
    }

    /** A number typed by a person: decimals and scientific notation only (no "NaN", no hexadecimal). */
    static double parseDouble(TextField field, String key) {
        return parseNumber(field.getText(), () -> Words.get(key));
    }

    /** {@code text} as a plain decimal or scientific number, refused with a message naming the setting. */
    static double parseNumber(String text, Supplier<String> setting) {
        String t = text == null ? "" : text.trim();
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            throw new Refusal(() -> Words.format(NOT_NUMBER, setting.get(), t));
        }
        return Double.parseDouble(t);
    }

    /**
     * The batch size in {@code text}: a whole number, or the word for every training point at once ({@code full},
     * its word in the language spoken, or English "full" in any language); null when it is neither.
     */
    static Integer parseBatchSize(String text, String full) {
        if (text.equalsIgnoreCase("full") || text.equalsIgnoreCase(full.trim())) {
            return org.descentlab.core.nn.TrainingSettings.FULL_BATCH;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
