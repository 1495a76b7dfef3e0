package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import java.util.function.Function;
import org.descentlab.ui.widgets.PlotFrame;
import org.descentlab.ui.words.Words;

/**
 * The optimizers' names on the race: each beside its head at the step on show, inside the plot, over no other name. A name is measured
 * before it is placed, so that "(diverged)" at the plot's edge is moved in rather than cut off.
 */
final class NameLabels {

    /** Rows above and below a head that a name may move to before it is left out. */
    private static final int MAX_NAME_ROWS = 4;
    /** Heads closer than this many pixels (before classroom mode's scale) share one label. */
    private static final double SAME_SPOT = 6;

    private final List<Bounds> boxes = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    /** Where the names went at the last {@link #draw}. */
    List<Bounds> boxes() {
        return List.copyOf(boxes);
    }

    /** The names drawn at the last {@link #draw}, in the order of {@link #boxes}. */
    List<String> texts() {
        return List.copyOf(texts);
    }

    /**
     * Each optimizer's name beside its head; heads that share a spot (all of them at the start, several in one dimple)
     * get one label that counts them, since a pile of names there would hide the spot and read as none.
     */
    void draw(GraphicsContext gc, PlotFrame frame, List<OptimizerSlot> slots, Map<OptimizerSlot, WalkerMoment> moments,
            Function<OptimizerSlot, String> names) {
        boxes.clear();
        texts.clear();
        var groups = new ArrayList<List<OptimizerSlot>>();
        for (OptimizerSlot slot : slots) {
            if (!moments.containsKey(slot)) {
                continue;
            }
            var spot = headPixel(frame, moments.get(slot));
            var group = groups.stream()
                    .filter(g -> headPixel(frame, moments.get(g.get(0))).distance(spot) < PlotStyle.px(SAME_SPOT))
                    .findFirst();
            if (group.isPresent()) {
                group.get().add(slot);
            } else {
                groups.add(new ArrayList<>(List.of(slot)));
            }
        }
        for (var group : groups) {
            var spot = headPixel(frame, moments.get(group.get(0)));
            if (group.size() >= 3) {
                name(gc, frame, spot, Words.format("surfaces.plot.together", group.size()), Color.web("#1d2533"));
                continue;
            }
            for (OptimizerSlot slot : group) {
                boolean diverged = moments.get(slot).diverged();
                String name = names.apply(slot);
                name(gc, frame, spot, diverged ? Words.format("surfaces.plot.divergedName", name) : name, diverged
                        ? Color.web("#c00000") : slot.colour().deriveColor(0, 1, 0.75, 1));
            }
        }
    }

    private static Point2D headPixel(PlotFrame frame, WalkerMoment moment) {
        return new Point2D(RacePainter.clamp(frame.px(moment.x()), frame.left(), frame.right()),
                RacePainter.clamp(frame.py(moment.y()), frame.top(), frame.bottom()));
    }

    /**
     * A name beside a head: right of it, else left, else a row further down or up, always inside the plot and over no
     * other name. A name with no such place is left out: the legend still says which colour is which.
     */
    private void name(GraphicsContext gc, PlotFrame frame, Point2D head, String name, Color ink) {
        double x = head.getX();
        double y = head.getY();
        double r = PlotStyle.px(7);
        double width = PlotGeometry.textWidth(name, PlotStyle.labelFont()) + PlotStyle.px(4);
        double height = PlotStyle.px(19);
        Bounds box = null;
        for (int row = 0; row <= 2 * MAX_NAME_ROWS && box == null; row++) {
            // Rows 0, 1, −1, 2, −2, … below and above the head (a pixel apart, or they would count as touching).
            double ly = y - height / 2 + (row % 2 == 1 ? (row + 1) / 2 : -row / 2) * (height + 1);
            for (int side = 0; side < 2 && box == null; side++) {
                double lx = side == 0 ? x + r + PlotStyle.px(4) : x - r - PlotStyle.px(4) - width;
                var candidate = new BoundingBox(RacePainter.clamp(lx, frame.left() + 2, frame.right() - width - 2),
                        RacePainter.clamp(ly, frame.top() + 2, frame.bottom() - height - 2), width, height);
                if (boxes.stream().noneMatch(candidate::intersects)) {
                    box = candidate;
                }
            }
        }
        if (box == null) {
            return;
        }
        boxes.add(box);
        texts.add(name);
        gc.setFont(PlotStyle.labelFont());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(PlotStyle.px(4));
        double inset = PlotStyle.px(2);
        gc.strokeText(name, box.getMinX() + inset, box.getMinY() + inset / 2);
        gc.setFill(ink);
        gc.fillText(name, box.getMinX() + inset, box.getMinY() + inset / 2);
    }
}
