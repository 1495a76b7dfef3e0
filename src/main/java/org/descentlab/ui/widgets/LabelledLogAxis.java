package org.descentlab.ui.widgets;

import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A base-10 log axis that always labels at least two ticks. JFreeChart's own log axis labels only powers of ten (or
 * 10^0.5 and the like, which mean nothing to a student), so a range within one factor of ten had no label at all;
 * this one takes its ticks from {@link LogTicks}: powers of ten when two fit, round values in between otherwise.
 */
public final class LabelledLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    /** Labels are kept at least this many label heights apart. */
    private static final double SPACING_IN_LABELS = 1.8;
    /** A horizontal axis's label is taken to be about this wide, in pixels. */
    private static final double HORIZONTAL_LABEL_WIDTH = 64;
    /** The least range the axis zooms out to by itself: a factor of two, as powers of ten. */
    private static final double LEAST_AUTO_RANGE = Math.log10(2);

    /** An axis titled {@code label}. */
    public LabelledLogAxis(String label) {
        super(label);
        setBase(10);
    }

    /**
     * As JFreeChart's, but never narrower than a factor of two: its least range is 10^-8 in value, so a loss that
     * stays at 0.7 (a walker on the saddle's ridge) got an axis from 0.699999996 to 0.700000004.
     */
    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        double lower = Math.max(getSmallestValue(), getLowerBound());
        double span = Math.log10(getUpperBound()) - Math.log10(lower);
        if (isAutoRange() && getFixedAutoRange() <= 0 && span < LEAST_AUTO_RANGE) {
            double middle = (Math.log10(getUpperBound()) + Math.log10(lower)) / 2;
            double half = LEAST_AUTO_RANGE / 2;
            setRange(new Range(Math.pow(10, middle - half), Math.pow(10, middle + half)), false, false);
        }
    }

    @Override
    public List<LogTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        g2.setFont(getTickLabelFont());
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double length = vertical ? dataArea.getHeight() : dataArea.getWidth();
        double labelSize = vertical ? estimateMaximumTickLabelHeight(g2) : HORIZONTAL_LABEL_WIDTH;
        int maxCount = (int) Math.floor(length / (labelSize * SPACING_IN_LABELS)) + 1;
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        double lower = Math.max(getSmallestValue(), getLowerBound());
        var ticks = new ArrayList<LogTick>();
        List<LogTicks.Tick> chosen = LogTicks.ticks(lower, getUpperBound(), maxCount);
        for (LogTicks.Tick tick : chosen) {
            ticks.add(new LogTick(TickType.MAJOR, tick.value(), label(tick), anchor));
        }
        addMinorTicks(chosen, ticks, anchor);
        return ticks;
    }

    /** Unlabelled marks at 2 … 9 × 10^k between labelled powers of ten one decade apart, as a log scale has. */
    private void addMinorTicks(List<LogTicks.Tick> chosen, List<LogTick> ticks, TextAnchor anchor) {
        if (!isMinorTickMarksVisible() || chosen.size() < 2 || !chosen.get(0).mantissa().isEmpty()
                || chosen.get(1).exponent() - chosen.get(0).exponent() != 1) {
            return;
        }
        int first = chosen.get(0).exponent() - 1;
        int last = chosen.get(chosen.size() - 1).exponent();
        for (int k = first; k <= last; k++) {
            for (int m = 2; m <= 9; m++) {
                double v = Double.parseDouble(m + "e" + k);
                if (v >= getLowerBound() && v <= getUpperBound()) {
                    ticks.add(new LogTick(TickType.MINOR, v, null, anchor));
                }
            }
        }
    }

    /** The tick's label in the tick font, its power of ten raised. */
    private AttributedString label(LogTicks.Tick tick) {
        String base = tick.exponent() == null ? tick.mantissa()
                : (tick.mantissa().isEmpty() ? "" : tick.mantissa() + "×") + "10";
        // An en dash for the minus: a hyphen is easily lost in a small raised exponent, and the shipped Nanum Gothic
        // has no minus sign (U+2212), which the chart's canvas drew as a box.
        String exponent = tick.exponent() == null ? "" : Integer.toString(tick.exponent()).replace('-', '–');
        var text = new AttributedString(base + exponent);
        text.addAttributes(getTickLabelFont().getAttributes(), 0, base.length() + exponent.length());
        if (!exponent.isEmpty()) {
            text.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER, base.length(),
                    base.length() + exponent.length());
        }
        return text;
    }
}
