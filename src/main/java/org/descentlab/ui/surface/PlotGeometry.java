package org.descentlab.ui.surface;

import javafx.geometry.BoundingBox;
import javafx.geometry.Dimension2D;
import javafx.scene.text.Font;
import org.descentlab.core.surface.Bounds;
import org.descentlab.ui.widgets.NiceTicks;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * Where the parts of one surface plot go at its current size: the plotted rectangle (as large as the rest allows,
 * keeping the surface's aspect ratio), the tick counts that keep axis numbers apart, the colour bar, and the legend,
 * beside the colour bar or under the x axis, never over the plot. Text is measured, not guessed, so nothing is cut.
 *
 * @param frame the plotted rectangle
 * @param xTicks about how many ticks the x axis gets
 * @param yTicks about how many ticks the y axis gets
 * @param colourBarX left edge of the colour bar (no colour bar in a compact plot)
 * @param legend where the legend goes, or {@code null} when there is no room for it (or no legend)
 * @param legendBeside whether the legend stands beside the colour bar (in columns) rather than below (in rows)
 */
record PlotGeometry(PlotFrame frame, int xTicks, int yTicks, double colourBarX, BoundingBox legend,
        boolean legendBeside) {

    // Sizes in pixels before classroom mode's scale (PlotStyle), which every use applies.
    /** Height of the strip above the plot where the hover read-out and the colour bar's title go. */
    static final double TOP_STRIP = 30;
    static final double BAR_GAP = 14;
    static final double BAR_WIDTH = 18;
    /** Space between a label and the tick mark it names. */
    static final double TICK_TEXT_GAP = 13;
    private static final double LEGEND_GAP = 12;
    /** A legend that would shrink the plot below this share of its size without one is left out. */
    private static final double LEGEND_MAX_COST = 0.6;

    /**
     * @param barLabelWidth width of the widest colour-bar label, or a negative number for no colour bar
     * @param legend the legend to place, or {@code null}
     */
    static PlotGeometry compute(double width, double height, Bounds bounds, boolean compact, double barLabelWidth,
            PlotLegend legend) {
        int maxTicks = compact ? 4 : 6;
        double s = PlotStyle.scale();
        double legendGap = LEGEND_GAP * s;
        double left = widestLabel(bounds.yMin(), bounds.yMax(), maxTicks) + (TICK_TEXT_GAP + (compact ? 4 : 24)) * s;
        double top = (compact ? 6 : TOP_STRIP) * s;
        double bottom = (compact ? 24 : 46) * s;
        double bar = barLabelWidth < 0 ? 8 * s : (BAR_GAP + BAR_WIDTH + 10 + 6) * s + barLabelWidth;
        double availableWidth = width - left - bar;
        double availableHeight = height - top - bottom;
        double alone = scale(bounds, availableWidth, availableHeight);

        double scale = alone;
        Dimension2D legendSize = null;
        boolean beside = true;
        if (legend != null) {
            var besideSize = legend.besideSize(availableHeight);
            var belowSize = legend.belowSize(width - 16);
            double besideScale = scale(bounds, availableWidth - besideSize.getWidth() - legendGap, availableHeight);
            double belowScale = scale(bounds, availableWidth, availableHeight - belowSize.getHeight() - legendGap);
            beside = besideScale >= belowScale;
            double withLegend = Math.max(besideScale, belowScale);
            if (withLegend >= LEGEND_MAX_COST * alone) {
                scale = withLegend;
                legendSize = beside ? besideSize : belowSize;
            }
        }
        double frameWidth = Math.max(10, scale * bounds.width());
        double frameHeight = Math.max(10, scale * bounds.height());
        boolean legendBeside = legendSize != null && beside;
        boolean legendBelow = legendSize != null && !beside;
        // The frame, its axes, colour bar and legend as one block, centred in the plot's area.
        double blockWidth = left + frameWidth + bar + (legendBeside ? legendGap + legendSize.getWidth() : 0);
        double blockHeight = top + frameHeight + bottom + (legendBelow ? legendGap + legendSize.getHeight() : 0);
        double frameLeft = Math.max(0, (width - blockWidth) / 2) + left;
        double frameTop = Math.max(0, (height - blockHeight) / 2) + top;
        var frame = new PlotFrame(bounds, frameLeft, frameTop, frameWidth, frameHeight);

        BoundingBox legendBox = null;
        if (legendBeside) {
            legendBox = new BoundingBox(frame.right() + bar + legendGap, frameTop, legendSize.getWidth(),
                    legendSize.getHeight());
        } else if (legendBelow) {
            double x = Math.max(4, Math.min(width - legendSize.getWidth() - 4,
                    frameLeft + frameWidth / 2 - legendSize.getWidth() / 2));
            legendBox = new BoundingBox(x, frame.bottom() + bottom + legendGap / 2, legendSize.getWidth(),
                    legendSize.getHeight());
        }
        int xTicks = ticksThatFit(bounds.xMin(), bounds.xMax(), scale, maxTicks, true);
        int yTicks = ticksThatFit(bounds.yMin(), bounds.yMax(), scale, maxTicks, false);
        return new PlotGeometry(frame, xTicks, yTicks, frame.right() + BAR_GAP * s, legendBox, legendBeside);
    }

    private static double scale(Bounds bounds, double availableWidth, double availableHeight) {
        return Math.max(0, Math.min(availableWidth / bounds.width(), availableHeight / bounds.height()));
    }

    /**
     * The most ticks, up to {@code most}, whose labels stand apart: along x, each label's width plus a gap fits
     * between neighbouring ticks; along y, a line of text does.
     */
    static int ticksThatFit(double from, double to, double pixelsPerUnit, int most, boolean horizontal) {
        for (int target = most; target > 2; target--) {
            double spacing = NiceTicks.step(to - from, target) * pixelsPerUnit;
            double needed = horizontal ? widestLabel(from, to, target) + PlotStyle.px(16)
                    : PlotStyle.tickFont().getSize() + PlotStyle.px(12);
            if (spacing >= needed) {
                return target;
            }
        }
        return 2;
    }

    /** The width of the widest tick label with about {@code target} ticks. */
    static double widestLabel(double from, double to, int target) {
        double step = NiceTicks.step(to - from, target);
        double widest = 0;
        for (double v : NiceTicks.ticks(from, to, target)) {
            widest = Math.max(widest, textWidth(NiceTicks.label(v, step), PlotStyle.tickFont()));
        }
        return widest;
    }

    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    /** The width {@code text} takes in {@code font} (JavaFX thread only). */
    static double textWidth(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return Math.ceil(MEASURE.getLayoutBounds().getWidth());
    }
}
