package org.descentlab.ui.network;

import javafx.scene.control.ComboBox;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.ui.network.NetworkControls.Section;
import org.descentlab.ui.words.Words;

/**
 * The batch size: a few sizes to pick, or any typed, "full" (in the words of the moment) for every training point at
 * once. A new size applies from the next step; a text that is no size is refused with a message under the training
 * settings, leaving the run as it was.
 */
final class BatchSizeBox extends ComboBox<String> {

    private static final String FULL = "network.batch.full";

    private final NetworkTabModel model;
    private final NetworkControls controls;
    /** True while the box is set to the size in use: that is no choice of the person's. */
    private boolean showing;

    BatchSizeBox(NetworkTabModel model, NetworkControls controls) {
        this.model = model;
        this.controls = controls;
        setId("batchChoice");
        setEditable(true);
        setPrefWidth(110);
        setOnAction(e -> chosen());
    }

    /** The sizes to pick in the words of the moment, and the size in use. */
    void relabel() {
        showing = true;
        try {
            getItems().setAll("1", "8", "32", "128", Words.get(FULL));
        } finally {
            showing = false;
        }
        showSize(model.settings().batchSize());
    }

    /** Shows {@code size} (without counting it as a choice). */
    void showSize(int size) {
        showing = true;
        try {
            setValue(size == TrainingSettings.FULL_BATCH ? Words.get(FULL) : Integer.toString(size));
        } finally {
            showing = false;
        }
    }

    /**
     * A size typed or picked: a new size applies from the next step, the size in use changes nothing, a bad one is
     * refused with a message. Either way the box shows the size in use again, which must not count as another choice:
     * {@code setValue} fires this handler anew.
     */
    private void chosen() {
        if (showing) {
            return;
        }
        String text = getValue() == null ? "" : getValue().trim();
        Integer size = SettingsParts.parseBatchSize(text, Words.get(FULL));
        if (size == null) {
            controls.show(Section.TRAINING, () -> Words.format("network.batch.notNumber", text, Words.get(FULL)));
        } else if (size != model.settings().batchSize()) {
            controls.say(Section.TRAINING, model.setBatchSize(size));
        }
        showSize(model.settings().batchSize());
    }
}
