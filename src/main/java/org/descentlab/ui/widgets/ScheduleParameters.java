package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.Scale;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.ui.words.Words;

/**
 * The rows of a schedule's parameters in one grid, a row per declared parameter: its label (with the unit for a
 * count), a slider (log-scaled where declared; counts move in whole steps) and a field for an exact value. A slider drawn along shows
 * the new curve at once and puts the value in force when let go; a typed value is put in force on Enter or when the
 * field is left, or refused with a message and the old value back.
 */
final class ScheduleParameters {

    private ScheduleParameters() {
    }

    /** The rows of {@code kind}'s parameters, put in {@code grid} (emptied first), handing values to {@code control}. */
    static List<Row> rows(GridPane grid, String id, ScheduleControl.Unit unit, ScheduleKind kind,
            ScheduleControl control) {
        grid.getChildren().clear();
        var rows = new ArrayList<Row>();
        for (Hyperparameter h : kind.parameters()) {
            var row = new Row(id + "-" + h.key(), unit, kind, h, control);
            // The label over its slider and field, as in the optimizers' forms: whole at any width and font size.
            grid.add(row.label, 0, 2 * rows.size(), 2, 1);
            grid.addRow(2 * rows.size() + 1, row.slider, row.field);
            rows.add(row);
        }
        return rows;
    }

    /** A grid whose sliders take the width left beside the fields. */
    static GridPane grid() {
        var grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(1);
        var slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        slider.setMinWidth(50);
        var field = new ColumnConstraints();
        field.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(slider, field);
        return grid;
    }

    /** One parameter's label, slider and field. */
    static final class Row {

        private final Hyperparameter h;
        private final ScheduleKind kind;
        private final ScheduleControl control;
        private final boolean log;
        private final Label label = new Label();
        private final Slider slider;
        private final TextField field = new TextField();
        private boolean showing;

        Row(String id, ScheduleControl.Unit unit, ScheduleKind kind, Hyperparameter h, ScheduleControl control) {
            this.h = h;
            this.kind = kind;
            this.control = control;
            this.log = h.scale() == Scale.LOG;
            String key = "schedule.param." + kind.id() + "." + h.key();
            // A count says what it counts: "Interval s (steps)", "간격 s (에포크)".
            label.textProperty().bind(Words.text(() -> Words.get(key)
                    + (ScheduleKind.counts(h) ? " (" + ScheduleControl.unitWord(unit) + ")" : "")));
            label.getStyleClass().add("hyperparameter-label");
            label.setWrapText(true);
            slider = log ? new Slider(Math.log10(h.min()), Math.log10(h.max()), 0) : new Slider(h.min(), h.max(), 0);
            slider.setId(id + "-slider");
            field.setId(id + "-field");
            field.setPrefColumnCount(5);
            field.getStyleClass().add("value-field");
            var tip = new Tooltip();
            tip.textProperty().bind(Words.text(key + ".help"));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            label.setTooltip(tip);
            slider.setTooltip(tip);
            field.setTooltip(tip);
            slider.valueProperty().addListener((o, was, is) -> {
                if (!showing) {
                    moved(slider.isValueChanging());
                }
            });
            slider.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing && !showing) {
                    moved(false);
                }
            });
            field.setOnAction(e -> typed());
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused && !field.getText().equals(Hyperparameter.format(current()))) {
                    typed();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    field.setText(Hyperparameter.format(current()));
                    control.refuse(null);
                }
            });
        }

        /** Puts {@code values}' value on the slider and in the field, without counting it as a choice. */
        void show(HyperparameterValues values) {
            showing = true;
            try {
                double v = values.get(h.key());
                slider.setValue(log ? Math.log10(v) : v);
                field.setText(Hyperparameter.format(v));
            } finally {
                showing = false;
            }
        }

        private double current() {
            return control.shown().values().get(h.key());
        }

        /** The slider moved: drawn while dragged, put in force when let go (or moved by a click or a key). */
        private void moved(boolean dragging) {
            double v = sliderValue();
            field.setText(Hyperparameter.format(v));
            var next = new Schedule(kind, control.shown().values().with(h.key(), v));
            if (dragging) {
                control.preview(next);
            } else {
                control.refuse(null);
                control.put(next);
            }
        }

        /** The slider's value as the parameter's: counts whole, shares to two decimals, within the declared range. */
        private double sliderValue() {
            double raw = log ? Math.pow(10, slider.getValue()) : slider.getValue();
            double v = ScheduleKind.counts(h) ? Math.round(raw) : Math.round(raw * 100) / 100.0;
            return Math.max(h.min(), Math.min(h.max(), v));
        }

        private void typed() {
            double v;
            try {
                v = h.parse(field.getText());
            } catch (Hyperparameter.Refused e) {
                String name = "schedule.param." + kind.id() + "." + h.key();
                control.refuse(() -> ProblemText.of(e, Words.get(name)));
                field.setText(Hyperparameter.format(current()));
                field.selectAll();
                return;
            }
            control.refuse(null);
            if (v != current()) {
                control.put(new Schedule(kind, control.shown().values().with(h.key(), v)));
            }
        }
    }
}
