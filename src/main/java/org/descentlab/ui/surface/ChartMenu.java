package org.descentlab.ui.surface;

import java.io.File;
import java.io.IOException;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.descentlab.ui.words.Words;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.util.ExportUtils;

/**
 * The menu the secondary button opens on a race chart, in the student's language: JFreeChart's own ("Export As",
 * "PNG...") speaks English only, so its items are replaced by these, which save the chart as the viewer shows it.
 */
final class ChartMenu {

    private ChartMenu() {
    }

    /** Puts "Save as" → PNG, JPEG in place of the viewer's own items. */
    static void install(ChartViewer viewer) {
        var saveAs = new Menu();
        saveAs.setId("chartSaveAs");
        Words.bind(saveAs.textProperty(), "surfaces.chart.saveAs");
        saveAs.getItems().addAll(item(viewer, "png"), item(viewer, "jpeg"));
        viewer.getContextMenu().getItems().setAll(saveAs);
    }

    private static MenuItem item(ChartViewer viewer, String format) {
        var item = new MenuItem();
        Words.bind(item.textProperty(), "surfaces.chart.save." + format);
        item.setOnAction(e -> save(viewer, format));
        return item;
    }

    private static void save(ChartViewer viewer, String format) {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get("surfaces.chart.save.title"));
        String extension = format.equals("png") ? "*.png" : "*.jpg";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Words.get("surfaces.chart.save." + format + ".files"), extension));
        File file = chooser.showSaveDialog(viewer.getScene().getWindow());
        if (file == null) {
            return;
        }
        int width = (int) Math.round(viewer.getWidth());
        int height = (int) Math.round(viewer.getHeight());
        try {
            if (format.equals("png")) {
                ExportUtils.writeAsPNG(viewer.getChart(), width, height, file);
            } else {
                ExportUtils.writeAsJPEG(viewer.getChart(), width, height, file);
            }
        } catch (IOException e) {
            // A full disk or a folder without write permission: the person's to fix, not a fault of the app.
            var alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(Words.get("surfaces.chart.save.title"));
            alert.setHeaderText(Words.get("surfaces.chart.save.failed"));
            alert.setContentText(Words.format("surfaces.chart.save.failedWhy", file.getName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            alert.show();
        }
    }
}
