package org.descentlab.ui.network;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.nn.ConfusionMatrix;
import org.descentlab.ui.network.ConfusionPainter.Grid;
import org.descentlab.ui.network.ConfusionPainter.Numbers;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;

/**
 * The cells of a confusion matrix for {@link ConfusionPainter}: coloured by the share of their row (the square root
 * of it, so that a few per cent of errors still shows), blue on the diagonal and red off it, and the numbers that fit
 * at a size a projector shows.
 */
final class ConfusionCells {

    private static final Color RIGHT = Color.web("#2166ac");
    private static final Color WRONG = Color.web("#c0392b");
    private static final Color EMPTY = Color.web("#e6e7ea");

    private final Text measure = new Text();

    private static double scale() {
        return Presentation.scale();
    }

    /** What the cells of {@code m} can show at a side of {@code cell} pixels, readable at the scale of the moment. */
    Numbers choose(ConfusionMatrix m, double cell) {
        double s = scale();
        int widest = 0;
        String widestPercent = percent(0);
        for (int i = 0; i < m.classes(); i++) {
            widest = Math.max(widest, m.rowTotal(i));
            for (int j = 0; j < m.classes(); j++) {
                String p = m.count(i, j) > 0 ? percent(m.rowPercent(i, j)) : "";
                widestPercent = p.length() > widestPercent.length() ? p : widestPercent;
            }
        }
        String count = Integer.toString(widest);
        Font countFont = countFont(cell);
        Font percentFont = percentFont(cell);
        double countWidth = width(count, countFont);
        double percentWidth = width(widestPercent, percentFont);
        if (countFont.getSize() >= 11 * s && percentFont.getSize() >= 9.5 * s
                && Math.max(countWidth, percentWidth) <= cell - 4 * s
                && countFont.getSize() + percentFont.getSize() + 6 * s <= cell) {
            return Numbers.BOTH;
        }
        Font alone = aloneFont(cell);
        if (alone.getSize() >= 10 * s && width(count, alone) <= cell - 4 * s) {
            return Numbers.COUNT;
        }
        if (alone.getSize() >= 10 * s && width(widestPercent, alone) <= cell - 3 * s) {
            return Numbers.PERCENT;
        }
        return Numbers.NONE;
    }

    /** The font of a cell's one number. */
    private static Font aloneFont(double cell) {
        return UiFont.bold(Math.min(15 * scale(), cell * 0.5));
    }

    private static Font countFont(double cell) {
        return UiFont.bold(Math.min(16 * scale(), cell * 0.36));
    }

    private static Font percentFont(double cell) {
        return UiFont.regular(Math.min(12 * scale(), cell * 0.3));
    }

    /** Cell (i, j) of {@code grid}: its colour and what it shows. */
    void paint(GraphicsContext gc, Grid grid, int i, int j) {
        ConfusionMatrix m = grid.block().matrix();
        double cell = grid.cell();
        double x = grid.left() + j * cell;
        double y = grid.top() + i * cell;
        double share = m.rowPercent(i, j) / 100;
        double strength = Double.isNaN(share) ? 0 : Math.sqrt(share);
        gc.setFill(Double.isNaN(share) ? EMPTY : Color.WHITE.interpolate(i == j ? RIGHT : WRONG, strength));
        double gap = cell >= 6 ? 1 : 0;
        gc.fillRect(x + gap / 2, y + gap / 2, cell - gap, cell - gap);
        if (grid.numbers() == Numbers.NONE || Double.isNaN(share)) {
            return;
        }
        int count = m.count(i, j);
        gc.setFill(strength > 0.62 ? Color.WHITE : count == 0 ? Color.web("#a3a8b0") : ConfusionPainter.INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        if (grid.numbers() != Numbers.BOTH) {
            boolean count0 = grid.numbers() == Numbers.COUNT;
            if (count > 0 || count0) {
                gc.setFont(aloneFont(cell));
                gc.fillText(count0 ? Integer.toString(count) : percent(100 * share), x + cell / 2, y + cell / 2);
            }
            return;
        }
        Font countFont = countFont(cell);
        Font percentFont = percentFont(cell);
        double lines = countFont.getSize() + percentFont.getSize() + 2 * scale();
        double first = y + (cell - lines) / 2 + countFont.getSize() / 2;
        gc.setFont(countFont);
        gc.fillText(Integer.toString(count), x + cell / 2, count == 0 ? y + cell / 2 : first);
        if (count > 0) {
            gc.setFont(percentFont);
            gc.fillText(percent(100 * share), x + cell / 2, first + lines - percentFont.getSize());
        }
    }

    /**
     * The diagonal (the points classified right) framed in ink, where the cells are large enough for a frame to
     * leave their colour visible.
     */
    static void paintDiagonal(GraphicsContext gc, Grid grid) {
        double cell = grid.cell();
        if (cell < 8) {
            return;
        }
        gc.setStroke(ConfusionPainter.INK);
        gc.setLineWidth(cell >= 16 ? 2 * scale() : 1);
        for (int c = 0; c < grid.block().matrix().classes(); c++) {
            gc.strokeRect(grid.left() + c * cell + 1, grid.top() + c * cell + 1, cell - 2, cell - 2);
        }
    }

    /** A share in percent for a cell: whole numbers, "<1" for a share that would round to 0 but is not. */
    static String percent(double value) {
        String number = value > 0 && value < 0.5 ? "<1" : Long.toString(Math.round(value));
        return Words.format("confusion.cell.percent", number);
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
