package org.descentlab.ui.lessons;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.UpdateRules;
import org.descentlab.ui.widgets.Formula;
import org.descentlab.ui.widgets.UpdateRuleView;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;

/**
 * The lessons beside the live view: a chooser in the order the notes teach them, and for the lesson chosen its
 * title, what to watch, the update rules it is about (typeset), one thing to try, and the notes it comes from.
 * Choosing a lesson (or Restart lesson) asks the window to put its scene on show and start it; every control of the
 * tabs stays live.
 */
public final class LessonsPanel extends VBox {

    /** The size of the formulas' letters outside classroom mode: as large as the lesson's words look. */
    public static final double BASE_POINTS = 20;

    private final List<Lesson> lessons;
    private final Function<Lesson, Optional<String>> start;
    private final ComboBox<Lesson> chooser = new ComboBox<>();
    private final Label position = new Label();
    private final Label title = new Label();
    private final Label watchHeading = new Label();
    private final Label watch = new Label();
    private final VBox rules = new VBox(10);
    private final Label tryHeading = new Label();
    private final Label tryThis = new Label();
    private final VBox tryBox = new VBox(4);
    private final Label source = new Label();
    private final Label problem = new Label();
    private final Button previous = new Button("\u25c0");
    private final Button next = new Button("\u25b6");
    private final Button restart = new Button();
    private final Button close = new Button("\u2715");
    private final ScrollPane scroll;
    private double formulaPoints = BASE_POINTS;
    private Runnable onClose = () -> { };
    private Lesson shown;
    /** Held weakly by the language, so that a window thrown away (tests make many) is not kept. */
    private final ChangeListener<Language> followLanguage = (o, was, now) -> refresh();

