package org.descentlab.ui.network;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.descentlab.ui.widgets.OptimizerColours;
import org.descentlab.ui.words.Words;

/**
 * One run of a comparison: a header with the run's label and its figures, over its decision-boundary map (or its loss
 * landscape, or its gradients chart). The figures
 * are separate labels in a flow, so that on a narrow panel they wrap onto another line whole instead of being cut
 * short; the header's underline and swatch have the run's colour, the colour of its lines in the charts.
 */
final class ComparisonPanel extends VBox {

    private final Label title = new Label();
    private final Label epoch = figure();
    private final Label loss = figure();
    private final Label accuracy = figure();
    private final Region content;

    ComparisonPanel(Region content, Color colour) {
        super(2);
        this.content = content;
        title.getStyleClass().add("panel-title");
        title.setGraphic(new Rectangle(14, 14, colour));
        title.setMinWidth(Region.USE_PREF_SIZE);
        var figures = new FlowPane(12, 0, epoch, loss, accuracy);
        var header = new VBox(0, title, figures);
        header.getStyleClass().add("comparison-header");
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setStyle("-fx-border-color: transparent transparent " + OptimizerColours.css(colour)
                + " transparent; -fx-border-width: 0 0 4 0; -fx-padding: 0 4 2 4;");
        getChildren().addAll(header, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        setMinWidth(0);
    }

    private static Label figure() {
        var label = new Label();
        label.getStyleClass().add("panel-figure");
        label.setStyle("-fx-font-size: 14px;");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Shows {@code run}'s name and its last epoch's figures (nothing before the first epoch), in the words of the
     * moment: the tab calls this every frame it draws and after a change of language.
     */
    void show(NetworkRun run) {
        title.setText(RunNames.shown(run));
        var history = run.history();
        var last = history.isEmpty() ? null : history.get(history.size() - 1);
        epoch.setText(last == null ? "" : Words.format("network.panel.epoch", last.epoch())
                + NetworkFigures.suffix(KeptEpoch.status(run)));
        loss.setText(last == null ? "" : Words.format("network.panel.loss", NetworkFigures.fixed(4, last.loss())));
        accuracy.setText(last == null ? ""
                : Words.format("network.panel.accuracy", NetworkFigures.fixed(1, last.accuracy())));
    }

    /** The run's decision-boundary map, or {@code null} when the panel shows another view of the run. */
    BoundaryView view() {
        return content instanceof BoundaryView map ? map : null;
    }

    /** What the panel shows under its header. */
    Region content() {
        return content;
    }

    /** The header's labels: the run's label, then its figures. */
    List<Label> headerLabels() {
        return List.of(title, epoch, loss, accuracy);
    }
}
