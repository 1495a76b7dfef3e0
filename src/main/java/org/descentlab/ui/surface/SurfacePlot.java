package org.descentlab.ui.surface;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.descentlab.core.surface.ContourLines;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Viridis;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * One drawing of the surface: heat map, contour lines, axes, colour bar and markers on a background canvas redrawn
 * only when the surface, the colour scale or the size changes; the race on a foreground canvas redrawn each frame.
 * Clicking or dragging sets the common start point; hovering shows x, y and f(x, y).
 */
public final class SurfacePlot extends Region {

    static final Font TICK_FONT = Font.font("System", 13);
    static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 14);

    private final SurfaceTabModel model;
    private final Supplier<List<OptimizerSlot>> slots;
    private final boolean compact;
    private final Canvas background = new Canvas();
    private final Canvas trail = new Canvas();
    private final Canvas foreground = new Canvas();
    private final Label readout = new Label();
    private final RacePainter painter;
    private HeatMap heatMap;
    private WritableImage image;
    private boolean imageIsLog;
    private PlotFrame frame;
    private String problem;

    /**
     * @param slots the optimizers this plot draws (all enabled ones, or one in a side-by-side panel)
     * @param compact a small panel: fewer labels, no colour bar, no legend
     */
    public SurfacePlot(SurfaceTabModel model, Supplier<List<OptimizerSlot>> slots, boolean compact) {
        this.model = model;
        this.slots = slots;
        this.compact = compact;
        this.painter = new RacePainter(model, compact);
        getStyleClass().add("surface-plot");
        readout.getStyleClass().add("plot-readout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        trail.setMouseTransparent(true);
        getChildren().addAll(background, trail, foreground, readout);
        setMinSize(120, 120);
        setPrefSize(600, 600);
        foreground.setOnMousePressed(e -> moveStart(e.getX(), e.getY()));
        foreground.setOnMouseDragged(e -> moveStart(e.getX(), e.getY()));
        foreground.setOnMouseMoved(e -> showReadout(e.getX(), e.getY()));
        foreground.setOnMouseExited(e -> readout.setVisible(false));
        model.logColourScaleProperty().addListener((o, was, is) -> redrawBackground());
    }

    /** Shows a newly computed heat map (of the model's current surface). */
    public void setHeatMap(HeatMap map) {
        heatMap = map;
        problem = null;
        image = null;
        redrawBackground();
        redrawRace(true);
    }

    public HeatMap heatMap() {
        return heatMap;
    }

    /** Says in the plot, where the heat map would be, that there is none (until the next {@link #setHeatMap}). */
    public void showProblem(String text) {
        heatMap = null;
        image = null;
        problem = text;
        redrawBackground();
        redrawRace(true);
    }

    /** What the plot says instead of a heat map, or {@code null}. */
    public String problem() {
        return problem;
    }

    /** The pixel position of surface point (x, y), or {@code null} before the first layout. */
    public javafx.geometry.Point2D toPixel(double x, double y) {
        return frame == null ? null : new javafx.geometry.Point2D(frame.px(x), frame.py(y));
    }

    /** Redraws the paths; cheap, called every frame the race moved. */
    public void redrawRace() {
        redrawRace(false);
    }

    private void redrawRace(boolean fullTrail) {
        GraphicsContext gc = foreground.getGraphicsContext2D();
        gc.clearRect(0, 0, foreground.getWidth(), foreground.getHeight());
        if (frame != null) {
            var drawn = slots.get();
            painter.paintTrail(trail.getGraphicsContext2D(), frame, drawn, fullTrail);
            painter.paint(gc, frame, drawn);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (background.getWidth() != w || background.getHeight() != h) {
            for (Canvas c : new Canvas[] {background, trail, foreground}) {
                c.setWidth(w);
                c.setHeight(h);
            }
            redrawBackground();
            redrawRace(true);
        }
        readout.autosize();
        readout.relocate(frame == null ? 8 : frame.left() + 6, frame == null ? 8 : frame.top() + 6);
    }

    private void moveStart(double px, double py) {
        if (frame != null && frame.contains(px, py)) {
            model.setStart(new Point(frame.x(px), frame.y(py)));
        }
    }

    private void showReadout(double px, double py) {
        if (frame == null || !frame.contains(px, py)) {
            readout.setVisible(false);
            return;
        }
        double x = frame.x(px);
        double y = frame.y(py);
        readout.setText(String.format(java.util.Locale.ROOT, "x = %.3f   y = %.3f   f = %s", x, y,
                RacePainter.formatValue(model.surface().value(x, y))));
        readout.setVisible(true);
    }

    private void redrawBackground() {
        GraphicsContext gc = background.getGraphicsContext2D();
        double w = background.getWidth();
        double h = background.getHeight();
        gc.setFill(Color.web("#f4f5f7"));
        gc.fillRect(0, 0, w, h);
        var bounds = model.surface().info().bounds();
        double leftMargin = compact ? 40 : 58;
        double rightMargin = compact ? 8 : 92;
        double bottomMargin = compact ? 26 : 40;
        frame = PlotFrame.fit(bounds, leftMargin, 8, w - leftMargin - rightMargin, h - 8 - bottomMargin);
        if (heatMap == null || heatMap.surface() != model.surface()) {
            gc.setFill(Color.web("#d9dce3"));
            gc.fillRect(frame.left(), frame.top(), frame.width(), frame.height());
            gc.setFill(Color.web("#4a5568"));
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(problem != null ? problem : "Drawing the surface…", frame.left() + frame.width() / 2,
                    frame.top() + frame.height() / 2);
            return;
        }
        boolean log = model.logColourScaleProperty().get();
        gc.setImageSmoothing(true);
        gc.drawImage(image(log), frame.left(), frame.top(), frame.width(), frame.height());
        drawContours(gc);
        drawMarkers(gc);
        drawAxes(gc);
        if (!compact) {
            drawColourBar(gc, log);
        }
    }

    private WritableImage image(boolean log) {
        if (image == null || imageIsLog != log) {
            var grid = heatMap.grid();
            image = new WritableImage(grid.columns(), grid.rows());
            image.getPixelWriter().setPixels(0, 0, grid.columns(), grid.rows(), PixelFormat.getIntArgbInstance(),
                    heatMap.pixels(log), 0, grid.columns());
            imageIsLog = log;
        }
        return image;
    }

    private void drawContours(GraphicsContext gc) {
        gc.save();
        frame.clip(gc);
        gc.setStroke(Color.rgb(255, 255, 255, 0.45));
        gc.setLineWidth(1);
        for (ContourLines.Level level : heatMap.contours()) {
            double[] s = level.segments();
            gc.beginPath();
            for (int k = 0; k < s.length; k += 4) {
                gc.moveTo(frame.px(s[k]), frame.py(s[k + 1]));
                gc.lineTo(frame.px(s[k + 2]), frame.py(s[k + 3]));
            }
            gc.stroke();
        }
        gc.restore();
    }

    private void drawMarkers(GraphicsContext gc) {
        var info = model.surface().info();
        for (Minimum m : info.minima()) {
            double x = frame.px(m.point().x());
            double y = frame.py(m.point().y());
            double r = compact ? 6 : 8;
            if (m.global()) {
                RacePainter.star(gc, x, y, r + 3, Color.WHITE, Color.BLACK);
            } else {
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(4);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(2);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        for (Point s : info.saddlePoints()) {
            double x = frame.px(s.x());
            double y = frame.py(s.y());
            double r = compact ? 6 : 8;
            RacePainter.cross(gc, x, y, r, Color.WHITE);
        }
    }

    private void drawAxes(GraphicsContext gc) {
        frame.drawAxes(gc, TICK_FONT, compact ? 4 : 6);
        if (!compact) {
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText("x", frame.left() + frame.width() / 2, frame.bottom() + 22);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("y", 12, frame.top() + frame.height() / 2);
        }
    }

    private void drawColourBar(GraphicsContext gc, boolean log) {
        var scale = heatMap.scale(log);
        double x = frame.right() + 16;
        double barWidth = 18;
        double top = frame.top() + 24;
        double height = frame.height() - 24;
        for (int i = 0; i < (int) height; i++) {
            int argb = Viridis.argb(1 - i / height);
            gc.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            gc.fillRect(x, top + i, barWidth, 1.5);
        }
        gc.setStroke(Color.web("#1d2533"));
        gc.strokeRect(x, top, barWidth, height);
        gc.setFill(Color.web("#1d2533"));
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(log ? "f (log)" : "f", x - 4, top - 6);
        gc.setFont(TICK_FONT);
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 5; k++) {
            double t = k / 5.0;
            double y = top + (1 - t) * height;
            gc.strokeLine(x + barWidth, y, x + barWidth + 4, y);
            gc.fillText(RacePainter.formatValue(scale.valueAt(t)), x + barWidth + 6, y);
        }
    }
}
