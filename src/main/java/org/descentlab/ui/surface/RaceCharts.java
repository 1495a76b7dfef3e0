package org.descentlab.ui.surface;

import java.awt.BasicStroke;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.words.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The two live charts of the race: f − f* against the step on a log axis, and the distance to the nearest declared
 * minimum (local ones count: on Rastrigin that is the dimple a path is in). One series per racer (each enabled
 * optimizer and each copy) in its colour; zoom with the mouse (drag a box, or scroll). Updated in the same frame as
 * the paths. While the timeline looks back ({@link Replay}), a vertical cursor marks the step on show.
 *
 * <p>Values are clamped below at 1e-16 for the log axes: a path that lands exactly on the minimum stays on the chart.
 */
final class RaceCharts extends VBox {

    private static final double FLOOR = 1e-16;
    /** Points kept per series; longer runs are thinned evenly. */
    private static final int MAX_POINTS = 2000;

    private final SurfaceTabModel model;
    private final XYSeriesCollection gaps = new XYSeriesCollection();
    private final XYSeriesCollection distances = new XYSeriesCollection();
    private final JFreeChart gapChart;
    private final JFreeChart distanceChart;
    private final Map<OptimizerSlot, Integer> drawnUpTo = new HashMap<>();
    /** Per optimizer, which start of its walker's path the series show (see {@link Walker#starts()}). */
    private final Map<OptimizerSlot, Integer> drawnStart = new HashMap<>();
    /** The step the timeline shows, as a vertical line on each chart while it looks back (none when live). */
    private final ValueMarker gapCursor = cursor();
    private final ValueMarker distanceCursor = cursor();
    private final ChartViewer gapViewer;
    private final ChartViewer distanceViewer;
    /** The charts' own fonts (title, axis names, axis numbers), which classroom mode scales. */
    private final java.awt.Font titleFont;
    private final java.awt.Font axisFont;
    private final java.awt.Font tickFont;

    RaceCharts(SurfaceTabModel model) {
        this.model = model;
        gapChart = Charts.logLineChart("", "", "", gaps);
        distanceChart = Charts.logLineChart("", "", "", distances);
        refreshWords();
        var plot = (XYPlot) gapChart.getPlot();
        titleFont = gapChart.getTitle().getFont();
        axisFont = plot.getDomainAxis().getLabelFont();
        tickFont = plot.getDomainAxis().getTickLabelFont();
        gapViewer = new ChartViewer(gapChart);
        gapViewer.setId("lossChart");
        distanceViewer = new ChartViewer(distanceChart);
        distanceViewer.setId("distanceChart");
        for (ChartViewer viewer : new ChartViewer[] {gapViewer, distanceViewer}) {
            ChartMenu.install(viewer);
            viewer.setMinSize(200, 120);
            viewer.setPrefSize(420, 260);
            VBox.setVgrow(viewer, Priority.ALWAYS);
        }
        setSpacing(6);
        stack();
        rebuild();
        restyle();
    }

    /**
     * Fonts and lines at the sizes of the moment: 1.5 times larger in classroom mode, lines thicker with high
     * contrast.
     */
    void restyle() {
        float s = (float) PlotStyle.scale();
        for (JFreeChart chart : new JFreeChart[] {gapChart, distanceChart}) {
            chart.getTitle().setFont(titleFont.deriveFont(titleFont.getSize2D() * s));
            var plot = (XYPlot) chart.getPlot();
            for (var axis : new org.jfree.chart.axis.ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                axis.setLabelFont(axisFont.deriveFont(axisFont.getSize2D() * s));
                axis.setTickLabelFont(tickFont.deriveFont(tickFont.getSize2D() * s));
            }
            var renderer = (XYLineAndShapeRenderer) plot.getRenderer();
            for (int i = 0; i < gaps.getSeriesCount(); i++) {
                renderer.setSeriesStroke(i, stroke());
            }
        }
    }

    /** A series' line: 2.5 pixels, scaled, thicker with high contrast. */
    private static BasicStroke stroke() {
        return new BasicStroke((float) (2.5 * PlotStyle.pathFactor()));
    }

