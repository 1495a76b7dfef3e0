package org.descentlab.ui.network;

import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/** The compared runs' panels in a grid: side by side for two, two by two for three or four, each cell alike. */
final class RunGrid {

    private RunGrid() {
    }

    /** A grid of {@code panels}, in order, row by row. */
    static GridPane of(List<? extends Region> panels) {
        var grid = new GridPane();
        grid.setHgap(NetworkLayout.GAP);
        grid.setVgap(NetworkLayout.GAP);
        int n = panels.size();
        int columns = n <= 2 ? Math.max(1, n) : 2;
        int rows = Math.max(1, (n + columns - 1) / columns);
        for (int c = 0; c < columns; c++) {
            var cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            var rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            grid.add(panels.get(i), i % columns, i / columns);
        }
        return grid;
    }
}
