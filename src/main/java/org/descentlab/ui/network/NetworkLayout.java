package org.descentlab.ui.network;

import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import org.descentlab.ui.widgets.ColumnFold;
import org.descentlab.ui.widgets.Presentation;

/**
 * Places the network tab's parts so that the decision-boundary map is the largest thing on screen at any window size
 * from 1024 × 768 up: the settings column on the left (it can be folded away), the buttons and figures above the map,
 * and the charts either beside the map or under it, whichever leaves the map the larger square. Widths follow the
 * window instead of fixed preferred sizes, so nothing is pushed off the right edge; the settings column grows with
 * classroom mode's letters, and folds away by itself where it would leave the map too little room ({@link ColumnFold}).
 */
final class NetworkLayout extends Region {

    /** Where the charts go. */
    enum Placement { BESIDE, BELOW }

    /**
     * A choice of placement.
     *
     * @param placement where the charts go
     * @param charts the charts' width when beside the map, their height when below it
     * @param mapSide the side of the square the map gets (before its axes)
     */
    record Choice(Placement placement, double charts, double mapSide) {
    }

    static final double GAP = 6;
    private static final double CONTROLS_SHARE = 0.26;
    private static final double CONTROLS_MIN = 280;
    private static final double CONTROLS_MAX = 330;
    private static final double CHARTS_BESIDE_SHARE = 0.34;
    private static final double CHARTS_BESIDE_MIN = 260;
    private static final double CHARTS_BESIDE_MAX = 440;
    private static final double CHARTS_BELOW_SHARE = 0.3;
    private static final double CHARTS_BELOW_MIN = 180;
    private static final double CHARTS_BELOW_MAX = 300;

    private final Region controls;
    private final Region top;
    private final Region centre;
    private final Region charts;
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(this, "controlsShown", true);
    /**
     * Below this many pixels beside the settings (a 1024 × 768 projector in classroom mode, or the lesson panel open),
     * the settings fold away by themselves and the map takes their room; the Settings button brings them back.
     */
    private static final double ROOM_MIN = 640;
    private final ColumnFold fold;
    private Choice choice = new Choice(Placement.BESIDE, CHARTS_BESIDE_MIN, 0);

    /**
     * @param controls the settings column
     * @param top the buttons and figures, the top part of {@code centre}, measured to size the map
     * @param centre {@code top} with the map (or the compared maps) under it
     * @param charts loss and accuracy
     */
    NetworkLayout(Region controls, Region top, Region centre, Region charts) {
        this.controls = controls;
        this.top = top;
        this.centre = centre;
        this.charts = charts;
        getChildren().addAll(controls, centre, charts);
        controls.visibleProperty().bind(controlsShown);
        controlsShown.addListener((o, was, is) -> requestLayout());
        fold = new ColumnFold(controlsShown, ROOM_MIN);
    }

    /** Whether the settings column is on show; folded, the map and charts take its room. */
    BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** The placement of the last layout. */
    Choice choice() {
        return choice;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double left = GAP;
        double scale = Presentation.scale();
        double cw = clamp(w * CONTROLS_SHARE, CONTROLS_MIN * scale, CONTROLS_MAX * scale);
        fold.roomBeside(w - cw);
        if (controlsShown.get()) {
            layoutInArea(controls, 0, 0, cw, h, 0, HPos.LEFT, VPos.TOP);
            left = cw + GAP;
        }
        double rest = Math.max(0, w - left - GAP);
        choice = choose(rest, h - GAP, width -> top.prefHeight(width));
        if (choice.placement() == Placement.BESIDE) {
            double centreWidth = rest - choice.charts() - GAP;
            layoutInArea(centre, left, 0, centreWidth, h - GAP, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(charts, left + centreWidth + GAP, GAP, choice.charts(), h - 2 * GAP, 0, HPos.LEFT, VPos.TOP);
        } else {
            double centreHeight = h - choice.charts() - 2 * GAP;
            layoutInArea(centre, left, 0, rest, centreHeight, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(charts, left, centreHeight + GAP, rest, choice.charts(), 0, HPos.LEFT, VPos.TOP);
        }
    }

    /**
     * Where the charts go in a {@code width} × {@code height} area beside the settings: the placement that leaves the
     * map the larger square. {@code topHeight} gives the height of the buttons and figures at a width (they wrap).
     */
    static Choice choose(double width, double height, DoubleUnaryOperator topHeight) {
        double besideCharts = clamp(width * CHARTS_BESIDE_SHARE, CHARTS_BESIDE_MIN, CHARTS_BESIDE_MAX);
        double besideWidth = width - besideCharts - GAP;
        double besideMap = Math.min(besideWidth, height - topHeight.applyAsDouble(besideWidth));
        double belowCharts = clamp(height * CHARTS_BELOW_SHARE, CHARTS_BELOW_MIN, CHARTS_BELOW_MAX);
        double belowMap = Math.min(width, height - belowCharts - GAP - topHeight.applyAsDouble(width));
        return besideMap >= belowMap ? new Choice(Placement.BESIDE, besideCharts, besideMap)
                : new Choice(Placement.BELOW, belowCharts, belowMap);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
