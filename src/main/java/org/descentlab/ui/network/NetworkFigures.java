package org.descentlab.ui.network;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.descentlab.ui.words.Words;

/**
 * The figures above the map: epoch, steps, the last epoch's loss and accuracy, speed, and the network as drawn. A
 * flow, not a row: on a narrow window the figures wrap instead of being cut short. When runs are compared, each
 * panel shows its own run's figures and this shows only what the runs share. The epoch line follows the seed
 * script's Keras output ({@code Epoch 3, Loss: …, Accuracy: …}), in the words of the {@code network} bundle; it is
 * made anew at every update, so a change of language shows at the next one.
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
        var tip = new Tooltip();
        Words.bind(tip.textProperty(), "network.figure.nowTip");
        now.setTooltip(tip);
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
            epoch.setText(epochs.getMin() == epochs.getMax()
                    ? Words.format("network.figure.epoch", epochs.getMax(), target)
                    : Words.format("network.figure.epochs", epochs.getMin(), epochs.getMax(), target));
        } else {
            epoch.setText(Words.format("network.figure.epoch", run.epoch(), target) + suffix(KeptEpoch.status(run)));
        }
        steps.setText(Words.format("network.figure.steps", run.steps()));
        loss.setText(last == null ? Words.get("network.figure.noLoss")
                : Words.format("network.figure.loss", fixed(4, last.loss())));
        accuracy.setText(last == null ? Words.get("network.figure.noAccuracy")
                : Words.format("network.figure.accuracy", fixed(1, last.accuracy())));
        speed.setText(Words.format("network.figure.speed", fixed(0, model.epochsPerSecond())));
        now.setText(Double.isNaN(drawn.accuracyNow()) ? "" : Words.format("network.figure.now",
                fixed(4, drawn.lossNow()), fixed(1, drawn.accuracyNow()), drawn.misclassified()));
        for (Label l : new Label[] {steps, loss, accuracy, now}) {
            l.setVisible(!comparing);
            l.setManaged(!comparing);
        }
    }

    /** " · words", or nothing for no words. */
    static String suffix(String words) {
        return words.isEmpty() ? "" : " · " + words;
    }

    /** {@code value} with {@code decimals} decimals, written the same way in every language. */
    static String fixed(int decimals, double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
