package org.descentlab.ui.surface;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UpdateRuleView;

/**
 * The update rule of the racer chosen last in the optimizer list, typeset with its values now, at the foot of the
 * surface tab's left column; it folds away. A rule wider than the column, or taller than the room the column leaves
 * it ({@link #setRoom}), is set in smaller letters (down to {@link #MIN_POINTS}), and scrolls beyond that, so that the
 * whole of it can be read without pushing the race's controls out of sight.
 */
final class RulePanel extends TitledPane {

    /** The size of the rule's letters when it fits, before classroom mode's scale. */
    static final double POINTS = 20;
    /** The smallest size a wide rule is shrunk to, before classroom mode's scale. */
    static final double MIN_POINTS = 13;

    private final UpdateRuleView view = new UpdateRuleView();
    private final ScrollPane scroll = new ScrollPane(view);
    private final ChangeListener<HyperparameterValues> valuesChanged = (o, was, is) -> show();
    private OptimizerSlot shown;
    private Label heading;
    /** What the size was last fitted for: the optimizer, the room and the scale. */
    private String fittedFor = "";
    /** The most height the rule may take, in pixels. */
    private double room = Double.MAX_VALUE;

    RulePanel(ObservableValue<OptimizerSlot> selected) {
        setId("updateRule");
        getStyleClass().add("rule-panel");
        setAnimated(false);
        // The panel's title says what the view's heading would: the heading itself goes, to save a line.
        view.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label && n.getStyleClass()
                .contains("section-title")).findFirst().ifPresent(n -> {
                    heading = (Label) n;
                    textProperty().bind(heading.textProperty());
                    heading.setVisible(false);
                    heading.setManaged(false);
                });
        view.setPadding(new Insets(2, 4, 4, 2));
        scroll.setFitToHeight(false);
        // As wide as the column, so that words (a rule not written out yet) wrap; a formula too wide scrolls.
        scroll.setFitToWidth(true);
        // The column's width decides the rule's size, not the other way round.
        scroll.setPrefViewportWidth(100);
        scroll.setMinViewportWidth(40);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.viewportBoundsProperty().addListener((o, was, is) -> {
            if (was == null || was.getWidth() != is.getWidth()) {
                fit();
            }
        });
        setContent(scroll);
        selected.addListener((o, was, is) -> select(is));
        select(selected.getValue());
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

    /** The width of the widest formula on show (words wrap, so they do not count). */
    private double formulaWidth() {
        return view.lookupAll(".formula").stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0)
                + view.getInsets().getLeft() + view.getInsets().getRight();
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
     * The letters as large as the width and the room allow, between {@link #MIN_POINTS} and {@link #POINTS} (both
     * scaled by classroom mode); the viewport as tall as the rule, or as the room.
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
        double largest = POINTS * scale;
        view.setPoints(largest);
        wrapWords();
        double factor = Math.min(1, Math.min((width - 2) / formulaWidth(), room / view.prefHeight(width)));
        if (factor < 1) {
            view.setPoints(Math.max(MIN_POINTS * scale, Math.floor(largest * factor * 2) / 2));
            wrapWords();
        }
        double height = Math.min(view.prefHeight(width), room);
        scroll.setMinViewportHeight(height);
        scroll.setPrefViewportHeight(height);
    }

    /** The view, for tests. */
    UpdateRuleView view() {
        return view;
    }
}
