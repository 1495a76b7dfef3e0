package org.descentlab.ui.surface;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.descentlab.core.formula.Formula;
import org.descentlab.core.formula.FormulaException;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.surface.CustomInputs.Read;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.widgets.ProblemText;
import org.descentlab.ui.words.Words;

/**
 * The fields of the Custom… dialog, checked as the student types: f(x, y) (a wrong formula is echoed with its column
 * marked, and told why in the student's language), examples to start from, the plot bounds and the optional known
 * minima. {@link #validProperty()} says whether everything can be used; {@link #request()} gives it.
 */
final class CustomSurfaceForm extends VBox {

    /** What the fields say, checked: the formula, its plot bounds and the minima given (maybe none). */
    record Request(Formula formula, Bounds bounds, List<Point> minima) {
    }

    /** The formulas offered to start from (the examples), each with bounds that show it well. */
    static final List<CustomExamples.Example> EXAMPLES = CustomExamples.ALL;

    private final TextField formulaField = field("customFormula", "custom.formula.prompt");
    private final FormulaEcho echo = new FormulaEcho();
    private final ProblemLabel formulaProblem = new ProblemLabel("customFormulaProblem");
    private final Label ready = new Label();
    private final TextField xMin = numberField("customXMin");
    private final TextField xMax = numberField("customXMax");
    private final TextField yMin = numberField("customYMin");
    private final TextField yMax = numberField("customYMax");
    private final ProblemLabel boundsProblem = new ProblemLabel("customBoundsProblem");
    private final TextField minimaField = field("customMinima", "custom.minima.prompt");
    private final ProblemLabel minimaProblem = new ProblemLabel("customMinimaProblem");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private Request request;
    private FormulaException formulaError;
    /** Whether the formula field was edited: a blank field is told off only then, not as the dialog opens. */
    private boolean touched;

    /** The fields, filled with {@code start}'s formula, bounds and given minima, or empty over [−3, 3]². */
    CustomSurfaceForm(FormulaSurface start) {
        super(10);
        setId("customSurfaceForm");
        getStyleClass().add("custom-surface-form");
        setPrefWidth(640 * Presentation.scale());
        echo.setId("customFormulaEcho");
        ready.setId("customFormulaReady");
        ready.getStyleClass().add("custom-ready");
        Words.bind(ready.textProperty(), "custom.formula.ready");
        ready.setGraphic(checkMark()); // drawn: the shipped font has no ✓
        // The long help folds away in classroom mode, as the tab's own does: the dialog then fits 1280 × 720.
        getChildren().addAll(ClassroomFold.fold(hint("custom.intro")), formulaRow(), status(),
                examples(), ClassroomFold.fold(hint("custom.grammar")), settingsGrid());
        fill(start);
        for (TextField f : List.of(formulaField, xMin, xMax, yMin, yMax, minimaField)) {
            f.textProperty().addListener((o, was, is) -> {
                touched |= f == formulaField;
                check();
            });
        }
        // Enter on a wrong formula puts the cursor where the problem is (on a good one, Enter is OK).
        formulaField.addEventHandler(ActionEvent.ACTION, e -> {
            if (formulaError != null) {
                String text = formulaField.getText();
                int column = Math.min(text.codePointCount(0, text.length()), formulaError.column() - 1);
                formulaField.positionCaret(text.offsetByCodePoints(0, column));
            }
        });
        check();
    }

    private void fill(FormulaSurface start) {
        Bounds b = start == null ? FormulaSurface.DEFAULT_BOUNDS : start.bounds();
        formulaField.setText(start == null ? "" : start.formula().text());
        showBounds(b);
        minimaField.setText(start == null ? "" : CustomInputs.minimaText(start.givenMinima()));
    }

    private void showBounds(Bounds b) {
        xMin.setText(CustomInputs.shown(b.xMin()));
        xMax.setText(CustomInputs.shown(b.xMax()));
        yMin.setText(CustomInputs.shown(b.yMin()));
        yMax.setText(CustomInputs.shown(b.yMax()));
    }

    /** Checks every field again and says what is wrong, each under its own field. */
    private void check() {
        Formula formula = null;
        formulaError = null;
        try {
            formula = Formula.parse(formulaField.getText());
        } catch (FormulaException e) {
            formulaError = e;
        }
        boolean blank = formulaField.getText().isBlank();
        var error = formulaError;
        formulaProblem.showLive(error == null || blank && !touched ? null
                : () -> ProblemText.of(error.wording(), Words.language()));
        if (error != null && !blank) {
            echo.show(formulaField.getText(), error.column());
        }
        show(echo, error != null && !blank);
        show(ready, error == null);
        Read<Bounds> bounds = CustomInputs.bounds(xMin.getText(), xMax.getText(), yMin.getText(), yMax.getText());
        showProblem(boundsProblem, bounds);
        Read<List<Point>> minima = CustomInputs.minima(minimaField.getText(), bounds.value(), formula);
        showProblem(minimaProblem, minima);
        request = formula != null && bounds.ok() && minima.ok()
                ? new Request(formula, bounds.value(), minima.value()) : null;
        valid.set(request != null);
    }

