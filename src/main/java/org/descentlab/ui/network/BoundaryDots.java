package org.descentlab.ui.network;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.descentlab.core.nn.DatasetSplit;
import org.descentlab.core.nn.Predictions;
import org.descentlab.ui.widgets.ClassColours;
import org.descentlab.ui.widgets.PlotFrame;
import org.descentlab.ui.widgets.Presentation;

/**
 * The data over a boundary map, on two canvas layers of their own: the points (training points as discs, validation
 * points as hollow squares, so that the eye can tell held-out data from training data), drawn again only when they
 * would land elsewhere, and under them a red ring around each training point the network gets wrong, drawn at every
 * map. While the network trains the map changes many times a second and the points not at all.
 */
final class BoundaryDots {

    private final Canvas points = new Canvas();
    private final Canvas rings = new Canvas();
    private final boolean compact;
    /** What the points layer shows, to tell when it must be drawn again. */
    private Object pointsDrawn;

    /** Layers for a full-size map, or a {@code compact} one (a compared run's), with smaller points. */
    BoundaryDots(boolean compact) {
        this.compact = compact;
    }

    /**
     * The two layers, bottom first: the rings under the points, so that a ring shows as a red halo around its point
     * and never hides a neighbour's colour (a badly trained network gets most points wrong).
     */
    List<Canvas> layers() {
        return List.of(rings, points);
    }

    /** Empties both layers ({@code width} × {@code height}): the view is too small to draw in. */
    void clear(double width, double height) {
        points.getGraphicsContext2D().clearRect(0, 0, width, height);
        rings.getGraphicsContext2D().clearRect(0, 0, width, height);
        pointsDrawn = null;
    }

    /** Draws the data of {@code split} in {@code frame}, and rings where {@code scores} are wrong. */
    void draw(PlotFrame frame, DatasetSplit split, Predictions scores, double width, double height) {
        double r = (compact ? 2.6 : 3.6) * Presentation.scale();
        var key = List.of(frame, split, Presentation.scale(), width, height);
        if (!key.equals(pointsDrawn)) {
            pointsDrawn = key;
            drawPoints(points.getGraphicsContext2D(), frame, split, r, width, height);
        }
        GraphicsContext gc = rings.getGraphicsContext2D();
        gc.clearRect(0, 0, width, height);
        gc.setStroke(Color.web("#e00000"));
        gc.setLineWidth(compact ? 1.5 : 2);
        var train = split.train();
        for (int i = 0; i < train.size(); i++) {
            if (scores.isWrong(i, train.labels()[i])) {
                double x = frame.px(train.x(i));
                double y = frame.py(train.y(i));
                gc.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            }
        }
    }

    private static void drawPoints(GraphicsContext gc, PlotFrame frame, DatasetSplit split, double r, double width,
            double height) {
        gc.clearRect(0, 0, width, height);
        var train = split.train();
        gc.setStroke(Color.rgb(0, 0, 0, 0.75));
        gc.setLineWidth(0.8);
        for (int i = 0; i < train.size(); i++) {
            double x = frame.px(train.x(i));
            double y = frame.py(train.y(i));
            gc.setFill(ClassColours.of(train.labels()[i]));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        var validation = split.validation();
        gc.setLineWidth(1.8);
        for (int i = 0; i < validation.size(); i++) {
            double x = frame.px(validation.x(i));
            double y = frame.py(validation.y(i));
            gc.setStroke(ClassColours.of(validation.labels()[i]).darker());
            gc.strokeRect(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
