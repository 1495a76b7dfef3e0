package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.nn.ConfusionMatrix;
import org.descentlab.ui.widgets.ClassColours;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;

/**
 * Draws confusion matrices: true classes down (rows), predicted classes across (columns), each under its heading and
 * axis titles, with the class colours of the boundary map on the row and column headers (numbers thinned out where the
 * cells are small). The cells themselves are {@link ConfusionCells}': coloured by their share of the row, the diagonal
 * framed, with their count and row percentage where both fit at a size a projector shows, else one of them, else
 * nothing (a heat grid: the view's readout under the mouse gives the numbers). Sizes follow classroom mode.
 */
final class ConfusionPainter {

    /** One matrix to draw and its heading. */
    record Block(String title, String shortTitle, ConfusionMatrix matrix) {
    }

    /**
     * What a cell shows: its count over its row percentage; the count alone (the colour gives the share); the
     * percentage alone (counts too wide); nothing (a heat grid).
     */
    enum Numbers { BOTH, COUNT, PERCENT, NONE }

    /** Where a block's cells were drawn: cell (i, j) is at (left + j·cell, top + i·cell). */
    record Grid(Block block, double left, double top, double cell, Numbers numbers) {

        /** The cell {row, column} under (x, y), or {@code null}. */
        int[] cellAt(double x, double y) {
            int k = block.matrix().classes();
            int column = (int) Math.floor((x - left) / cell);
            int row = (int) Math.floor((y - top) / cell);
            return row >= 0 && row < k && column >= 0 && column < k ? new int[] {row, column} : null;
        }
    }

    static final Color INK = Color.web("#1d2533");
    /** The largest cell, so that two classes do not make two enormous squares. */
    private static final double MAX_CELL = 120;

    private final Text measure = new Text();
    private final ConfusionCells cells = new ConfusionCells();
    private final List<String> words = new ArrayList<>();

    /** Paints {@code blocks} over the whole canvas, side by side or one above the other, whichever is larger. */
    List<Grid> paint(GraphicsContext gc, double w, double h, List<Block> blocks) {
        words.clear();
        gc.setFill(Color.web("#f4f5f7"));
        gc.fillRect(0, 0, w, h);
        var grids = new ArrayList<Grid>();
        if (blocks.isEmpty() || w < 40 || h < 40) {
            return grids;
        }
        int n = blocks.size();
        boolean across = cellFor(blocks.get(0), w / n, h) >= cellFor(blocks.get(0), w, h / n);
        double bw = across ? w / n : w;
        double bh = across ? h : h / n;
        // Every heading in full, or every one short: matrices side by side read alike.
        Font titleFont = UiFont.bold(14 * scale());
        boolean full = blocks.stream().allMatch(b -> width(b.title(), titleFont) <= bw - 8 * scale());
        for (int b = 0; b < n; b++) {
            grids.add(paintBlock(gc, blocks.get(b), full, across ? b * bw : 0, across ? 0 : b * bh, bw, bh));
        }
        return grids;
    }

    /** Writes {@code message} in the middle of the canvas (no matrix yet, or none to be had). */
    void paintMessage(GraphicsContext gc, double w, double h, String message) {
        words.clear();
        gc.setFill(Color.web("#f4f5f7"));
        gc.fillRect(0, 0, w, h);
        gc.setFill(Color.web("#5a6270"));
        gc.setFont(UiFont.regular(14 * Presentation.scale()));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(message, w / 2, h / 2, Math.max(10, w - 16));
        words.add(message);
    }

    /** The words drawn at the last painting (for tests). */
    List<String> words() {
        return List.copyOf(words);
    }

    // ---- layout ----

    private static double scale() {
        return Presentation.scale();
    }

    private double headerWidth(int classes) {
        return width(Integer.toString(classes - 1), UiFont.regular(12 * scale())) + 20 * scale();
    }

    /** Title, axis title and column headers above the grid. */
    private static double above() {
        double s = scale();
        return (14 + 12) * s + (13 + 6) * s + (12 + 16) * s;
    }

    /** Axis title and row headers left of the grid. */
    private double beside(int classes) {
        return (13 + 10) * scale() + headerWidth(classes);
    }

