package org.descentlab.ui.widgets;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.descentlab.core.lesson.TextResource;
import org.descentlab.core.lesson.UpdateRules;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Scale;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * An optimizer's update rule typeset in the notes' notation, with the values of its symbols now written under it
 * ({@code γ = 0.001, β₁ = 0.9 …}): beside the optimizer controls of both tabs and in the lessons. The rules are
 * LaTeX in {@code resources/org/descentlab/update-rules.properties} ({@link UpdateRules}), the symbols in {@code symbols.properties}.
 */
public final class UpdateRuleView extends VBox {

    private static final Map<String, String> SYMBOLS = TextResource.read("org/descentlab/symbols.properties",
            "the symbols of the hyperparameters");

    private final Label heading = new Label();
    private final VBox rule = new VBox();
    private final VBox values = new VBox();
    private double points = 20;
    private OptimizerType type;
    private HyperparameterValues shown;
    private final ChangeListener<Language> followLanguage = (o, was, now) -> redraw();

    /** An empty panel; {@link #show} fills it. */
    public UpdateRuleView() {
        getStyleClass().add("update-rule");
        heading.getStyleClass().add("section-title");
        setSpacing(6);
        // As wide as its place, not as its widest formula: a formula wider than the place is shown smaller.
        setMinWidth(0);
        setPrefWidth(40);
        getChildren().addAll(heading, rule, values);
        // Held weakly by the language: a lesson makes new views each time it is shown, and the old ones must go.
        Words.languageProperty().addListener(new WeakChangeListener<>(followLanguage));
    }

    /** The update rule of {@code optimizer}, as LaTeX, if the rules file has it. */
    public static Optional<String> latex(OptimizerType optimizer) {
        return UpdateRules.of(optimizer.id());
    }

    /**
     * The symbols of the hyperparameters with their values, as one LaTeX line ({@code \gamma = 0.001,\; …});
     * switches are left out (the rule itself shows what they switch).
     */
    public static String valuesLatex(OptimizerType optimizer, HyperparameterValues values) {
        var parts = new ArrayList<String>();
        for (Hyperparameter h : optimizer.hyperparameters()) {
            if (h.scale() == Scale.SWITCH) {
                continue;
            }
            String symbol = SYMBOLS.getOrDefault("symbol." + optimizer.id() + "." + h.key(),
                    SYMBOLS.getOrDefault("symbol." + h.key(), "\\mathrm{" + h.key().replace("_", "\\_") + "}"));
            parts.add(symbol + " = " + number(values.get(h.key())));
        }
        return String.join(",\\;\\; ", parts);
    }

    /** A number as LaTeX: {@code 1e-08} becomes {@code 1 \times 10^{-8}}. */
    static String number(double v) {
        String text = Hyperparameter.format(v);
        int e = text.indexOf('e');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        int exponent = Integer.parseInt(text.substring(e + 1));
        return (mantissa.equals("1") ? "" : mantissa + " \\times ") + "10^{" + exponent + "}";
    }

    /** The heading ("Update rule: Adam"), for a panel that shows it in its own title instead. */
    public Label heading() {
        return heading;
    }

    /** Shows {@code optimizer}'s rule and {@code now}'s values. */
    public void show(OptimizerType optimizer, HyperparameterValues now) {
        if (optimizer.equals(type) && now.equals(shown)) {
            return;
        }
        boolean sameRule = optimizer.equals(type);
        type = optimizer;
        shown = now;
        if (!sameRule) {
            drawRule();
        }
        drawValues();
        heading.setText(Words.format("teach.rule.heading", Names.optimizer(type)));
    }

    /** Sets the size of the formulas' letters (classroom mode makes them larger). */
    public void setPoints(double size) {
        if (size != points) {
            points = size;
            redraw();
        }
    }

    private void redraw() {
        if (type != null) {
            drawRule();
            drawValues();
            heading.setText(Words.format("teach.rule.heading", Names.optimizer(type)));
        }
    }

    private void drawRule() {
        rule.getChildren().setAll(latex(type).map(l -> (javafx.scene.Node) formula(l, points))
                .orElseGet(() -> new Label(Words.get("teach.rule.none"))));
    }

    private void drawValues() {
        String line = valuesLatex(type, shown);
        values.getChildren().setAll(formula(line, points * 0.9));
    }

    /** A formula shown at its size, or narrower (keeping its shape) where the panel is narrower than it. */
    private ImageView formula(String latex, double size) {
        var view = Formula.view(latex, size, Color.web("#1d2533"));
        view.setUserData(latex);
        double natural = view.getFitWidth();
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(natural,
                Math.max(40, getWidth() - getInsets().getLeft() - getInsets().getRight())), widthProperty()));
        return view;
    }
}
