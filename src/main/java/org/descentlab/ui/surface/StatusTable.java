package org.descentlab.ui.surface;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import org.descentlab.core.descent.Race;
import org.descentlab.ui.words.Words;

/**
 * Per racer (each enabled optimizer and each copy): its name, step, f, ‖∇f‖ and status (diverged in red), at the step
 * the timeline shows ({@link Replay}). Updated in the same frame as the paths, so that it never shows another step than
 * the plot; each row holds its texts as
 * properties, so an update redraws only the texts that changed instead of rebuilding every cell.
 */
final class StatusTable extends TableView<StatusTable.Row> {

    /** One optimizer's line: the texts on show. */
    static final class Row {
        private final OptimizerSlot slot;
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty step = new SimpleStringProperty("");
        private final StringProperty loss = new SimpleStringProperty("");
        private final StringProperty gradient = new SimpleStringProperty("");
        private final StringProperty status = new SimpleStringProperty("");
        private String explanation = "";
        private boolean alarm;

        Row(OptimizerSlot slot) {
            this.slot = slot;
        }

        void update(SurfaceTabModel model) {
            name.set(model.nameOf(slot));
            var walker = slot.walker();
            if (walker == null) {
                return;
            }
            Race race = model.race();
            // The walker at the step the timeline shows: the newest, or an earlier one.
            var moment = WalkerMoment.of(walker, model.replay());
            // Set before the status, whose cell reads them when the status text changes.
            explanation = WalkerStatusText.explain(moment, race);
            alarm = moment.diverged();
            step.set(Integer.toString(moment.step()));
            loss.set(RacePainter.formatValue(moment.loss()));
            gradient.set(RacePainter.formatValue(moment.gradientNorm()));
            status.set(WalkerStatusText.describe(moment, race));
        }

        OptimizerSlot slot() {
            return slot;
        }
    }

    private final SurfaceTabModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    StatusTable(SurfaceTabModel model) {
        this.model = model;
        setId("statusTable");
        setItems(rows);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var placeholder = new Label();
        Words.bind(placeholder.textProperty(), "surfaces.table.empty");
        setPlaceholder(placeholder);
        var name = new TableColumn<Row, String>();
        name.setId("optimizerColumn");
        Words.bind(name.textProperty(), "surfaces.table.optimizer");
        name.setCellValueFactory(c -> c.getValue().name);
        name.setCellFactory(c -> new TableCell<>() {
            private final Rectangle swatch = new Rectangle(14, 14);

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                var row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || text == null || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                swatch.setFill(row.slot().colour());
                setText(text);
                setGraphic(swatch);
                setGraphicTextGap(6);
            }
        });
        name.setPrefWidth(150);
        name.setMinWidth(140);
        name.setSortable(false);
        getColumns().add(name);
        getColumns().add(column("stepColumn", "surfaces.table.step", 58, r -> r.step));
        getColumns().add(column("lossColumn", "surfaces.table.loss", 84, r -> r.loss));
        getColumns().add(column("gradientColumn", "surfaces.table.gradient", 84, r -> r.gradient));
        var status = column("statusColumn", "surfaces.table.status", 200, r -> r.status);
        status.setMinWidth(190);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                var row = getTableRow() == null ? null : getTableRow().getItem();
                boolean racing = !empty && row != null && row.slot().walker() != null;
                // The short words fit the column; the full sentence is one hover away.
                setTooltip(racing ? new Tooltip(row.explanation) : null);
                getStyleClass().remove("status-diverged");
                if (racing && row.alarm) {
                    getStyleClass().add("status-diverged");
                }
            }
        });
        getColumns().add(status);
        refreshRows();
    }

    /**
     * A column of text no narrower than its widest expected entry, so that none is cut to "…"; its title is the string
     * of {@code titleKey}.
     */
    private static TableColumn<Row, String> column(String id, String titleKey, double width,
            Function<Row, StringProperty> text) {
        var column = new TableColumn<Row, String>();
        Words.bind(column.textProperty(), titleKey);
        column.setId(id);
        column.setCellValueFactory(c -> text.apply(c.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Shows the racers again (after an optimizer is ticked or unticked, or a copy comes or goes). */
    void refreshRows() {
        rows.setAll(model.racingSlots().stream().map(Row::new).toList());
        update();
    }

    /** Makes every cell's words again, in the new language (the optimizers' names, the status and its tooltip). */
    void refreshWords() {
        update();
        refresh();
    }

    /** Brings every row's texts up to the walkers' current step. */
    void update() {
        rows.forEach(r -> r.update(model));
    }

    /**
     * The text the cell of racer {@code id} (its {@link OptimizerSlot#key}) in column {@code columnId} shows on screen
     * now (after any cutting to "…"), or {@code null} when the row is not on screen; for tests.
     */
    String shownText(String id, String columnId) {
        for (javafx.scene.Node node : lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columnId.equals(cell.getTableColumn().getId()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof Row row && row.slot().key().equals(id)) {
                var text = (javafx.scene.text.Text) cell.lookup(".text");
                return text == null ? "" : text.getText();
            }
        }
        return null;
    }

    /** The status text of optimizer {@code id} at the step on show, for tests. */
    String statusOf(String id) {
        var slot = model.slot(id);
        return slot.walker() == null ? ""
                : WalkerStatusText.describe(WalkerMoment.of(slot.walker(), model.replay()), model.race());
    }

    /** The texts of the row of racer {@code key} (step, f, ‖∇f‖, status), for tests. */
    List<String> rowTexts(String key) {
        return rows.stream().filter(r -> r.slot.key().equals(key)).findFirst()
                .map(r -> List.of(r.step.get(), r.loss.get(), r.gradient.get(), r.status.get())).orElse(List.of());
    }
}
