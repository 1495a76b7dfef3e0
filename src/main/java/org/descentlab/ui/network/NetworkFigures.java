package org.descentlab.ui.network;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The figures above the map: epoch, steps, the last epoch's loss and accuracy, speed, and the network as drawn. A
 * flow, not a row: on a narrow window the figures wrap instead of being cut short. When runs are compared, each
 * panel shows its own run's figures and this shows only what the runs share.
 */
final class NetworkFigures extends FlowPane {

    private final NetworkTabModel model;
    private final Label epoch = figure("epochFigure");
    private final Label steps = figure("stepsFigure");
    private final Label loss = figure("lossFigure");
    private final Label accuracy = figure("accuracyFigure");
    private final Label speed = figure("speedFigure");
    private final Label now = figure("nowFigure");

    NetworkFigures(NetworkTabModel model) {
        super(16, 2);
        this.model = model;
        now.setTooltip(new Tooltip("The network as drawn, over every training point; the epoch figures are "
                + "Keras-style means over the epoch, each point measured before its batch's step"));
        getChildren().addAll(epoch, steps, loss, accuracy, speed, now);
    }

    private static Label figure(String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("figure");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows the runs' figures; {@code drawn} is the single run's map, which scored the network as drawn. */
    void update(boolean comparing, BoundaryView drawn) {
        var run = model.run();
        var last = run.history().isEmpty() ? null : run.history().get(run.history().size() - 1);
        int target = model.settings().epochs();
        if (comparing) {
            var epochs = model.runs().stream().mapToInt(NetworkRun::epoch).summaryStatistics();
            epoch.setText(epochs.getMin() == epochs.getMax() ? "Epoch " + epochs.getMax() + " / " + target
                    : "Epochs " + epochs.getMin() + "–" + epochs.getMax() + " / " + target);
        } else {
            epoch.setText("Epoch " + run.epoch() + " / " + target);
        }
        steps.setText("Steps " + run.steps());
        loss.setText(last == null ? "Loss –" : String.format(Locale.ROOT, "Loss %.4f", last.loss()));
        accuracy.setText(last == null ? "Accuracy –"
                : String.format(Locale.ROOT, "Accuracy %.1f %%", last.accuracy()));
        speed.setText(String.format(Locale.ROOT, "%.0f epochs/s", model.epochsPerSecond()));
        now.setText(Double.isNaN(drawn.accuracyNow()) ? "" : String.format(Locale.ROOT,
                "Network now: loss %.4f, %.1f %% right (%d wrong)", drawn.lossNow(), drawn.accuracyNow(),
                drawn.misclassified()));
        for (Label l : new Label[] {steps, loss, accuracy, now}) {
            l.setVisible(!comparing);
            l.setManaged(!comparing);
        }
    }
}
