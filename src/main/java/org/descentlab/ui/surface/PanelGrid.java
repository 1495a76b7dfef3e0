package org.descentlab.ui.surface;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.descentlab.core.surface.Bounds;
import org.descentlab.ui.words.Words;

/**
 * The side-by-side layout: one small plot per optimizer, under a title with its name, step and f. The number of
 * columns is chosen for the space at hand (the one that gives the largest plots, for the surface's shape), and a
 * title too long for its panel wraps onto another line instead of ending in "…".
 */
final class PanelGrid extends Region {

    private static final double GAP = 8;
    /** Room a compact plot takes around its frame (axis labels), in pixels before classroom mode's scale. */
    private static final double PLOT_MARGIN_X = 48;
    private static final double PLOT_MARGIN_Y = 32;

    private final List<Panel> panels;
    private final Bounds bounds;

    /** One racer's panel: a title and its plot. */
    static final class Panel extends VBox {
        private final SurfaceTabModel model;
        private final OptimizerSlot slot;
        private final SurfacePlot plot;
        private final Label name = new Label();
        private final Label step = new Label();
        private final Label value = new Label();

        Panel(SurfaceTabModel model, OptimizerSlot slot, SurfacePlot plot) {
            this.model = model;
            this.slot = slot;
            this.plot = plot;
            name.setStyle("-fx-font-weight: bold;");
            // One flow: name, step and f on one line when the panel is wide enough, on two when not.
            var title = new FlowPane(8, 0, name, step, value);
            title.getStyleClass().add("panel-title");
            title.setPadding(new Insets(0, 4, 2, 4));
            title.setStyle("-fx-border-color: transparent transparent " + slot.colourCss()
                    + " transparent; -fx-border-width: 0 0 4 0;");
            title.setMinHeight(USE_PREF_SIZE);
            for (Label label : new Label[] {name, step, value}) {
                label.setMinWidth(USE_PREF_SIZE);
            }
            getChildren().addAll(title, plot);
            setSpacing(2);
            VBox.setVgrow(plot, javafx.scene.layout.Priority.ALWAYS);
            refresh();
        }

        /**
         * Shows the racer's name, its step and f at the step the timeline shows (or where it diverged), in the
         * language of the moment.
         */
        void refresh() {
            name.setText(model.nameOf(slot));
            var walker = slot.walker();
            if (walker == null) {
                step.setText("");
                value.setText("");
                return;
            }
            var moment = WalkerMoment.of(walker, model.replay());
            if (moment.diverged()) {
                step.setText(Words.format("surfaces.status.diverged", moment.status().step()));
                step.setTextFill(Color.web("#c00000"));
                value.setText("");
            } else {
                step.setText(Words.format("surfaces.panel.step", moment.step()));
                step.setTextFill(Color.web("#1d2533"));
                value.setText(Words.format("surfaces.panel.value", RacePainter.formatValue(moment.loss())));
            }
        }

        SurfacePlot plot() {
            return plot;
        }

        /** The title's labels, for tests that check nothing is cut short. */
        List<Label> titleLabels() {
            return List.of(name, step, value);
        }
    }

    PanelGrid(List<Panel> panels, Bounds bounds) {
        this.panels = List.copyOf(panels);
        this.bounds = bounds;
        setId("sideBySidePanels");
        getChildren().setAll(this.panels);
    }

    List<Panel> panels() {
        return panels;
    }

    /** The column count that gives the largest plots in a {@code width} × {@code height} area. */
    int columnsFor(double width, double height) {
        int n = Math.max(1, panels.size());
        int best = 1;
        double bestScale = -1;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (int) Math.ceil(n / (double) columns);
            double cellWidth = (width - GAP * (columns - 1)) / columns;
            double cellHeight = (height - GAP * (rows - 1)) / rows;
            double titleHeight = panels.stream().mapToDouble(p -> p.getChildren().get(0).prefHeight(cellWidth))
                    .max().orElse(0);
            double scale = Math.min((cellWidth - PlotStyle.px(PLOT_MARGIN_X)) / bounds.width(),
                    (cellHeight - titleHeight - PlotStyle.px(PLOT_MARGIN_Y)) / bounds.height());
            if (scale > bestScale + 1e-9) {
                bestScale = scale;
                best = columns;
            }
        }
        return best;
    }

    @Override
    protected void layoutChildren() {
        if (panels.isEmpty()) {
            return;
        }
        double width = getWidth();
        double height = getHeight();
        int columns = columnsFor(width, height);
        int rows = (int) Math.ceil(panels.size() / (double) columns);
        double cellWidth = (width - GAP * (columns - 1)) / columns;
        double cellHeight = (height - GAP * (rows - 1)) / rows;
        for (int i = 0; i < panels.size(); i++) {
            double x = (i % columns) * (cellWidth + GAP);
            double y = (i / columns) * (cellHeight + GAP);
            panels.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(cellWidth),
                    snapSizeY(cellHeight));
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }
}
