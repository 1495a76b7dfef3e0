package org.descentlab.ui.network;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.nn.PointProbabilities;
import org.descentlab.ui.widgets.ClassColours;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;

/**
 * A small bar chart beside the mouse over the boundary map: the network's probability of every class at that point,
 * one bar per class in the class's colour (as its points and region), on a 0–100 % scale, the most probable class
 * named with its probability above. Sized for a projector in classroom mode.
 */
final class ProbabilityBars extends Region {

    private static final Color BACKGROUND = Color.rgb(255, 255, 255, 0.95);

    private final Canvas canvas = new Canvas();
    private final Text measure = new Text();
    private PointProbabilities shown;
    private String title = "";

    ProbabilityBars() {
        setId("probabilityBars");
        getChildren().add(canvas);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
        setEffect(new DropShadow(6, Color.rgb(0, 0, 0, 0.3)));
    }

    /** Draws the chart of {@code p} and sizes the node to it. */
    void show(PointProbabilities p) {
        shown = p;
        int top = p.top();
        title = Words.format("confusion.hover.top", top, NetworkFigures.fixed(1, 100 * p.probability(top)));
        double s = Presentation.scale();
        int k = p.classes();
        double bar = barWidth(k);
        Font titleFont = UiFont.bold(14 * s);
        double pad = 8 * s;
        double chartWidth = Math.max(k * bar, 60 * s);
        double width = Math.max(chartWidth, textWidth(title, titleFont)) + 2 * pad;
        double labelHeight = 14 * s;
        double height = pad + 18 * s + 60 * s + labelHeight + pad;
        canvas.setWidth(Math.ceil(width));
        canvas.setHeight(Math.ceil(height));
        resize(canvas.getWidth(), canvas.getHeight());
        paint(pad, chartWidth, bar);
    }

    /** Bars narrower as classes grow: 18 px for a few, down to 4 px for fifty (times classroom scale). */
    private static double barWidth(int k) {
        return Math.max(4, Math.min(18, 200.0 / k)) * Presentation.scale();
    }

    private void paint(double pad, double chartWidth, double bar) {
        double s = Presentation.scale();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        gc.setFill(BACKGROUND);
        gc.fillRoundRect(0.5, 0.5, w - 1, h - 1, 8, 8);
        gc.setStroke(Color.web("#8a919c"));
        gc.setLineWidth(1);
        gc.strokeRoundRect(0.5, 0.5, w - 1, h - 1, 8, 8);
        gc.setFill(ConfusionPainter.INK);
        gc.setFont(UiFont.bold(14 * s));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(title, pad, pad);
        int k = shown.classes();
        double chartTop = pad + 18 * s;
        double chartHeight = 60 * s;
        double base = chartTop + chartHeight;
        double left = pad + (chartWidth - k * bar) / 2;
        // Faint guides at 50 % and 100 %: how sure the network is reads off the bars' heights.
        gc.setStroke(Color.web("#c9cdd3"));
        gc.setLineWidth(1);
        gc.setLineDashes(3 * s, 3 * s);
        for (double guide : new double[] {0.5, 1}) {
            double gy = Math.round(base - guide * chartHeight) + 0.5;
            gc.strokeLine(left, gy, left + k * bar, gy);
        }
        gc.setLineDashes();
        int top = shown.top();
        for (int c = 0; c < k; c++) {
            double p = shown.probability(c);
            double height = Double.isNaN(p) ? 0 : Math.max(p * chartHeight, p > 0 ? 1 : 0);
            gc.setFill(ClassColours.of(c));
            gc.fillRect(left + c * bar + bar * 0.1, base - height, bar * 0.8, height);
            if (c == top && bar >= 8 * s) {
                gc.setStroke(ConfusionPainter.INK);
                gc.setLineWidth(1.5 * s);
                gc.strokeRect(left + c * bar + bar * 0.1, base - height, bar * 0.8, height);
            }
        }
        gc.setStroke(ConfusionPainter.INK);
        gc.setLineWidth(1);
        gc.strokeLine(left, base + 0.5, left + k * bar, base + 0.5);
        Font font = UiFont.regular(11 * s);
        int step = ConfusionPainter.labelStep(bar, textWidth(Integer.toString(k - 1), font) + 3 * s);
        gc.setFont(font);
        gc.setFill(ConfusionPainter.INK);
        gc.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < k; c += step) {
            gc.fillText(Integer.toString(c), left + (c + 0.5) * bar, base + 2 * s);
        }
    }

    private double textWidth(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The probabilities on show, or {@code null} before the first. */
    PointProbabilities shown() {
        return shown;
    }

    /** The words drawn (for tests). */
    List<String> words() {
        return isVisible() ? List.of(title) : List.of();
    }
}
