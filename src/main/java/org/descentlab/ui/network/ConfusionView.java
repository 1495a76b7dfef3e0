package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.descentlab.core.nn.ConfusionMatrix;
import org.descentlab.ui.network.ConfusionPainter.Block;
import org.descentlab.ui.network.ConfusionPainter.Grid;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * One run's confusion matrices, of the training set and (when there is one) of the validation set, drawn by
 * {@link ConfusionPainter}. Over a cell the mouse brings a readout of its numbers, whatever the cells are small
 * enough to leave out.
 */
final class ConfusionView extends Region {

    private final Canvas canvas = new Canvas();
    private final Label readout = new Label();
    private final ConfusionPainter painter = new ConfusionPainter();
    private ConfusionMatrix train;
    private ConfusionMatrix validation;
    /** What is written in place of the matrices while there are none, in the words of the moment. */
    private Supplier<String> message = () -> Words.get("confusion.computing");
    private List<Grid> grids = List.of();
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    ConfusionView() {
        readout.setId("confusionReadout");
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        readout.setManaged(false);
        readout.setWrapText(true);
        present();
        getChildren().addAll(canvas, readout);
        setMinSize(120, 120);
        setPrefSize(600, 600);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
    }

    /** Shows these matrices ({@code validation} null when there is no validation set). */
    void show(ConfusionMatrix trainMatrix, ConfusionMatrix validationMatrix) {
        train = trainMatrix;
        validation = validationMatrix;
        draw();
    }

    /** Shows the words of {@code text} in place of the matrices. */
    void showMessage(Supplier<String> text) {
        train = null;
        validation = null;
        message = text;
        draw();
    }

    ConfusionMatrix train() {
        return train;
    }

    ConfusionMatrix validation() {
        return validation;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    /** Paints again at the size, language and scale of the moment. */
    void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (train == null) {
            grids = List.of();
            painter.paintMessage(gc, w, h, message.get());
        } else {
            grids = painter.paint(gc, w, h, blocks());
        }
        hover(mouseX, mouseY);
    }

    private List<Block> blocks() {
        var blocks = new ArrayList<Block>();
        blocks.add(block("train", train));
        if (validation != null) {
            blocks.add(block("validation", validation));
        }
        return blocks;
    }

    private static Block block(String set, ConfusionMatrix m) {
        String accuracy = NetworkFigures.fixed(1, m.accuracy());
        return new Block(Words.format("confusion.set." + set, accuracy, m.correct(), m.total()),
                Words.format("confusion.set." + set + "Short", accuracy), m);
    }

    /** The readout of the cell under (x, y), and the cell framed; nothing outside the cells. */
    void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        for (int g = 0; g < grids.size(); g++) {
            Grid grid = grids.get(g);
            int[] cell = Double.isNaN(x) ? null : grid.cellAt(x, y);
            if (cell != null) {
                frame(grid, cell[0], cell[1]);
                readout.setText(readoutText(grid.block().matrix(), g == 0 ? "train" : "validation", cell[0],
                        cell[1]));
                readout.setVisible(true);
                place(x, y);
                return;
            }
        }
        readout.setVisible(false);
    }

    static String readoutText(ConfusionMatrix m, String set, int actual, int predicted) {
        double share = m.rowPercent(actual, predicted);
        return Words.format("confusion.readout", Words.get("confusion.set." + set + "Name"), actual, predicted,
                m.count(actual, predicted), m.rowTotal(actual),
                Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f", share));
    }

    private void frame(Grid grid, int row, int column) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double cell = grid.cell();
        double x = grid.left() + column * cell;
        double y = grid.top() + row * cell;
        // Redrawn first so that only one cell is framed; the frame is white under ink to show on any colour.
        grids = painter.paint(gc, canvas.getWidth(), canvas.getHeight(), blocks());
        double s = Presentation.scale();
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(4 * s);
        gc.strokeRect(x, y, cell, cell);
        gc.setStroke(ConfusionPainter.INK);
        gc.setLineWidth(2 * s);
        gc.strokeRect(x, y, cell, cell);
    }

    /** Beside the mouse, below and to the right unless that leaves the view. */
    private void place(double x, double y) {
        readout.applyCss();
        double w = Math.min(readout.prefWidth(-1), Math.max(80, Math.min(getWidth() - 8,
                360 * Presentation.scale())));
        double h = readout.prefHeight(w);
        double gap = 14 * Presentation.scale();
        double left = x + gap + w <= getWidth() ? x + gap : Math.max(0, x - gap - w);
        double top = y + gap + h <= getHeight() ? y + gap : Math.max(0, y - gap - h);
        readout.resizeRelocate(left, top, w, h);
    }

    /** Classroom mode's sizes. */
    void present() {
        readout.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(255,255,255,0.95); "
                + "-fx-border-color: #8a919c; -fx-background-radius: 4; -fx-border-radius: 4; "
                + "-fx-padding: 4 8 4 8; -fx-font-size: %.0fpx; -fx-text-fill: #1d2533;", 14 * Presentation.scale()));
        draw();
    }

    /** The words drawn at the last painting and the readout's (for tests). */
    List<String> words() {
        var words = new ArrayList<>(painter.words());
        if (readout.isVisible()) {
            words.add(readout.getText());
        }
        return words;
    }

    /** Where cell (row, column) of the matrix {@code index} (0 training, 1 validation) is drawn, its centre. */
    javafx.geometry.Point2D cellCentre(int index, int row, int column) {
        Grid grid = grids.get(index);
        return new javafx.geometry.Point2D(grid.left() + (column + 0.5) * grid.cell(),
                grid.top() + (row + 0.5) * grid.cell());
    }

    /** What the cells of matrix {@code index} show at the last painting. */
    ConfusionPainter.Numbers numbers(int index) {
        return grids.get(index).numbers();
    }
}