    /** The width of the series' lines, for tests. */
    float seriesWidth() {
        return stroke().getLineWidth();
    }

    /** The size of the charts' titles, for tests. */
    float titleSize() {
        return gapChart.getTitle().getFont().getSize2D();
    }

    /** Titles and axis labels in the language of the moment (the charts draw them again). */
    void refreshWords() {
        label(gapChart, "surfaces.chart.loss.title", "surfaces.chart.loss.axis");
        label(distanceChart, "surfaces.chart.distance.title", "surfaces.chart.distance.axis");
    }

    private static void label(JFreeChart chart, String titleKey, String axisKey) {
        var plot = (XYPlot) chart.getPlot();
        plot.getDomainAxis().setLabel(Words.get("surfaces.chart.step"));
        plot.getRangeAxis().setLabel(Words.get(axisKey));
        chart.getTitle().setText(Words.get(titleKey)); // the title keeps its font
    }

    /** Every word the charts draw (titles, then axis labels), for tests. */
    java.util.List<String> texts() {
        var texts = new java.util.ArrayList<String>();
        for (JFreeChart chart : new JFreeChart[] {gapChart, distanceChart}) {
            var plot = (XYPlot) chart.getPlot();
            texts.add(chart.getTitle().getText());
            texts.add(plot.getDomainAxis().getLabel());
            texts.add(plot.getRangeAxis().getLabel());
        }
        return texts;
    }

    /** The menus the secondary button opens on the charts, for tests. */
    java.util.List<javafx.scene.control.ContextMenu> menus() {
        return java.util.List.of(gapViewer.getContextMenu(), distanceViewer.getContextMenu());
    }

    /** The loss chart, to be shown elsewhere (in a tab of its own in a small window). */
    ChartViewer lossView() {
        return gapViewer;
    }

    /** The distance chart, to be shown elsewhere. */
    ChartViewer distanceView() {
        return distanceViewer;
    }

    /** Shows both charts here again, one above the other. */
    void stack() {
        getChildren().setAll(gapViewer, distanceViewer);
    }

    /** Starts the series again from the racers (after a reset, a new surface, a start or set change). */
    void rebuild() {
        // One redraw per chart at the end, not one per series added and per colour and line set (a dozen redraws of
        // each chart at start-up, about a third of a second of the JavaFX thread before the window's first frame).
        boolean gapNotifies = gapChart.isNotify();
        boolean distanceNotifies = distanceChart.isNotify();
        gapChart.setNotify(false);
        distanceChart.setNotify(false);
        try {
            gaps.removeAllSeries();
            distances.removeAllSeries();
            drawnUpTo.clear();
            drawnStart.clear();
            var slots = model.racingSlots();
            for (int i = 0; i < slots.size(); i++) {
                var slot = slots.get(i);
                // Keyed by the racer's key: the charts show no legend, so the key is never on screen (the colours
                // name the series).
                gaps.addSeries(new XYSeries(slot.key(), false, true));
                distances.addSeries(new XYSeries(slot.key(), false, true));
                for (JFreeChart chart : new JFreeChart[] {gapChart, distanceChart}) {
                    var renderer = (XYLineAndShapeRenderer) ((XYPlot) chart.getPlot()).getRenderer();
                    renderer.setSeriesPaint(i, Charts.awt(slot.colour()));
                    renderer.setSeriesStroke(i, stroke());
                }
                drawnUpTo.put(slot, 0);
            }
        } finally {
            gapChart.setNotify(gapNotifies);
            distanceChart.setNotify(distanceNotifies);
        }
    }

    /** Appends the steps taken since the last update; rebuilds when a path was restarted. */
    void update() {
        var slots = model.racingSlots();
        if (slots.size() != gaps.getSeriesCount() || slots.stream().anyMatch(s -> !drawnUpTo.containsKey(s))) {
            rebuild();
        }
        // One redraw per chart for the whole update, not one per series, and none for a chart out of sight (in a tab
        // not chosen): it is drawn, up to date, when it comes into sight (see showing changes in SurfaceTab).
        gapChart.setNotify(false);
        distanceChart.setNotify(false);
        try {
            append(slots);
            showCursor();
        } finally {
            gapChart.setNotify(showing(gapViewer));
            distanceChart.setNotify(showing(distanceViewer));
        }
    }