    /**
     * @param lessons the lessons, in the notes' order
     * @param start puts a lesson's scene on show and starts it; a problem (in the student's words) if it could not
     */
    public LessonsPanel(List<Lesson> lessons, Function<Lesson, Optional<String>> start) {
        this.lessons = List.copyOf(lessons);
        this.start = start;
        setId("lessonsPanel");
        getStyleClass().add("lessons-panel");
        setSpacing(10);

        var heading = new Label();
        Words.bind(heading.textProperty(), "teach.lessons.heading");
        heading.getStyleClass().add("lessons-heading");
        close.setId("lessonsClose");
        close.getStyleClass().add("lessons-close");
        close.setOnAction(e -> onClose.run());
        close.setTooltip(tooltip("teach.lessons.close"));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(8, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);

        chooser.setId("lessonChooser");
        chooser.getItems().setAll(this.lessons);
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setCellFactory(list -> new LessonCell());
        chooser.setButtonCell(new LessonCell());
        chooser.setOnAction(e -> {
            if (chooser.getValue() != null && chooser.getValue() != shown) {
                choose(chooser.getValue());
            }
        });
        previous.setId("lessonPrevious");
        next.setId("lessonNext");
        previous.setTooltip(tooltip("teach.lessons.previous"));
        next.setTooltip(tooltip("teach.lessons.next"));
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMinWidth(120);
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(+1));
        HBox.setHgrow(chooser, Priority.ALWAYS);
        var choosing = new HBox(6, previous, chooser, next);
        choosing.setAlignment(Pos.CENTER_LEFT);

        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        watchHeading.getStyleClass().add("section-title");
        Words.bind(watchHeading.textProperty(), "teach.lessons.watch");
        watch.setId("lessonWatch");
        watch.setWrapText(true);
        watch.getStyleClass().add("lesson-text");
        tryHeading.getStyleClass().add("section-title");
        Words.bind(tryHeading.textProperty(), "teach.lessons.try");
        tryThis.setId("lessonTry");
        tryThis.setWrapText(true);
        tryThis.getStyleClass().add("lesson-text");
        tryBox.getChildren().addAll(tryHeading, tryThis);
        tryBox.managedProperty().bind(tryBox.visibleProperty());
        watchHeading.managedProperty().bind(watchHeading.visibleProperty());
        tryBox.getStyleClass().add("lesson-try");
        source.setWrapText(true);
        source.getStyleClass().add("hint");
        problem.setId("lessonProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());

        restart.setId("lessonRestart");
        Words.bind(restart.textProperty(), "teach.lessons.restart");
        restart.setTooltip(tooltip("teach.lessons.restart.tip"));
        restart.setOnAction(e -> {
            if (shown != null) {
                choose(shown);
            }
        });
        restart.setMaxWidth(Double.MAX_VALUE);

        var body = new VBox(12, position, title, watchHeading, watch, rules, tryBox, problem, source);
        body.getStyleClass().add("lessons-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lessons-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, choosing, restart, scroll);
        Words.languageProperty().addListener(new WeakChangeListener<>(followLanguage));
        refresh();
    }

    /** What the close button does (the window folds the panel away). */
    public void setOnClose(Runnable action) {
        onClose = action;
    }

    /** The lesson on show, if any. */
    public Optional<Lesson> shown() {
        return Optional.ofNullable(shown);
    }

    /** The lessons, in order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /**
     * Puts {@code lesson}'s scene on show, starts it, and shows its text.
     *
     * @return why it could not start (also shown in the panel); empty when it runs
     */
    public Optional<String> choose(Lesson lesson) {
        Optional<String> refused = start.apply(lesson);
        if (refused.isPresent()) {
            problem.setText(refused.get());
            problem.setVisible(true);
            chooser.setValue(shown);
            return refused;
        }
        problem.setVisible(false);
        shown = lesson;
        chooser.setValue(lesson);
        refresh();
        return refused;
    }

    /** Sets the size of the formulas' letters (classroom mode makes them larger). */
    public void setFormulaPoints(double points) {
        formulaPoints = points;
        if (shown != null) {
            refresh();
        }
    }

    private void step(int by) {
        int at = shown == null ? (by > 0 ? -1 : lessons.size()) : lessons.indexOf(shown);
        int to = Math.floorMod(at + by, lessons.size());
        choose(lessons.get(to));
    }

    private void refresh() {
        previous.setDisable(lessons.isEmpty());
        next.setDisable(lessons.isEmpty());
        restart.setDisable(shown == null);
        // Before a lesson is chosen there is nothing to watch or try yet: only the invitation shows.
        tryBox.setVisible(shown != null);
        watchHeading.setVisible(shown != null);
        if (shown == null) {
            position.setText("");
            title.setText(Words.get("teach.lessons.none"));
            watch.setText(Words.get("teach.lessons.none.text"));
            tryThis.setText("");
            source.setText("");
            rules.getChildren().clear();
            return;
        }
        int index = lessons.indexOf(shown);
        position.setText(Words.format("teach.lessons.position", index + 1, lessons.size()));
        title.setText(Words.get(shown.titleKey()));
        watch.setText(Words.get(shown.watchKey()));
        tryThis.setText(Words.get(shown.tryKey()));
        source.setText(Words.format("teach.lessons.source", String.join(", ", shown.notes())));
        rules.getChildren().clear();
        for (var type : LessonWords.optimizers(shown)) {
            var rule = new UpdateRuleView();
            rule.setPoints(formulaPoints);
            rule.show(type, LessonWords.valuesIn(shown, type));
            rules.getChildren().add(rule);
        }
        for (String latex : UpdateRules.formulas(shown.id())) {
            var formula = Formula.view(latex, formulaPoints, Color.web("#1d2533"));
            formula.setUserData(latex);
            // A formula wider than the panel is shown smaller rather than pushing the words out of sight.
            double natural = formula.getFitWidth();
            formula.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.min(natural, Math.max(60, scroll.getViewportBounds().getWidth() - 28)),
                    scroll.viewportBoundsProperty()));
            rules.getChildren().add(formula);
        }
        chooser.setButtonCell(new LessonCell());
    }

    private static Tooltip tooltip(String key) {
        var tip = new Tooltip();
        Words.bind(tip.textProperty(), key);
        return tip;
    }

    /** A lesson as the chooser lists it: its number and title, in the language spoken now. */
    private final class LessonCell extends ListCell<Lesson> {
        @Override
        protected void updateItem(Lesson lesson, boolean empty) {
            super.updateItem(lesson, empty);
            setText(empty || lesson == null ? null
                    : (lessons.indexOf(lesson) + 1) + ". " + Words.get(lesson.titleKey()));
        }
    }
}
