package org.descentlab.ui.surface;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.SettingException;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * The dialog behind the surface chooser's Custom… entry: the {@link CustomSurfaceForm}, then OK and Cancel. OK is
 * enabled only while the form is valid (Enter presses it); it makes the surface on a worker thread (the minima search
 * and the opening learning rates can take a while for a long formula), and closes when it is made, handing it over;
 * a surface refused then (f nowhere finite) is told in the dialog, which stays open. Cancel or Esc closes it and
 * leaves the surface on show as it was.
 */
final class CustomSurfaceDialog {

    /** What OK gives: the surface and the learning rate, by optimizer id, each optimizer opens its race with. */
    record Made(FormulaSurface surface, Map<String, Double> rates) {
    }

    /** The stylesheet of the form (a monospaced formula, the marker, the examples). */
    static final String STYLESHEET = CustomSurfaceDialog.class.getResource("/org/descentlab/custom-surface.css")
            .toExternalForm();

    private final Dialog<Made> dialog = new Dialog<>();
    private final CustomSurfaceForm form;
    private final BackgroundWork<Made> work = new BackgroundWork<>("custom-surface");
    private final HBox working = new HBox(8);
    private final Button ok;

    /**
     * @param owner the window it belongs to (its style sheets are used too), or {@code null}
     * @param start the typed surface whose formula, bounds and minima it opens with, or {@code null}
     * @param made gets the surface once OK has made it, on the JavaFX thread
     */
    CustomSurfaceDialog(Window owner, FormulaSurface start, Consumer<Made> made) {
        form = new CustomSurfaceForm(start);
        var pane = dialog.getDialogPane();
        pane.setId("customSurfaceDialog");
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        pane.getStylesheets().add(STYLESHEET);
        if (Presentation.classroom()) {
            pane.getStyleClass().add(Presentation.CLASSROOM_CLASS);
        }
        dialog.titleProperty().bind(Words.text("custom.dialog.title"));
        dialog.setResizable(true);
        pane.setContent(new VBox(12, form, workingRow()));
        var okType = new ButtonType(Words.get("custom.ok"), ButtonBar.ButtonData.OK_DONE);
        var cancelType = new ButtonType(Words.get("custom.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(okType, cancelType);
        ok = (Button) pane.lookupButton(okType);
        ok.setId("customOk");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(form.validProperty().not().or(work.runningProperty()));
        pane.lookupButton(cancelType).setId("customCancel");
        // OK starts the work; the dialog closes when the surface is made, not before.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            make(made);
        });
        dialog.setResultConverter(button -> null);
        dialog.setOnHidden(e -> work.close());
        dialog.setOnShown(e -> {
            form.formulaField().requestFocus();
            form.formulaField().end();
        });
        pane.needsLayoutProperty().addListener((o, was, is) -> {
            if (!is) {
                growToFit();
            }
        });
    }

    /** Makes the window taller when a message of two lines needs the room (never shorter: no jumping). */
    private void growToFit() {
        if (tooShort()) {
            javafx.application.Platform.runLater(() -> {
                if (tooShort()) { // still showing, still too short
                    var pane = dialog.getDialogPane();
                    var window = pane.getScene().getWindow();
                    window.setHeight(window.getHeight() + pane.prefHeight(pane.getWidth()) - pane.getHeight());
                }
            });
        }
    }

    private boolean tooShort() {
        var pane = dialog.getDialogPane();
        return dialog.isShowing() && pane.getScene() != null
                && pane.prefHeight(pane.getWidth()) > pane.getHeight() + 0.5;
    }

    private HBox workingRow() {
        var spinner = new ProgressIndicator();
        spinner.setPrefSize(18 * Presentation.scale(), 18 * Presentation.scale());
        var text = new Label();
        Words.bind(text.textProperty(), "custom.working");
        working.getChildren().setAll(spinner, text);
        working.setId("customWorking");
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(work.runningProperty());
        working.managedProperty().bind(work.runningProperty());
        return working;
    }

    /** Makes the surface of the form's request on the worker, then hands it over and closes. */
    private void make(Consumer<Made> made) {
        var request = form.request();
        if (request == null) {
            return;
        }
        form.setDisable(true);
        work.submit(progress -> {
            var surface = new FormulaSurface(request.formula(), request.bounds(), request.minima());
            var rates = new HashMap<String, Double>();
            var types = OptimizerRegistry.all();
            for (OptimizerType type : types) {
                if (progress.isCancelled()) {
                    return null;
                }
                rates.put(type.id(), SurfaceTabModel.openingRate(surface, type));
                progress.update(rates.size() / (double) types.size());
            }
            return new Made(surface, Map.copyOf(rates));
        }, result -> {
            made.accept(result);
            dialog.setResult(result);
            dialog.close();
        }, failure -> {
            form.setDisable(false);
            if (failure instanceof SettingException refused) {
                form.showRefusal(refused.problem());
            } else {
                UnexpectedErrors.record(failure);
                form.showRefusal(org.descentlab.core.scene.Problem.of(Words.format("custom.failed",
                        String.valueOf(failure.getMessage()))));
            }
            form.formulaField().requestFocus();
        });
    }

    /** Shows the dialog (it does not wait: what OK makes goes to the consumer given). */
    void show() {
        dialog.show();
    }

    /** The dialog itself (tests). */
    Dialog<Made> dialog() {
        return dialog;
    }

    /** The dialog's pane (tests walk its words). */
    DialogPane pane() {
        return dialog.getDialogPane();
    }

    /** The form (tests). */
    CustomSurfaceForm form() {
        return form;
    }
}
