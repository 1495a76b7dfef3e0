package org.descentlab.ui.network;

import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.PointProbabilities;
import org.descentlab.core.nn.Predictions;
import org.descentlab.core.nn.ReferenceNetwork;
import org.descentlab.core.surface.Bounds;
import org.descentlab.ui.widgets.PlotFrame;

/**
 * The plane coloured by the class the network predicts, washed toward white where it is unsure, with the data on
 * top in the same colours; misclassified points get a red ring. Redrawn when the run publishes new parameters. Under
 * the mouse, a small bar chart gives the class probabilities at that point ({@link ProbabilityBars}), kept up to date
 * while the network trains.
 */
final class BoundaryView extends Region {


    private final NetworkTabModel model;
    private final Supplier<NetworkRun> run;
    private final boolean compact;
    /** The background, the map and the axes. */
    private final Canvas canvas = new Canvas();
    /** The data and the red rings, on layers of their own over the map. */
    private final BoundaryDots dots;
    private final BoundaryPixels mapPixels = new BoundaryPixels();
    private final BoundaryMapWorker worker = new BoundaryMapWorker();
    private int resolution = 200;
    /** The pixels of the maps computed on the JavaFX thread (the worker's each come in an array of their own). */
    private int[] pixels;
    private WritableImage image;
    /** What the map on show was computed for, and its pixels. */
    private MapKey shownKey;
    private int[] shownPixels;
    /** The last map drawn from the worker, and how many were (for tests). */
    private BoundaryMapWorker.Result fromWorker;
    private Parameters fromWorkerParameters;
    private int workerDrawings;
    private Parameters drawn;
    /** Drawings made on the JavaFX thread so far: a worker's map asked for before the newest of them is dropped. */
    private long drawings;
    private PlotFrame frame;
    /** The model's scores of the parameters last drawn (null before the first drawing). */
    private Predictions scores;
    /** The class probabilities under the mouse, hidden while the mouse is elsewhere. */
    private final ProbabilityBars bars = new ProbabilityBars();
    /** The network the probabilities are computed with, kept while the shape and activation stay. */
    private ReferenceNetwork hoverNetwork;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    BoundaryView(NetworkTabModel model, Supplier<NetworkRun> run, boolean compact) {
        this.model = model;
        this.run = run;
        this.compact = compact;
        dots = new BoundaryDots(compact);
        getChildren().add(canvas);
        getChildren().addAll(dots.layers());
        getChildren().add(bars);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
        setMinSize(150, 150);
        setPrefSize(600, 600);
    }

    /** Cells across and down the map (the image is scaled to the view). */
    void setResolution(int cells) {
        resolution = cells;
        drawn = null;
    }

    /** Redraws if the run has new parameters (or {@code force}). */
    void refresh(boolean force) {
        NetworkRun current = run.get();
        if (current == null) {
            return;
        }
        Parameters p = current.parameters();
        if (!force && p == drawn) {
            return;
        }
        draw(p, null);
    }

    /**
     * While the network trains: has the worker compute the map of the newest parameters, drawn when it comes, if no
     * map is being computed and the worker's budget allows ({@link BoundaryMapWorker}); otherwise does nothing (the
     * frame loop asks again).
     */
    void refreshInBackground() {
        NetworkRun current = run.get();
        if (current == null || canvas.getWidth() < 20 || canvas.getHeight() < 20) {
            return;
        }
        Parameters p = current.parameters();
        if (p == drawn || !worker.ready(System.nanoTime())) {
            return;
        }
        long asked = drawings;
        int cells = resolution;
        worker.submit(p, model.activationOf(p), bounds(model.dataset()), cells, model.split().train(), result -> {
            // A drawing made since (a resize, another run, a new resolution) is newer than this map.
            if (asked == drawings && cells == resolution && run.get() != null) {
                draw(p, result);
                fromWorker = result;
                fromWorkerParameters = p;
                workerDrawings++;
            }
        });
    }

    /** How many maps computed by the worker while training were drawn (for tests). */
    int workerDrawings() {
        return workerDrawings;
    }

    /** The pixels of the last map the worker computed and this view drew, or null (for tests). */
    int[] workerPixels() {
        return fromWorker == null ? null : fromWorker.pixels();
    }

    /** The parameters that map was computed for (for tests). */
    Parameters workerParameters() {
        return fromWorkerParameters;
    }

    /** The parameters on show, or null before the first drawing (for tests). */
    Parameters drawnParameters() {
        return drawn;
    }

    /** Cells across and down the map. */
    int resolution() {
        return resolution;
    }

    /** Points of the training set the network gets wrong at the parameters on show. */
    int misclassified() {
        return scores == null ? 0 : scores.wrong();
    }

    /** Accuracy in percent of the parameters on show over the training points, NaN before the first drawing. */
    double accuracyNow() {
        return scores == null ? Double.NaN : scores.accuracy();
    }

