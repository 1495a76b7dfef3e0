package org.descentlab.ui.network;

import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.descentlab.ui.widgets.Presentation;

/** The small pictures beside the landscape's key words, drawn as the landscape draws the path and the weights now. */
final class LandscapeKey {

    private LandscapeKey() {
    }

    /** A stretch of path from a start diamond, with its halo. */
    static Canvas path() {
        double s = Presentation.scale();
        var canvas = new Canvas(34 * s, 16 * s);
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.web("#6b7a8f"));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setLineCap(StrokeLineCap.ROUND);
        double y = canvas.getHeight() / 2;
        for (int pass = 0; pass < 2; pass++) {
            gc.setStroke(pass == 0 ? Color.rgb(255, 255, 255, 0.85) : LandscapeView.PATH);
            gc.setLineWidth((pass == 0 ? 5 : 2.2) * s);
            gc.strokeLine(8 * s, y, 30 * s, y);
        }
        LandscapeView.diamond(gc, 8 * s, y, 5 * s);
        return canvas;
    }

    /** The ring that marks the weights now. */
    static Canvas now() {
        double s = Presentation.scale();
        var canvas = new Canvas(18 * s, 16 * s);
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.web("#6b7a8f"));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double r = 5 * s;
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(4 * s);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(LandscapeView.NOW);
        gc.setLineWidth(2.4 * s);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        return canvas;
    }
}
