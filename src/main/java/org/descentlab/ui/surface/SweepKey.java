package org.descentlab.ui.surface;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The key under the sweep's charts: each optimizer's colour and name (left out where the plot's legend just above
 * names them), the × of a diverged run and the dashed line of the rate an optimizer races with. Made from the words
 * and sizes of the moment: {@link #show} again after a change of language or of classroom mode.
 */
final class SweepKey extends FlowPane {

    SweepKey() {
        super(12, 2);
        setId("sweepKey");
        setPadding(new Insets(0, 4, 0, 4));
    }

    /** The key of {@code curves}, with the optimizers' names when {@code names}. */
    void show(List<SweepCharts.Shown> curves, boolean names) {
        getChildren().clear();
        if (curves.isEmpty()) {
            return;
        }
        double s = Presentation.scale();
        for (var curve : names ? curves : List.<SweepCharts.Shown>of()) {
            getChildren().add(item(Names.optimizer(curve.slot().type()), swatch(curve.slot().colour(), s, false)));
        }
        var cross = new Label("\u00d7");
        cross.setStyle("-fx-font-weight: bold;");
        getChildren().add(item(Words.get("insight.sweep.key.diverged"), cross));
        getChildren().add(item(Words.get("insight.sweep.key.rate"), swatch(Color.web("#4a5568"), s, true)));
    }

    private static Label item(String text, Node graphic) {
        var label = new Label(text, graphic);
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }

    /** A short line in {@code colour}: across for a curve, upright and dashed for a rate's mark. */
    private static Line swatch(Color colour, double scale, boolean dashed) {
        var line = dashed ? new Line(0, 0, 0, 14 * scale) : new Line(0, 0, 16 * scale, 0);
        line.setStroke(colour);
        line.setStrokeWidth((dashed ? 1.5 : 3) * scale);
        if (dashed) {
            line.getStrokeDashArray().setAll(4.0 * scale, 3.0 * scale);
        }
        return line;
    }
}