    /** A thin dark vertical line with a white edge, readable over every series' colour. */
    private static ValueMarker cursor() {
        var marker = new ValueMarker(0, new java.awt.Color(0x1d, 0x25, 0x33), new BasicStroke(1.5f));
        marker.setOutlinePaint(null);
        return marker;
    }

    /** Puts the cursor at the step the timeline shows, or takes it away when the timeline is live. */
    private void showCursor() {
        var replay = model.replay();
        for (JFreeChart chart : new JFreeChart[] {gapChart, distanceChart}) {
            var plot = (XYPlot) chart.getPlot();
            var cursor = chart == gapChart ? gapCursor : distanceCursor;
            if (replay.live()) {
                plot.removeDomainMarker(0, cursor, Layer.FOREGROUND, false);
            } else {
                cursor.setValue(replay.shownStep());
                if (plot.getDomainMarkers(Layer.FOREGROUND) == null
                        || !plot.getDomainMarkers(Layer.FOREGROUND).contains(cursor)) {
                    plot.addDomainMarker(0, cursor, Layer.FOREGROUND, false);
                }
            }
        }
    }

    /** Where the charts' cursor stands, or {@code NaN} when there is none (live); for tests. */
    double cursorStep() {
        var markers = ((XYPlot) gapChart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
        return markers != null && markers.contains(gapCursor) ? gapCursor.getValue() : Double.NaN;
    }

    /** Whether {@code node} is on screen: in a scene, and neither it nor a parent hidden. */
    private static boolean showing(javafx.scene.Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void append(java.util.List<OptimizerSlot> slots) {
        double fStar = model.surface().info().minimumValue();
        int stride = Math.max(1, model.maxStepsProperty().get() / MAX_POINTS);
        for (int i = 0; i < slots.size(); i++) {
            var slot = slots.get(i);
            Walker walker = slot.walker();
            if (walker == null) {
                continue;
            }
            int size = walker.path().size();
            int from = drawnUpTo.get(slot);
            XYSeries gap = gaps.getSeries(i);
            XYSeries distance = distances.getSeries(i);
            Integer shownStart = drawnStart.put(slot, walker.starts());
            if (size < from || (shownStart != null && shownStart != walker.starts())) {
                // A restarted path, even one that has already grown past the old one: start the series again.
                gap.clear();
                distance.clear();
                from = 0;
            }
            if (size == from) {
                continue;
            }
            gap.setNotify(false);
            distance.setNotify(false);
            var info = model.surface().info();
            for (int k = from; k < size; k++) {
                if (k % stride != 0 && k != size - 1) {
                    continue;
                }
                double x = walker.path().x(k);
                double y = walker.path().y(k);
                // Steps only grow, so each point goes on the end: add, not addOrUpdate (which searches the series).
                gap.add(k, Math.max(FLOOR, walker.path().loss(k) - fStar), false);
                var nearest = info.nearestMinimum(x, y);
                distance.add(k, Math.max(FLOOR, nearest.point().distanceTo(new Point(x, y))), false);
            }
            drawnUpTo.put(slot, size);
            gap.setNotify(true);
            distance.setNotify(true);
        }
    }

    /** The last step charted for the {@code series}-th racer, or −1 if none; for tests. */
    int lastStep(int series) {
        var gap = gaps.getSeries(series);
        return gap.getItemCount() == 0 ? -1 : gap.getX(gap.getItemCount() - 1).intValue();
    }

    /** The last distance charted for the {@code series}-th racer; for tests. */
    double lastDistance(int series) {
        var distance = distances.getSeries(series);
        return distance.getY(distance.getItemCount() - 1).doubleValue();
    }

    /** Number of points in each optimizer's loss series, for tests. */
    int pointCount(int series) {
        return gaps.getSeries(series).getItemCount();
    }
}