    private static void showProblem(ProblemLabel label, Read<?> read) {
        var wording = read.problem();
        label.showLive(wording == null ? null : () -> ProblemText.of(wording, Words.language()));
    }

    /** Shows why the surface was refused once made (nowhere finite, say), under the formula. */
    void showRefusal(Problem problem) {
        formulaProblem.showProblem(problem);
        show(ready, false);
    }

    /** Whether every field can be used. */
    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What the fields say, or {@code null} while something is wrong. */
    Request request() {
        return request;
    }

    /** The formula field (the dialog gives it the focus). */
    TextField formulaField() {
        return formulaField;
    }

    /** The echo of a wrong formula with its column marked. */
    FormulaEcho echo() {
        return echo;
    }

    /**
     * The echo and the message, or the line that the formula reads well: always the room of the first two, so that
     * the dialog does not jump as the formula turns right or wrong while the student types.
     */
    private VBox status() {
        return new VBox(4, echo, formulaProblem, ready) {
            @Override
            protected double computeMinHeight(double width) {
                return Math.max(super.computeMinHeight(width), reserved());
            }

            @Override
            protected double computePrefHeight(double width) {
                return Math.max(super.computePrefHeight(width), reserved());
            }

            private double reserved() {
                return echo.prefHeight(-1) + 4 + ready.prefHeight(-1);
            }
        };
    }

    private HBox formulaRow() {
        var label = new Label();
        Words.bind(label.textProperty(), "custom.formula.label");
        label.getStyleClass().add(FormulaEcho.FORMULA_TEXT);
        label.setMinWidth(Label.USE_PREF_SIZE);
        formulaField.getStyleClass().add(FormulaEcho.FORMULA_TEXT);
        HBox.setHgrow(formulaField, Priority.ALWAYS);
        var row = new HBox(8, label, formulaField);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private HBox examples() {
        var label = new Label();
        Words.bind(label.textProperty(), "custom.examples");
        label.setMinWidth(Label.USE_PREF_SIZE);
        var flow = new FlowPane(6, 6);
        flow.setPrefWrapLength(520 * Presentation.scale());
        for (int i = 0; i < EXAMPLES.size(); i++) {
            var example = EXAMPLES.get(i);
            var button = new Button(example.formula());
            button.setId("customExample" + i);
            button.getStyleClass().addAll("custom-example", FormulaEcho.FORMULA_TEXT);
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                formulaField.setText(example.formula());
                showBounds(example.bounds());
                minimaField.setText("");
                formulaField.requestFocus();
                formulaField.end();
            });
            flow.getChildren().add(button);
        }
        HBox.setHgrow(flow, Priority.ALWAYS);
        var row = new HBox(8, label, flow);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** The plot bounds on one line, then the known minima, each under its heading in the first column. */
    private GridPane settingsGrid() {
        var bounds = new HBox(8, label("custom.bounds.x"), xMin, label("custom.bounds.to"), xMax, gap(),
                label("custom.bounds.y"), yMin, label("custom.bounds.to"), yMax);
        bounds.setAlignment(Pos.BASELINE_LEFT);
        var grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, heading("custom.bounds.heading"), bounds);
        grid.add(boundsProblem, 1, 1);
        grid.addRow(2, heading("custom.minima.heading"), minimaField);
        grid.add(ClassroomFold.fold(hint("custom.minima.hint")), 1, 3);
        grid.add(minimaProblem, 1, 4);
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        for (int row = 0; row < 5; row++) {
            var r = new javafx.scene.layout.RowConstraints();
            r.setValignment(javafx.geometry.VPos.BASELINE);
            grid.getRowConstraints().add(r);
        }
        return grid;
    }

    private static Region gap() {
        var gap = new Region();
        gap.setMinWidth(12);
        return gap;
    }

    private static Label heading(String key) {
        var label = label(key);
        label.getStyleClass().add("custom-heading");
        return label;
    }

    private static Label hint(String key) {
        var label = new Label();
        Words.bind(label.textProperty(), key);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String key) {
        var label = new Label();
        Words.bind(label.textProperty(), key);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String promptKey) {
        var field = new TextField();
        field.setId(id);
        field.promptTextProperty().bind(Words.text(promptKey));
        return field;
    }

    private static TextField numberField(String id) {
        var field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        return field;
    }

    private static javafx.scene.shape.SVGPath checkMark() {
        var mark = new javafx.scene.shape.SVGPath();
        double s = Presentation.scale();
        mark.setContent(String.format(java.util.Locale.ROOT, "M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f", s, 6 * s, 5 * s,
                10 * s, 13 * s, s));
        mark.setFill(null);
        mark.setStroke(javafx.scene.paint.Color.web("#1b6e2f"));
        mark.setStrokeWidth(2.2 * s);
        return mark;
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
