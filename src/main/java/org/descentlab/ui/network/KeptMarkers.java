package org.descentlab.ui.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The vertical lines that mark, on the loss and accuracy charts, the epoch whose parameters each run kept when early
 * stopping ended it ({@link KeptEpoch}), in the run's colour; the loss chart's line carries a label ("kept: epoch 37"),
 * each run's a line lower than the one before so that compared runs' labels do not overlap, where it has room. Fonts
 * and lines grow with classroom mode.
 */
final class KeptMarkers {

    private final XYPlot loss;
    private final XYPlot accuracy;
    /** What is drawn: one entry per run, its kept epoch or null; null when nothing has been drawn yet. */
    private List<EpochMetrics.Kept> drawn;

    KeptMarkers(XYPlot loss, XYPlot accuracy) {
        this.loss = loss;
        this.accuracy = accuracy;
    }

    /** Removes every marker; the next {@link #show} draws them anew (new words, new sizes, new runs). */
    void clear() {
        loss.clearDomainMarkers();
        accuracy.clearDomainMarkers();
        drawn = null;
    }

    /** Marks each run's kept epoch, in the run's colour ({@code colours}, one per run); does nothing if unchanged. */
    void show(List<NetworkRun> runs, List<Color> colours) {
        var now = runs.stream().map(KeptEpoch::of).toList();
        if (now.equals(drawn)) {
            return;
        }
        clear();
        drawn = now;
        double scale = Presentation.scale();
        var font = new java.awt.Font(UiFont.FAMILY, java.awt.Font.BOLD, (int) Math.round(12 * scale));
        boolean single = runs.size() == 1;
        for (int r = 0; r < runs.size(); r++) {
            var kept = now.get(r);
            if (kept == null) {
                continue;
            }
            var stroke = new BasicStroke((float) (2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
                    new float[] {(float) (3 * scale), (float) (3 * scale)}, 0);
            var labelled = new ValueMarker(kept.epoch(), colours.get(r), stroke);
            labelled.setLabel(single ? Words.format("train.chart.kept", kept.epoch())
                    : Words.format("train.chart.keptRun", RunNames.shown(runs.get(r)), kept.epoch()));
            labelled.setLabelFont(font);
            labelled.setLabelPaint(colours.get(r).darker());
            labelled.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            place(labelled, (kept.epoch() - 1.0) / Math.max(1, runs.get(r).epoch() - 1));
            labelled.setLabelOffset(new RectangleInsets(6 * scale + r * 18 * scale, 4 * scale, 0, 4 * scale));
            loss.addDomainMarker(labelled, Layer.FOREGROUND);
            accuracy.addDomainMarker(new ValueMarker(kept.epoch(), colours.get(r), stroke), Layer.FOREGROUND);
        }
    }

    /**
     * Puts the label where it has room: centred on the line in the middle of the chart, beside it near either end
     * (on the side away from the end). {@code where} is the line's place across the epochs drawn, 0 to 1.
     */
    private static void place(ValueMarker marker, double where) {
        if (where < 0.3) {
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else if (where > 0.7) {
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        } else {
            marker.setLabelAnchor(RectangleAnchor.TOP);
            marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        }
    }

    /** The epochs marked, one entry per run (null for an unmarked run), for tests. */
    List<Integer> epochs() {
        var epochs = new ArrayList<Integer>();
        if (drawn != null) {
            drawn.forEach(k -> epochs.add(k == null ? null : k.epoch()));
        }
        return epochs;
    }

    /** The label of run {@code r}'s marker on the loss chart, or null when the run has none; for tests. */
    String label(int r) {
        if (drawn == null || drawn.get(r) == null) {
            return null;
        }
        var markers = List.copyOf(loss.getDomainMarkers(Layer.FOREGROUND));
        return ((ValueMarker) markers.get(markerIndex(r))).getLabel();
    }

    private int markerIndex(int r) {
        int index = 0;
        for (int i = 0; i < r; i++) {
            index += drawn.get(i) == null ? 0 : 1;
        }
        return index;
    }
}
