package org.descentlab.ui.surface;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.ui.widgets.AfterFirstFrame;
import org.descentlab.ui.widgets.Formula;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UpdateRuleView;

/**
 * The update rule of the racer chosen last in the optimizer list, typeset with its values now, at the foot of the
 * surface tab's left column; it folds away. A rule wider than the column, or taller than the room the column leaves
 * it ({@link #setRoom}), is set in smaller letters (down to {@link #MIN_POINTS}); beyond that the view narrows it and
 * it scrolls, so that the whole of it can be read without pushing the race's controls out of sight.
 */
final class RulePanel extends TitledPane {

    /** The size of the rule's letters when it fits, before classroom mode's scale. */
    static final double POINTS = 20;
    /** The smallest size a wide or tall rule is set in, before classroom mode's scale. */
    static final double MIN_POINTS = 13;

    private static double oversampling;

    private final UpdateRuleView view = new UpdateRuleView();
    private final ScrollPane scroll = new ScrollPane(view);
    private final ChangeListener<HyperparameterValues> valuesChanged = (o, was, is) -> show();
    private OptimizerSlot shown;
    private Label heading;
    /** What the size was last fitted for: the optimizer, the room and the scale. */
    private String fittedFor = "";
    /** The most height the rule may take, in pixels. */
    private double room = Double.MAX_VALUE;
    /** Whether classroom mode was on at the last {@link #presentationChanged}. */
    private boolean classroom;
    /** Whether the rule was open before classroom mode folded it. */
    private boolean openBeforeClassroom = true;

    RulePanel(ObservableValue<OptimizerSlot> selected) {
        setId("updateRule");
        getStyleClass().add("rule-panel");
        setAnimated(false);
        // The panel's title says what the view's heading would: the heading itself goes, to save a line.
        heading = view.heading();
        textProperty().bind(heading.textProperty());
        heading.setVisible(false);
        heading.setManaged(false);
        view.setPadding(new Insets(2, 4, 4, 2));
        scroll.setFitToHeight(false);
        // As wide as the column: the view narrows a wider formula, and words (a rule not written out yet) wrap.
        scroll.setFitToWidth(true);
        // The column's width decides the rule's size, not the other way round.
        scroll.setPrefViewportWidth(100);
        scroll.setMinViewportWidth(40);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.viewportBoundsProperty().addListener((o, was, is) -> {
            if (was == null || was.getWidth() != is.getWidth()) {
                fit();
            }
        });
        setContent(scroll);
        selected.addListener((o, was, is) -> select(is));
        // Typesetting the first rule loads JLaTeXMath and its fonts: after the window's first frame.
        AfterFirstFrame.later(() -> select(selected.getValue()));
    }

    /** Shows {@code slot}'s rule, and follows its values from now on. */
    private void select(OptimizerSlot slot) {
        if (shown != null) {
            shown.valuesProperty().removeListener(valuesChanged);
        }
        shown = slot;
        if (slot != null) {
            slot.valuesProperty().addListener(valuesChanged);
            show();
        }
    }

    private void show() {
        view.show(shown.type(), shown.valuesProperty().get());
        wrapWords();
        fit();
    }

    /**
     * Words in place of a rule (one not written out yet) wrap rather than end in "…"; the view makes them anew. Styled
     * at once, so that they are measured in the font they are shown in.
     */
    private void wrapWords() {
        for (Node n : view.lookupAll(".label")) {
            if (n != heading && n instanceof Label words) {
                words.setWrapText(true);
                words.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        view.applyCss();
    }


    /**
     * Classroom mode or high contrast was switched. Classroom mode folds the rule away, so that the optimizers and
     * their learning rates keep the column (one click opens it again; the lessons panel shows the rules too), and
     * opens it again as it was when classroom mode ends.
     */
    void presentationChanged() {
        if (Presentation.classroom() != classroom) {
            classroom = Presentation.classroom();
            if (classroom) {
                openBeforeClassroom = isExpanded();
                setExpanded(false);
            } else {
                setExpanded(openBeforeClassroom);
            }
        }
        fit();
    }

    /** The height the panel takes besides the rule itself: its title bar and the edges around the rule. */
    double chrome() {
        double chrome = prefHeight(-1) - scroll.getPrefViewportHeight();
        return getSkin() == null || chrome <= 0 ? 40 * Presentation.scale() : chrome;
    }

    /** Lets the rule take at most {@code height} pixels (the column's height less the controls it keeps in sight). */
    void setRoom(double height) {
        if (Math.abs(height - room) >= 1) {
            room = height;
            fit();
        }
    }

    /**
     * The letters as large as the room allows, between {@link #MIN_POINTS} and {@link #POINTS} (both scaled by
     * classroom mode); the viewport as tall as the rule, or as the room.
     */
    void fit() {
        double width = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        if (shown == null || width <= 0) {
            return;
        }
        double scale = Presentation.scale();
        String key = shown.type().id() + "@" + width + "x" + room + "x" + scale;
        if (key.equals(fittedFor)) {
            return;
        }
        fittedFor = key;
        double points = POINTS * scale;
        setPoints(points);
        // Set in letters that fit, rather than shown narrower: a formula scaled down loses its thin strokes (− signs).
        double natural = naturalWidth();
        if (natural > width) {
            points = setPoints(points * width / natural);
        }
        double tall = view.prefHeight(width);
        if (tall > room) {
            setPoints(points * room / tall);
        }
        double height = Math.min(view.prefHeight(width), room);
        scroll.setMinViewportHeight(height);
        scroll.setPrefViewportHeight(height);
    }

    /** Sets the letters to {@code points} (half points, no smaller than the smallest size); returns the size set. */
    private double setPoints(double points) {
        double size = Math.max(MIN_POINTS * Presentation.scale(), Math.floor(points * 2) / 2);
        view.setPoints(size);
        wrapWords();
        return size;
    }

    /** The width of the widest formula on show at its own size (the view would show it narrower where it must). */
    private double naturalWidth() {
        double widest = 0;
        for (Node n : view.lookupAll(".formula")) {
            if (n instanceof ImageView formula && formula.getImage() != null) {
                widest = Math.max(widest, formula.getImage().getWidth() / oversampling());
            }
        }
        return widest + view.getInsets().getLeft() + view.getInsets().getRight();
    }

    /** How many image pixels a formula has per pixel on screen (its images are drawn larger for sharpness). */
    private static double oversampling() {
        if (oversampling == 0) {
            var probe = Formula.view("x", 20, Color.BLACK);
            oversampling = probe.getImage().getWidth() / probe.getFitWidth();
        }
        return oversampling;
    }

    /** The view, for tests. */
    UpdateRuleView view() {
        return view;
    }
}
