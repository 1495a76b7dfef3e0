package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * The learning-rate sweep: each ticked optimizer run from the start at every learning rate of the scene's grid
 * ({@link SweepRuns}, off the JavaFX thread with progress and Stop), shown as two charts ({@link SweepCharts}) side by
 * side or one above the other, whichever suits the space, with a key of the colours under them. A click on a point
 * sets that optimizer's learning rate, as its slider would, and plays the race again from the start.
 *
 * <p>It follows the race's settings while it is open: a new surface, start, step budget or hyperparameter runs the
 * sweep again (a new learning rate does not: the sweep replaces it; its mark moves).
 */
final class SweepView extends VBox {

    /** How near, in pixels (times the scale), a click must be to a point to pick it. */
    private static final double PICK_RADIUS = 14;
    private static final String HINT = "insight.sweep.hint";

    private final SurfaceTabModel model;
    private final SweepCharts charts = new SweepCharts();
    private final ChartViewer gapViewer = new ChartViewer(charts.gapChart());
    private final ChartViewer stepsViewer = new ChartViewer(charts.stepsChart());
    private final InsightWork<SweepRuns.Request, SweepRuns.Curves> work;
    private final WorkStrip strip;
    private final Label message = new Label();
    private final SweepKey key = new SweepKey();
    private SweepRuns.Request drawn;
    private List<Double> markedRates = List.of();
    private String messageKey;
    private boolean hintShown = true;

    SweepView(SurfaceTabModel model) {
        this.model = model;
        work = new InsightWork<>("sweep", SweepRuns::job, (request, curves) -> draw(curves));
        strip = new WorkStrip("sweepWork", "insight.sweep", work);
        setId("sweepView");
        gapViewer.setId("sweepGapChart");
        stepsViewer.setId("sweepStepsChart");
        for (ChartViewer viewer : new ChartViewer[] {gapViewer, stepsViewer}) {
            ChartMenu.install(viewer);
            viewer.setMinSize(120, 90);
            viewer.addChartMouseListener(new ChartMouseListenerFX() {
                @Override
                public void chartMouseClicked(ChartMouseEventFX event) {
                    pick(viewer, event.getTrigger().getX(), event.getTrigger().getY());
                }

                @Override
                public void chartMouseMoved(ChartMouseEventFX event) {
                }
            });
        }
        message.setId("sweepMessage");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.setMinHeight(USE_PREF_SIZE);
        var pair = new ChartPair(gapViewer, stepsViewer);
        VBox.setVgrow(pair, Priority.ALWAYS);
        setSpacing(4);
        setPadding(new Insets(6));
        setMinSize(260, 0);
        getChildren().addAll(strip, message, pair, key);
        showMessage(null);
    }

    /**
     * A column of about three tenths of the window: wide enough for two charts one above the other, narrow enough to
     * leave the plot most of a 1024-pixel window.
     */
    @Override
    protected double computePrefWidth(double height) {
        double window = getScene() == null ? 1280 : getScene().getWidth();
        return Math.max(280, Math.min(440, 0.3 * window)) * (Presentation.classroom() ? 1.15 : 1);
    }

    /** The sweep's work, to stop it or see where it stands. */
    InsightWork<SweepRuns.Request, SweepRuns.Curves> work() {
        return work;
    }

    SweepCharts charts() {
        return charts;
    }

    /** The settings of the sweep on show, or {@code null} while none is. */
    SweepRuns.Request drawn() {
        return drawn;
    }

    /**
     * Shows or hides the line that says a click on a point races at that rate, and the optimizers' names in the key:
     * both left out under the plot, where height is short (the plot's legend names the colours just above).
     */
    void showHint(boolean shown) {
        if (shown != hintShown && !charts.shown().isEmpty()) {
            hintShown = shown;
            fillKey();
        }
        hintShown = shown;
        message.setVisible(message.getText() != null && !message.getText().isEmpty()
                && (shown || !HINT.equals(messageKey)));
        message.setManaged(message.isVisible());
    }