    /** Mean cross-entropy of the parameters on show over the training points. */
    double lossNow() {
        return scores == null ? Double.NaN : scores.loss();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            for (Canvas layer : dots.layers()) {
                layer.setWidth(getWidth());
                layer.setHeight(getHeight());
            }
            refresh(true);
        }
    }

    /** Draws {@code p}: its map and scores from the worker ({@code ready}), or computed here when null. */
    private void draw(Parameters p, BoundaryMapWorker.Result ready) {
        drawn = p;
        if (ready == null) {
            drawings++;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(Color.web("#f4f5f7"));
        gc.fillRect(0, 0, w, h);
        if (w < 20 || h < 20) {
            dots.clear(w, h);
            return;
        }
        Dataset data = model.dataset();
        Bounds bounds = bounds(data);
        double left = (compact ? 36 : 48) * Presentation.scale();
        frame = PlotFrame.fit(bounds, left, 6, w - left - 8, h - 6 - (compact ? 24 : 30) * Presentation.scale());
        var key = new MapKey(p, model.activationOf(p), bounds, resolution);
        if (ready != null) {
            shownPixels = ready.pixels();
        } else if (!key.equals(shownKey)) {
            // Only a map of other weights, data or resolution is computed again, not one drawn at another size.
            pixels = mapPixels.compute(p, key.activation(), bounds, resolution, pixels);
            shownPixels = pixels;
        }
        shownKey = key;
        paintMap(gc, shownPixels);
        scores = ready != null ? ready.scores() : model.predictions(p);
        dots.draw(frame, model.split(), scores, w, h);
        frame.drawAxes(gc, org.descentlab.ui.widgets.UiFont.regular(13 * Presentation.scale()), compact ? 4 : 7);
        hover(mouseX, mouseY);
    }

    /**
     * The class probabilities at the point of the plane under (x, y), in pixels of this view, beside it; hidden for
     * (NaN, NaN) (the mouse left) and outside the map.
     */
    void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        if (Double.isNaN(x) || frame == null || drawn == null || !frame.contains(x, y)) {
            bars.setVisible(false);
            return;
        }
        Activation activation = model.activationOf(drawn);
        if (hoverNetwork == null || !hoverNetwork.shape().equals(drawn.shape())
                || hoverNetwork.activation() != activation) {
            hoverNetwork = new ReferenceNetwork(drawn.shape(), activation);
        }
        bars.show(PointProbabilities.at(hoverNetwork, drawn, frame.x(x), frame.y(y)));
        double gap = 16 * Presentation.scale();
        double w = bars.getWidth();
        double h = bars.getHeight();
        double left = x + gap + w <= getWidth() ? x + gap : Math.max(0, x - gap - w);
        double top = y + gap + h <= getHeight() ? y + gap : Math.max(0, y - gap - h);
        bars.relocate(left, top);
        bars.setVisible(true);
    }

    /** The bar chart of the probabilities under the mouse. */
    ProbabilityBars probabilityBars() {
        return bars;
    }

    /** Where the plane's point (x, y) is drawn, or {@code null} before the first drawing. */
    javafx.geometry.Point2D toPixel(double x, double y) {
        return frame == null ? null : new javafx.geometry.Point2D(frame.px(x), frame.py(y));
    }

    private void paintMap(GraphicsContext gc, int[] mapPixels) {
        if (image == null || (int) image.getWidth() != resolution) {
            image = new WritableImage(resolution, resolution);
        }
        image.getPixelWriter().setPixels(0, 0, resolution, resolution, PixelFormat.getIntArgbInstance(), mapPixels, 0,
                resolution);
        gc.setImageSmoothing(true);
        gc.drawImage(image, frame.left(), frame.top(), frame.width(), frame.height());
    }

    /** What a map's pixels depend on: not the view's size, since the image is scaled to the view. */
    private record MapKey(Parameters parameters, Activation activation, Bounds bounds, int cells) {
    }

    /** The data's bounding box with a 10 % margin, made square so that distances read true. */
    static Bounds bounds(Dataset data) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            xMin = Math.min(xMin, data.x(i));
            xMax = Math.max(xMax, data.x(i));
            yMin = Math.min(yMin, data.y(i));
            yMax = Math.max(yMax, data.y(i));
        }
        if (!(xMax > xMin)) {
            xMin -= 1;
            xMax += 1;
        }
        if (!(yMax > yMin)) {
            yMin -= 1;
            yMax += 1;
        }
        double half = Math.max(xMax - xMin, yMax - yMin) * 0.6;
        double cx = (xMin + xMax) / 2;
        double cy = (yMin + yMax) / 2;
        return new Bounds(cx - half, cx + half, cy - half, cy + half);
    }
}
