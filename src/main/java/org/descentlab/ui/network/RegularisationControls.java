package org.descentlab.ui.network;

import static org.descentlab.ui.network.SettingsParts.converter;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.ui.words.Words;

/**
 * Dropout and early stopping in the training settings: a spinner for the share of hidden units dropped in every
 * training step (0 to {@link NetworkLimits#DROPOUT}'s maximum, by 0.05) and a choice of early stopping's patience
 * (off, or 5 to 500 epochs). A change applies as a change of the L2 penalty does: from the next step, from the weights
 * the network has. Early stopping watches the validation loss, so without a validation split a note under the choice
 * says that it has no effect. Every word is a key of the {@code train} bundle.
 */
final class RegularisationControls extends VBox {

    /** The patience offered; a scene's other value is added when it is shown. */
    private static final List<Integer> PATIENCE = List.of(0, 5, 10, 20, 50, 100, 200, 500);
    private static final double DROPOUT_STEP = 0.05;

    private final NetworkTabModel model;
    private final NetworkControls controls;
    private final Spinner<Double> dropout = new Spinner<>();
    private final ChoiceBox<Integer> patience = new ChoiceBox<>();
    private final Label note = SettingsParts.hint("train.noValidation");
    /** True while the controls are set from the model: their handlers must not count that as a choice. */
    private boolean following;

    RegularisationControls(NetworkTabModel model, NetworkControls controls) {
        super(4);
        this.model = model;
        this.controls = controls;
        var factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(NetworkLimits.DROPOUT.min(),
                NetworkLimits.DROPOUT.max(), model.scene().training().dropout(), DROPOUT_STEP);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text); // never called: the spinner is not editable
            }
        });
        dropout.setValueFactory(factory);
        dropout.setId("dropoutSpinner");
        dropout.getEditor().setPrefColumnCount(4); // wide enough for 0.25, in classroom mode too
        dropout.valueProperty().addListener((o, was, is) -> apply());
        patience.setId("patienceChoice");
        patience.getItems().setAll(PATIENCE);
        patience.setOnAction(e -> apply());
        note.setId("earlyStoppingNote");
        var grid = SettingsParts.grid(new String[] {"train.dropout", "train.earlyStopping"}, dropout, patience);
        getChildren().addAll(grid, note);
        setMinHeight(Region.USE_PREF_SIZE);
        relabel();
        follow();
    }

    /** The patience choice's words in the language of the moment. */
    void relabel() {
        following = true;
        try {
            patience.setConverter(converter(k -> k == 0 ? Words.get("train.earlyStopping.off")
                    : Words.format("train.earlyStopping.patience", k)));
        } finally {
            following = false;
        }
    }

    /** Puts the scene's dropout and patience into the controls, and shows the note when it applies. */
    void follow() {
        following = true;
        try {
            var t = model.scene().training();
            dropout.getValueFactory().setValue(t.dropout());
            if (!patience.getItems().contains(t.earlyStopping())) {
                patience.getItems().add(t.earlyStopping());
                patience.getItems().sort(null);
            }
            patience.setValue(t.earlyStopping());
        } finally {
            following = false;
        }
        boolean idle = model.scene().training().earlyStopping() > 0 && !model.split().hasValidation();
        note.setVisible(idle);
        note.setManaged(idle);
    }

    private void apply() {
        if (following || dropout.getValue() == null || patience.getValue() == null) {
            return;
        }
        var t = model.scene().training();
        if (dropout.getValue() != t.dropout() || patience.getValue() != t.earlyStopping()) {
            controls.say(NetworkControls.Section.TRAINING, model.setRegularisation(dropout.getValue(),
                    patience.getValue()));
        }
        follow();
    }
}