    /** Brings the sweep up to the race's settings, or stops it when the view is closed ({@code open} false). */
    void refresh(boolean open) {
        if (!open) {
            work.want(null);
            return;
        }
        var request = SweepRuns.request(model);
        if (request.entries().isEmpty()) {
            work.want(null);
            drawn = null;
            charts.clear();
            key.show(List.of(), false);
            showMessage("insight.sweep.none");
            return;
        }
        if (!request.equals(drawn)) {
            if (drawn != null) {
                drawn = null;
                charts.clear(); // the old curves belonged to other settings
                key.show(List.of(), false);
            }
            work.want(request);
        } else if (!currentRates().equals(markedRates)) {
            markedRates = currentRates();
            charts.ratesChanged();
        }
    }

    private void draw(SweepRuns.Curves curves) {
        var request = curves.request();
        var shown = new ArrayList<SweepCharts.Shown>();
        for (int k = 0; k < request.entries().size(); k++) {
            shown.add(new SweepCharts.Shown(model.slot(request.entries().get(k).type().id()), curves.results().get(k)));
        }
        double fStar = request.surface().info().minimumValue();
        double startGap = request.surface().value(request.start().x(), request.start().y()) - fStar;
        drawn = request;
        markedRates = currentRates();
        charts.show(shown, request.steps(), startGap, !request.schedule().constant());
        showMessage(HINT);
        fillKey();
    }

    private List<Double> currentRates() {
        return model.enabledSlots().stream().map(s -> s.valuesProperty().get()
                .get(LearningRateSweep.learningRate(s.type()).key())).toList();
    }

    private void showMessage(String key) {
        messageKey = key;
        message.textProperty().unbind();
        if (key == null) {
            message.setText("");
        } else {
            Words.bind(message.textProperty(), key);
        }
        showHint(hintShown);
    }

    private void fillKey() {
        key.show(charts.shown(), hintShown);
    }

    /** Words again in the language of the moment. */
    void refreshWords() {
        charts.refreshWords();
        fillKey();
        strip.refresh();
    }

    /** Sizes again for classroom mode or high contrast. */
    void restyle() {
        charts.restyle();
        fillKey();
    }

    /** The point of {@code viewer}'s chart nearest (x, y), if near enough: that optimizer races at that rate. */
    private void pick(ChartViewer viewer, double x, double y) {
        var info = viewer.getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        var area = info.getPlotInfo().getDataArea();
        var plot = viewer.getChart().getXYPlot();
        SweepPoint best = null;
        double bestDistance = PICK_RADIUS * Presentation.scale();
        for (var point : charts.points(viewer.getChart())) {
            var at = point.at(plot, area);
            double d = Math.hypot(at.getX() - x, at.getY() - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = point;
            }
        }
        if (best != null) {
            raceAt(charts.shown().get(best.series()).slot(), best.lr());
        }
    }

    /** Sets {@code slot}'s learning rate to {@code lr} (as its slider would) and plays the race from the start. */
    void raceAt(OptimizerSlot slot, double lr) {
        String problem = model.setHyperparameter(slot, LearningRateSweep.learningRate(slot.type()).key(), lr);
        if (problem == null) {
            model.reset();
            model.playingProperty().set(true);
        }
    }

    /** Where the {@code item}-th point of series {@code series} is drawn on screen in the loss chart, for tests. */
    Point2D screenPoint(int series, int item) {
        double lr = charts.shown().get(series).result().rows().get(item).lr();
        var at = new SweepPoint(series, lr, charts.gapSeries().getYValue(series, item), 0).at(
                charts.gapChart().getXYPlot(), gapViewer.getRenderingInfo().getPlotInfo().getDataArea());
        return gapViewer.getCanvas().localToScreen(at.getX(), at.getY());
    }
}
