package org.descentlab.ui.surface;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.descentlab.ui.widgets.OptimizerColours;

/**
 * Per enabled optimizer: its step, f, ‖∇f‖ and status (diverged in red). Refreshed in the same frame as the paths,
 * so that it never shows an older step than the plot.
 */
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
        name.setMinWidth(140);
        name.setSortable(false);
        getColumns().add(name);
        getColumns().add(column("stepColumn", "Step", 58, s -> Integer.toString(s.walker().currentStep())));
        getColumns().add(column("lossColumn", "f", 84, s -> RacePainter.formatValue(s.walker().loss())));
        getColumns().add(column("gradientColumn", "‖∇f‖", 84,
                s -> RacePainter.formatValue(s.walker().gradientNorm())));
        var status = column("statusColumn", "Status", 200, s -> WalkerStatusText.describe(s.walker(),
                model.race()));
        status.setMinWidth(190);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                var slot = getTableRow() == null ? null : getTableRow().getItem();
                boolean racing = !empty && slot != null && slot.walker() != null;
                // The short words fit the column; the full sentence is one hover away.
                setTooltip(racing ? new Tooltip(WalkerStatusText.explain(slot.walker(), model.race())) : null);
                getStyleClass().remove("status-diverged");
                if (racing && WalkerStatusText.alarming(slot.walker())) {
                    getStyleClass().add("status-diverged");
                }
            }
        });
        getColumns().add(status);
        refreshRows();
    }

    /** A column of text no narrower than its widest expected entry, so that none is cut to "…". */
    private static TableColumn<OptimizerSlot, String> column(String id, String title, double width,
            Function<OptimizerSlot, String> text) {
        var column = new TableColumn<OptimizerSlot, String>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().walker() == null ? "" : text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Shows the enabled optimizers again (after one is ticked or unticked). */
    void refreshRows() {
        rows.setAll(model.enabledSlots());
    }

    /**
     * The text the cell of optimizer {@code id} in column {@code columnId} shows on screen now (after any cutting to
     * "…"), or {@code null} when the row is not on screen; for tests.
     */
    String shownText(String id, String columnId) {
        for (javafx.scene.Node node : lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columnId.equals(cell.getTableColumn().getId()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof OptimizerSlot slot && slot.type().id().equals(id)) {
                var text = (javafx.scene.text.Text) cell.lookup(".text");
                return text == null ? "" : text.getText();
            }
        }
        return null;
    }

    /** The status text of optimizer {@code id}, for tests. */
    String statusOf(String id) {
        var slot = model.slot(id);
        return slot.walker() == null ? "" : WalkerStatusText.describe(slot.walker(), model.race());
    }
}
