package org.descentlab.ui.network;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.descentlab.ui.words.Words;

/**
 * Asks before a change throws away a trained network: new data, another hidden layer, other seeds, loaded weights or
 * other runs to compare make a new network that starts from its initial weights. (The optimizer, its hyperparameters,
 * the batch size and the epochs apply to the trained network instead, and need no question.)
 */
@FunctionalInterface
interface RestartQuestion {

    /**
     * Whether to go ahead.
     *
     * @param change what is about to change, in the words of the moment, as the start of the question's sentence
     *     (the words of {@code network.change.…}: "Changing the network")
     * @param epochs the epochs trained so far, which would be lost
     */
    boolean mayStartOver(String change, int epochs);

    /** The question as a dialog over {@code owner}. */
    static RestartQuestion dialog(java.util.function.Supplier<Window> owner) {
        return (change, epochs) -> {
            var startOver = new ButtonType(Words.get("network.restart.startOver"), ButtonBar.ButtonData.OK_DONE);
            var keep = new ButtonType(Words.get("network.restart.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
            var alert = new Alert(Alert.AlertType.CONFIRMATION, "", startOver, keep);
            Window window = owner.get();
            alert.initOwner(window);
            if (window != null && window.getScene() != null) {
                // The window's type sizes, readable from the back of the room.
                alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
            alert.setTitle(Words.get("network.restart.title"));
            alert.setHeaderText(Words.format("network.restart.header", change));
            alert.setContentText(Words.format(epochs == 1 ? "network.restart.lostOne" : "network.restart.lostMany",
                    epochs));
            alert.getDialogPane().setId("startOverDialog");
            alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // Enter keeps the trained network: throwing it away takes a deliberate click.
            ((Button) alert.getDialogPane().lookupButton(startOver)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
            return alert.showAndWait().orElse(keep) == startOver;
        };
    }
}
