package org.descentlab.ui.surface;

import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * The formula as typed, again, in a monospaced font, with the character at a problem's column marked: a red box
 * behind it and a red arrow under it pointing up (at the end of the text, when the formula ends too early). The
 * marker is placed by measuring the text before it, so it sits right whatever the font. A formula wider than the
 * echo slides left so that the marker stays in sight.
 */
final class FormulaEcho extends Region {

    /** Style class of the student's formula text (a words test leaves it out: it is maths, not words). */
    static final String FORMULA_TEXT = "formula-text";
    private static final Color MARK = Color.web("#c62828");

    private final Text before = text();
    private final Text at = text();
    private final Text after = text();
    private final Rectangle box = new Rectangle();
    private final Polygon arrow = new Polygon();
    private final Rectangle clip = new Rectangle();
    private int column;

    FormulaEcho() {
        getStyleClass().add("formula-echo");
        box.setFill(MARK.deriveColor(0, 1, 1, 0.18));
        box.setStroke(MARK);
        box.setArcWidth(4);
        box.setArcHeight(4);
        arrow.setFill(MARK);
        at.setFill(MARK);
        getChildren().addAll(box, before, at, after, arrow);
        setClip(clip);
        setMinWidth(0);
    }

    /** Shows {@code formula} with its {@code column} (1-based; past the end for "ends too early") marked. */
    void show(String formula, int column) {
        this.column = column;
        // Columns count characters as the student sees them (code points), not Java's chars.
        int i = formula.offsetByCodePoints(0, Math.max(0, Math.min(formula.codePointCount(0, formula.length()),
                column - 1)));
        int j = i < formula.length() ? formula.offsetByCodePoints(i, 1) : i;
        before.setText(formula.substring(0, i));
        at.setText(formula.substring(i, j));
        after.setText(formula.substring(j));
        requestLayout();
    }

    /** The 1-based column marked. */
    int column() {
        return column;
    }

    /** The x of the marker's middle, in this node's coordinates (tests check it sits under the column). */
    double markerX() {
        return arrow.getLayoutX();
    }

    /** The text before the marked column, as drawn (tests measure it). */
    Text textBefore() {
        return before;
    }

    @Override
    protected void layoutChildren() {
        double pad = 4;
        double textHeight = probe().getHeight();
        double beforeWidth = before.getLayoutBounds().getWidth();
        // A space's width stands for the character past the end of the formula.
        double atWidth = at.getText().isEmpty() || at.getText().isBlank()
                ? probe().getWidth() : at.getLayoutBounds().getWidth();
        double markX = pad + beforeWidth + atWidth / 2;
        double shift = Math.min(0, getWidth() * 0.7 - markX); // keeps a marker far to the right in sight
        double x = pad + shift;
        before.relocate(x, pad);
        at.relocate(x + beforeWidth, pad);
        after.relocate(x + beforeWidth + atWidth, pad);
        box.setX(x + beforeWidth - 1);
        box.setY(pad - 1);
        box.setWidth(atWidth + 2);
        box.setHeight(textHeight + 2);
        double size = Math.max(5, textHeight * 0.35);
        arrow.getPoints().setAll(0.0, 0.0, size, size, -size, size);
        arrow.setLayoutX(markX + shift);
        arrow.setLayoutY(pad + textHeight + 3);
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        double textHeight = probe().getHeight();
        return 4 + textHeight + 3 + Math.max(5, textHeight * 0.35) + 4;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 8 + before.getLayoutBounds().getWidth() + at.getLayoutBounds().getWidth() + probe().getWidth()
                + after.getLayoutBounds().getWidth();
    }

    /** The size of one character in the echo's font: the marker's width past the end, and the line's height. */
    private javafx.geometry.Bounds probe() {
        var m = new Text("m");
        m.setFont(before.getFont());
        m.setBoundsType(TextBoundsType.LOGICAL);
        return m.getLayoutBounds();
    }

    private static Text text() {
        var t = new Text();
        t.getStyleClass().add(FORMULA_TEXT);
        t.setTextOrigin(VPos.TOP);
        t.setBoundsType(TextBoundsType.LOGICAL);
        return t;
    }
}
