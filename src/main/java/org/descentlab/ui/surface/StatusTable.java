package org.descentlab.ui.surface;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.descentlab.ui.widgets.OptimizerColours;

/** Per enabled optimizer: its step, f, ‖∇f‖ and status (diverged in red). */
final class StatusTable extends TableView<OptimizerSlot> {

    private final SurfaceTabModel model;
    private final ObservableList<OptimizerSlot> rows = FXCollections.observableArrayList();

    StatusTable(SurfaceTabModel model) {
        this.model = model;
        setId("statusTable");
        setItems(rows);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Tick an optimizer to race it."));
        var name = new TableColumn<OptimizerSlot, OptimizerSlot>("Optimizer");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(OptimizerSlot slot, boolean empty) {
                super.updateItem(slot, empty);
                if (empty || slot == null) {
                    setGraphic(null);
                    return;
                }
                var swatch = new Rectangle(14, 14, OptimizerColours.of(slot.index()));
                setGraphic(new HBox(6, swatch, new Label(slot.type().name())));
            }
        });
        name.setPrefWidth(150);
        getColumns().add(name);
        getColumns().add(column("Step", 50, s -> Integer.toString(s.walker().currentStep())));
        getColumns().add(column("f", 85, s -> RacePainter.formatValue(s.walker().loss())));
        getColumns().add(column("‖∇f‖", 85, s -> RacePainter.formatValue(s.walker().gradientNorm())));
        var status = column("Status", 200, s -> WalkerStatusText.describe(s.walker(), model.race()));
        status.setId("statusColumn");
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                var slot = getTableRow() == null ? null : getTableRow().getItem();
                boolean alarm = !empty && slot != null && slot.walker() != null && WalkerStatusText.alarming(slot.walker());
                getStyleClass().remove("status-diverged");
                if (alarm) {
                    getStyleClass().add("status-diverged");
                }
            }
        });
        getColumns().add(status);
        refreshRows();
    }

    private static TableColumn<OptimizerSlot, String> column(String title, double width,
            Function<OptimizerSlot, String> text) {
        var column = new TableColumn<OptimizerSlot, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().walker() == null ? "" : text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Shows the enabled optimizers again (after one is ticked or unticked). */
    void refreshRows() {
        rows.setAll(model.enabledSlots());
    }

    /** The status text of optimizer {@code id}, for tests. */
    String statusOf(String id) {
        var slot = model.slot(id);
        return slot.walker() == null ? "" : WalkerStatusText.describe(slot.walker(), model.race());
    }
}
