package org.descentlab.ui.widgets;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.ui.words.Words;

/**
 * The learning-rate schedule of a tab: a choice of shape with its rule typeset beside it, a small curve of γ(t)/γ₀
 * over the run with a dot where the run is now ({@link ScheduleCurve}), the learning rate in use, and the shape's
 * parameters (built from what it declares and nothing else, {@link ScheduleParameters}). A shape or a value chosen
 * is handed to the tab, which may refuse it or decline to start over; the control then shows the schedule in force.
 *
 * <p>Node ids, after the {@code id} given: {@code Kind} (the choice), {@code Formula} (the typeset rule),
 * {@code Curve}, {@code Now}, {@code Problem}, and {@code <id>-<key>-slider}, {@code -field} for each parameter.
 * Every word comes from the {@code schedule} bundle and follows the language; the curve and the rule follow
 * classroom mode. Both are followed through weak listeners, so a control thrown away with its tab is not kept.
 */
public final class ScheduleControl extends VBox {

    /** What t counts: steps on the Surfaces tab, epochs on the Network tab. */
    public enum Unit {
        STEPS("schedule.unit.steps", "schedule.now.steps"),
        EPOCHS("schedule.unit.epochs", "schedule.now.epochs");

        private final String word;
        private final String now;

        Unit(String word, String now) {
            this.word = word;
            this.now = now;
        }

        /** The unit in the language spoken ("steps", "epochs"). */
        String word() {
            return Words.get(word);
        }
    }

    /**
     * Where the run stands.
     *
     * @param length the run's length in steps or epochs (the curve's width)
     * @param t steps or epochs done: the next one takes γ(t)
     * @param rate the starting rate γ₀ of {@code whose}, NaN when there is no one rate to speak of
     * @param whose the name of the optimizer (or racer) whose rate is meant, or {@code null}
     */
    public record Moment(long length, long t, double rate, String whose) {
    }

    /** Puts a schedule in force; returns {@code null} when it was taken (or the person declined), else why not. */
    @FunctionalInterface
    public interface Setter {
        String set(Schedule next);
    }

    private final String id;
    private final Unit unit;
    private final ObservableValue<Schedule> schedule;
    private final Setter setter;
    private final Supplier<Moment> moment;
    private final ChoiceBox<ScheduleKind> kind = new ChoiceBox<>();
    private final StackPane formula = new StackPane();
    private final GridPane parameters = ScheduleParameters.grid();
    private List<ScheduleParameters.Row> rows = List.of();
    private final ScheduleCurve curve = new ScheduleCurve();
    private final Label now = new Label();
    private final ProblemLabel problem;
    /** Held here: the language and classroom mode hold them weakly. */
    private final InvalidationListener relabel = o -> relabel();
    private final InvalidationListener present = o -> present();
    /** The schedule on show: the one in force, or one being dragged to on a slider. */
    private Schedule shown;
    private boolean following;

    /**
     * @param id the prefix of the node ids
     * @param unit what t counts
     * @param schedule the schedule in force; the control follows it
     * @param setter how a new one is put in force
     * @param moment where the run stands, read on {@link #refresh}
     */
    public ScheduleControl(String id, Unit unit, ObservableValue<Schedule> schedule, Setter setter,
            Supplier<Moment> moment) {
        super(6);
        this.id = id;
        this.unit = unit;
        this.schedule = schedule;
        this.setter = setter;
        this.moment = moment;
        this.problem = new ProblemLabel(id + "Problem");
        setId(id);
        getStyleClass().add("schedule-control");
        var title = new Label();
        Words.bind(title.textProperty(), "schedule.title");
        title.getStyleClass().add("section-title");
        kind.setId(id + "Kind");
        kind.getItems().setAll(ScheduleKind.values());
        kind.setOnAction(e -> chooseKind());
        kind.setTooltip(tooltip("schedule.kind.tip"));
        formula.setId(id + "Formula");
        var shape = new FlowPane(10, 4, kind, formula);
        shape.setAlignment(Pos.CENTER_LEFT);
        curve.setId(id + "Curve");
        Tooltip.install(curve, tooltip("schedule.curve.tip"));
        now.setId(id + "Now");
        now.getStyleClass().add("hint");
        now.setWrapText(true);
        now.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, shape, curve, now, parameters, problem);
        schedule.addListener((o, was, is) -> follow());
        Words.languageProperty().addListener(new WeakInvalidationListener(relabel));
        Presentation.classroomProperty().addListener(new WeakInvalidationListener(present));
        relabel();
        follow();
    }

    /** Reads where the run stands again: the curve's dot and the rate in use move there. */
    public void refresh() {
        Moment m = moment.get();
        curve.show(shown, m.length(), m.t());
        if (shown.constant()) {
            now.setText("");
            return;
        }
        double factor = shown.multiplier(m.t());
        String line = Words.format(unit.now, m.t(), number(factor));
        if (Double.isFinite(m.rate()) && m.whose() != null) {
            line += "\n" + Words.format("schedule.now.rate", m.whose(), number(m.rate() * factor));
        }
        now.setText(line);
    }

    /** Shows the schedule in force: after a change made here or elsewhere (a scene opened), or one declined. */
    private void follow() {
        following = true;
        try {
            Schedule inForce = schedule.getValue();
            boolean newKind = shown == null || shown.kind() != inForce.kind();
            shown = inForce;
            kind.setValue(inForce.kind());
            if (newKind) {
                rows = ScheduleParameters.rows(parameters, id, unit, inForce.kind(), this);
                typeset();
            }
            rows.forEach(row -> row.show(inForce.values()));
            boolean shaped = !inForce.constant();
            for (Node node : new Node[] {parameters, curve, now}) {
                node.setVisible(shaped);
                node.setManaged(shaped);
            }
        } finally {
            following = false;
        }
        refresh();
    }

    private void chooseKind() {
        if (!following && kind.getValue() != null && kind.getValue() != schedule.getValue().kind()) {
            put(new Schedule(kind.getValue()));
        }
    }

    /** Hands {@code next} to the tab; shows why it was refused, or the schedule in force when it was declined. */
    void put(Schedule next) {
        String refused = setter.set(next);
        problem.show(refused);
        follow();
    }

    /** A parameter being dragged to {@code next}: drawn, not yet in force. */
    void preview(Schedule next) {
        shown = next;
        refresh();
    }

    /** Shows why a typed value was refused (in the words of the moment), or clears the line. */
    void refuse(Supplier<String> why) {
        problem.showLive(why);
    }

    /** The schedule on show. */
    Schedule shown() {
        return shown;
    }

    private void relabel() {
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScheduleKind k) {
                return k == null ? "" : Words.get("schedule.kind." + k.id());
            }

            @Override
            public ScheduleKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        if (shown != null) {
            curve.draw();
            refresh();
        }
    }

    private void present() {
        typeset();
        curve.requestLayout();
        curve.draw();
    }

    /** The rule of the shape in force, typeset at the size of the moment. */
    private void typeset() {
        formula.getChildren().setAll(Formula.view(ScheduleFormulas.latex(schedule.getValue().kind()),
                17 * Presentation.scale(), Color.web("#1d2533")));
    }

    /** The unit's word in the language spoken. */
    static String unitWord(Unit unit) {
        return unit.word();
    }

    private static Tooltip tooltip(String key) {
        var tip = new Tooltip();
        tip.textProperty().bind(Words.text(key));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

    /** Three significant digits, as the other values read: 0.25, 0.00391, 1. */
    static String number(double v) {
        return Hyperparameter.format(HyperparameterForm.roundSignificant(v, 3));
    }
}