    private double cellFor(Block block, double w, double h) {
        int k = block.matrix().classes();
        double room = Math.min(w - beside(k) - 10 * scale(), h - above() - 8 * scale());
        double cell = Math.max(0, Math.min(MAX_CELL * scale(), room / k));
        // Whole pixels keep the cells' edges sharp; tiny cells (fifty classes) keep their fraction, which adds up.
        return cell >= 6 ? Math.floor(cell) : cell;
    }

    private Grid paintBlock(GraphicsContext gc, Block block, boolean fullTitle, double x, double y, double w,
            double h) {
        ConfusionMatrix m = block.matrix();
        int k = m.classes();
        double s = scale();
        double cell = cellFor(block, w, h);
        double gridSize = cell * k;
        double used = beside(k) + gridSize;
        double left = x + Math.max(4 * s, (w - used) / 2) + beside(k);
        double top = y + above();
        Numbers numbers = cells.choose(m, cell);
        var grid = new Grid(block, left, top, cell, numbers);
        paintTitle(gc, fullTitle ? block.title() : block.shortTitle(), x + 4 * s, y + 4 * s, w - 8 * s);
        paintAxisTitles(gc, k, left, top, gridSize);
        paintHeaders(gc, k, left, top, cell);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cells.paint(gc, grid, i, j);
            }
        }
        ConfusionCells.paintDiagonal(gc, grid);
        return grid;
    }

    private void paintTitle(GraphicsContext gc, String title, double x, double y, double w) {
        gc.setFont(UiFont.bold(14 * scale()));
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(title, x, y, Math.max(10, w));
        words.add(title);
    }

    private void paintAxisTitles(GraphicsContext gc, int k, double left, double top, double gridSize) {
        double s = scale();
        gc.setFont(UiFont.bold(13 * s));
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        String predicted = Words.get("confusion.axis.predicted");
        gc.fillText(predicted, left + gridSize / 2, top - (12 + 16 + 13 + 6) * s);
        String actual = Words.get("confusion.axis.actual");
        gc.save();
        gc.translate(left - beside(k) + 3 * s, top + gridSize / 2);
        gc.rotate(-90);
        gc.fillText(actual, 0, 0);
        gc.restore();
        words.add(predicted);
        words.add(actual);
    }

    /** Class colours and numbers along the top and the left; numbers thinned out where the cells are too small. */
    private void paintHeaders(GraphicsContext gc, int k, double left, double top, double cell) {
        double s = scale();
        Font font = UiFont.regular(12 * s);
        int step = labelStep(cell, Math.max(width(Integer.toString(k - 1), font) + 4 * s, 16 * s));
        double swatch = Math.min(12 * s, Math.max(2, cell - 3));
        gc.setFont(font);
        for (int c = 0; c < k; c++) {
            double centre = c * cell + cell / 2;
            gc.setFill(ClassColours.of(c));
            gc.setStroke(Color.rgb(0, 0, 0, 0.75));
            gc.setLineWidth(0.8);
            double colX = left + centre - swatch / 2;
            double rowY = top + centre - swatch / 2;
            double colY = top - swatch - 3 * s;
            double rowX = left - swatch - 3 * s;
            if (cell >= 10) {
                gc.fillOval(colX, colY, swatch, swatch);
                gc.strokeOval(colX, colY, swatch, swatch);
                gc.fillOval(rowX, rowY, swatch, swatch);
                gc.strokeOval(rowX, rowY, swatch, swatch);
            } else {
                gc.fillRect(left + c * cell, colY, cell, swatch);
                gc.fillRect(rowX, top + c * cell, swatch, cell);
            }
            if (c % step == 0) {
                gc.setFill(INK);
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.BOTTOM);
                gc.fillText(Integer.toString(c), left + centre, colY - 2 * s);
                gc.setTextAlign(TextAlignment.RIGHT);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(Integer.toString(c), rowX - 4 * s, top + centre);
            }
        }
    }

    /** Every how many classes a header number is written: 1, 2, 5, 10, 20, 50 … */
    static int labelStep(double cell, double room) {
        int[] steps = {1, 2, 5, 10, 20, 25, 50};
        for (int step : steps) {
            if (step * cell >= room) {
                return step;
            }
        }
        return 100;
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
