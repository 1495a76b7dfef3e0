package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Scale;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The controls of one optimizer's hyperparameters, built from what the optimizer declares and nothing else: a
 * slider (log-scaled where declared) with a field for exact values, or a check box for a switch. A value that is
 * malformed or out of range is refused with a message under the control, and the old value stays. Labels, tooltips
 * and messages are in the language spoken ({@link Names#hyperparameter}), and follow it when it changes.
 *
 * <p>Used by both tabs. Node ids: {@code <optimizer>-<key>-slider}, {@code -field}, {@code -check},
 * {@code -error}.
 */
public final class HyperparameterForm extends VBox {

    /** Applies a new value; returns {@code null} when it was taken, else why not, in the language spoken. */
    @FunctionalInterface
    public interface Setter {
        String set(String key, double value);
    }

    private final List<Runnable> refreshers = new ArrayList<>();
    /** Puts the tooltips on the controls: done the first time the pointer comes over the form (see the constructor). */
    private final List<Runnable> tooltips = new ArrayList<>();
    private final ChangeListener<HyperparameterValues> refreshOnChange;
    /** Each slider by its hyperparameter's key, with room for a mark on its scale. */
    private final java.util.Map<String, MarkedSlider> sliders = new java.util.HashMap<>();
    private final OptimizerType type;
    private boolean refreshing;

    public HyperparameterForm(OptimizerType type, ObservableObjectValue<HyperparameterValues> values, Setter setter) {
        this(type, values, setter, h -> true);
    }

    /** A form of only the hyperparameters that {@code which} accepts (e.g. the learning rate on its own). */
    public HyperparameterForm(OptimizerType type, ObservableObjectValue<HyperparameterValues> values, Setter setter,
            Predicate<Hyperparameter> which) {
        this.type = type;
        getStyleClass().add("hyperparameter-form");
        setSpacing(2);
        for (Hyperparameter h : type.hyperparameters()) {
            if (which.test(h)) {
                getChildren().add(row(type, h, values, setter));
            }
        }
        // Held weakly by the property: a form replaced by another optimizer's is collected, not kept listening.
        refreshOnChange = (o, was, is) -> {
            if (is.declared().equals(type.hyperparameters())) {
                refresh();
            }
        };
        values.addListener(new WeakChangeListener<>(refreshOnChange));
        refresh();
        // A tooltip is a popup control of its own, costly to make: the seventy-odd of the surfaces tab's forms took
        // about a quarter of a second of the window's start-up. Made when the pointer first comes over the form, they
        // are there before it reaches a control.
        addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent e) {
                removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                tooltips.forEach(Runnable::run);
                tooltips.clear();
            }
        });
    }

    private void refresh() {
        refreshing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
    }

    private VBox row(OptimizerType type, Hyperparameter h, ObservableObjectValue<HyperparameterValues> values,
            Setter setter) {
        String id = type.id() + "-" + h.key();
        var error = new ProblemLabel(id + "-error");
        var help = Words.text(() -> Names.hyperparameterHelp(type, h));

        if (h.scale() == Scale.SWITCH) {
            var check = new CheckBox();
            check.textProperty().bind(Words.text(() -> Names.hyperparameter(type, h)));
            check.setId(id + "-check");
            tooltips.add(() -> check.setTooltip(tooltip(help)));
            refreshers.add(() -> check.setSelected(values.get().get(h.key()) == 1));
            check.selectedProperty().addListener((o, was, is) -> {
                if (!refreshing) {
                    error.show(setter.set(h.key(), is ? 1 : 0));
                }
            });
            return new VBox(check, error);
        }

        var label = new Label();
        label.textProperty().bind(Words.text(() -> Names.hyperparameter(type, h)));
        label.getStyleClass().add("hyperparameter-label");
        boolean log = h.scale() == Scale.LOG;
        var slider = log ? new Slider(Math.log10(h.min()), Math.log10(h.max()), 0) : new Slider(h.min(), h.max(), 0);
        slider.setId(id + "-slider");
        var field = new TextField();
        field.setId(id + "-field");
        field.setPrefColumnCount(6);
        field.getStyleClass().add("value-field");
        tooltips.add(() -> {
            var tip = tooltip(help);
            label.setTooltip(tip);
            slider.setTooltip(tip);
            field.setTooltip(tooltip(Words.text(() -> Words.format("widgets.hyperparameter.exact",
                    Names.hyperparameterHelp(type, h), example(h)))));
        });
        refreshers.add(() -> {
            double v = values.get().get(h.key());
            slider.setValue(log ? Math.log10(v) : v);
            field.setText(Hyperparameter.format(v));
        });
        slider.valueProperty().addListener((o, was, is) -> {
            if (!refreshing) {
                double v = log ? roundSignificant(Math.pow(10, is.doubleValue()), 2) : roundStep(is.doubleValue(), h);
                v = Math.max(h.min(), Math.min(h.max(), v));
                error.show(setter.set(h.key(), v));
            }
        });
        Runnable commit = () -> {
            Supplier<String> problem;
            try {
                String refused = setter.set(h.key(), h.parse(field.getText()));
                problem = refused == null ? null : () -> refused;
            } catch (Hyperparameter.Refused e) {
                problem = () -> ProblemText.of(e, Names.hyperparameter(type, h));
            } catch (IllegalArgumentException e) {
                problem = e::getMessage;
            }
            error.showLive(problem);
            if (problem != null) {
                field.setText(Hyperparameter.format(values.get().get(h.key())));
                field.selectAll();
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !field.getText().equals(Hyperparameter.format(values.get().get(h.key())))) {
                commit.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(Hyperparameter.format(values.get().get(h.key())));
                error.show(null);
            }
        });
        var marked = new MarkedSlider(slider, log);
        sliders.put(h.key(), marked);
        var grid = new GridPane();
        grid.setHgap(6);
        grid.add(label, 0, 0, 2, 1);
        grid.add(marked, 0, 1);
        grid.add(field, 1, 1);
        GridPane.setHgrow(marked, Priority.ALWAYS);
        var box = new VBox(1, grid, error);
        box.setPadding(new Insets(2, 0, 2, 0));
        return box;
    }

    /**
     * Marks one value on the slider of hyperparameter {@code key} (node id {@code <optimizer>-<key>-mark}): a small red
     * wedge where the thumb would stand at {@code value}, with {@code tip} as its tooltip. It follows both, and is
     * absent while the value is not finite, not positive on a log scale, or off the slider's range. A switch or a key
     * the form does not show has no slider, and gets no mark.
     */
    public void mark(String key, javafx.beans.value.ObservableValue<? extends Number> value,
            javafx.beans.value.ObservableValue<String> tip) {
        var marked = sliders.get(key);
        if (marked != null) {
            marked.mark(type.id() + "-" + key + "-mark", value, tip);
        }
    }

    private static Tooltip tooltip(javafx.beans.value.ObservableValue<String> text) {
        var tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }

    private static String example(Hyperparameter h) {
        return h.scale() == Scale.LOG ? "3e-4" : Hyperparameter.format((h.min() + h.max()) / 2);
    }

    /** {@code v} to {@code digits} significant digits: slider values read 0.0012, not 0.00123456. */
    static double roundSignificant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    private static double roundStep(double v, Hyperparameter h) {
        double step = NiceTicks.step(h.max() - h.min(), 200);
        return Math.round(v / step) * step;
    }
}
