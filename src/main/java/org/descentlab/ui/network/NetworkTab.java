package org.descentlab.ui.network;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.descentlab.ui.AppTab;
import org.descentlab.ui.UiText;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.OptimizerColours;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.widgets.Shortcuts;

/**
 * The network tab: data, network and training controls on the left; the decision boundary (or one per run when
 * comparing) in the middle with Train / One epoch / Reset and the figures above it; loss and accuracy on the right.
 * Training runs on worker threads; an {@link AnimationTimer} drains their metrics and draws the newest snapshot once
 * per frame.
 */
public final class NetworkTab extends BorderPane implements AppTab {

    /** The boundary map is recomputed at most this often while training (a 200 × 200 map takes a few ms). */
    private static final long MAP_INTERVAL_NANOS = 40_000_000L;
    private static final long CHART_INTERVAL_NANOS = 100_000_000L;

    private final NetworkTabModel model;
    private final BoundaryView single;
    private final StackPane centre = new StackPane();
    private final List<BoundaryView> panels = new ArrayList<>();
    private final List<Label> panelTitles = new ArrayList<>();
    private final NetworkCharts charts;
    private final ProblemLabel message = new ProblemLabel("networkMessage");
    private final Label epochFigure = figure("epochFigure");
    private final Label stepsFigure = figure("stepsFigure");
    private final Label lossFigure = figure("lossFigure");
    private final Label accuracyFigure = figure("accuracyFigure");
    private final Label speedFigure = figure("speedFigure");
    private final Label nowFigure = figure("nowFigure");
    private final AnimationTimer timer;
    private long lastMap;
    private long lastChart;
    private long drawnRevision = -1;
    private int resolution = 200;
    private boolean showingFailure;

    public NetworkTab(NetworkTabModel model) {
        this.model = model;
        setId("networkTabContent");
        single = new BoundaryView(model, model::run, false);
        single.setId("boundaryMap");
        charts = new NetworkCharts(model);

        var controls = new ScrollPane(new NetworkControls(model, this, this::report));
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.setPrefWidth(320);
        controls.setMinWidth(280);
        setLeft(controls);

        var train = new Button();
        train.setId("trainButton");
        train.textProperty().bind(model.playingProperty().map(p -> p ? "⏸ Pause" : "▶ Train"));
        train.getStyleClass().add("primary");
        train.setOnAction(e -> model.togglePlaying());
        var epoch = new Button("One epoch");
        epoch.setId("oneEpochButton");
        epoch.setOnAction(e -> model.oneEpoch());
        var reset = new Button("⟲ Reset");
        reset.setId("networkResetButton");
        reset.setOnAction(e -> {
            model.reset();
            report((String) null);
        });
        for (Button b : new Button[] {train, epoch, reset}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
        }
        var buttons = new HBox(6, train, epoch, reset);
        // A flow, not a row: on a narrow window the figures wrap instead of being cut short.
        var figures = new javafx.scene.layout.FlowPane(16, 2, epochFigure, stepsFigure, lossFigure, accuracyFigure,
                speedFigure, nowFigure);
        report((String) null);
        nowFigure.setTooltip(new javafx.scene.control.Tooltip("The network as drawn, over every training point; the "
                + "epoch figures are Keras-style means over the epoch, each point measured before its batch's step"));
        var top = new VBox(6, buttons, figures, message);
        top.setPadding(new Insets(6));
        centre.setMinSize(200, 200);
        var middle = new VBox(4, top, centre);
        VBox.setVgrow(centre, Priority.ALWAYS);
        middle.setPadding(new Insets(0, 6, 6, 6));
        setCenter(middle);
        charts.setPrefWidth(400);
        charts.setMinWidth(280);
        charts.setPadding(new Insets(6));
        setRight(charts);

        model.comparingProperty().addListener((o, was, is) -> showLayout());
        model.revisionProperty().addListener((o, was, is) -> {
            if (model.comparingProperty().get() && panels.size() != model.runs().size()) {
                showLayout();
            }
        });
        showLayout();
        Shortcuts.install(this, java.util.Map.of(javafx.scene.input.KeyCode.SPACE, model::togglePlaying));
        train.setTooltip(new javafx.scene.control.Tooltip("Space"));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        timer.start();
    }

    public NetworkTabModel model() {
        return model;
    }

    @Override
    public String id() {
        return "networkTab";
    }

    @Override
    public String title() {
        return UiText.Window.NETWORK_TAB;
    }

    @Override
    public javafx.scene.Node root() {
        return this;
    }

    /** Stops the frame loop and every training worker (the window is closing). */
    @Override
    public Scene saveInto(Scene scene) {
        return scene.with(model.scene());
    }

    @Override
    public Runnable prepare(Scene scene, Path folder) {
        var network = scene.network();
        if (network == null) {
            return () -> { };
        }
        Runnable change = model.prepare(network, folder);
        return () -> {
            change.run();
            report((String) null);
            refreshNow();
        };
    }

    @Override
    public void dispose() {
        timer.stop();
        model.close();
    }

    private void frame(long now) {
        model.poll(now);
        boolean changed = model.revisionProperty().get() != drawnRevision;
        if (changed || now - lastMap >= MAP_INTERVAL_NANOS) {
            lastMap = now;
            drawnRevision = model.revisionProperty().get();
            refreshMaps(false);
        }
        if (changed || now - lastChart >= CHART_INTERVAL_NANOS) {
            lastChart = now;
            charts.update();
            updateFigures();
        }
        // The failure line stays while the failed run is on show and goes when a new run replaces it.
        var failure = model.failure();
        if (failure != null && !showingFailure) {
            var cause = model.failureCause();
            // Out of memory comes as a whole sentence that says what to change; the others complete this one.
            report(cause instanceof OutOfMemoryError ? failure + "."
                    : UiText.format(UiText.Network.TRAINING_STOPPED, failure));
            showingFailure = true;
            reportCause(cause);
        } else if (failure == null && showingFailure) {
            report((String) null);
            showingFailure = false;
        }
    }

    /**
     * The line above the map explains a failed run; the error behind it is logged too, and one the line cannot
     * explain (a fault in the app, not a learning rate too large or memory too small) gets the error dialog.
     */
    private static void reportCause(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            UnexpectedErrors.record(cause);
        } else if (cause != null) {
            UnexpectedErrors.report(cause);
        }
    }

    /** Draws every map and figure now (the frame loop does this by itself; tests and screenshots call it). */
    public void refreshNow() {
        refreshMaps(true);
        charts.update();
        updateFigures();
    }

    private void refreshMaps(boolean force) {
        if (model.comparingProperty().get()) {
            panels.forEach(p -> p.refresh(force));
            for (int i = 0; i < panelTitles.size() && i < model.runs().size(); i++) {
                var run = model.runs().get(i);
                var last = run.history().isEmpty() ? null : run.history().get(run.history().size() - 1);
                panelTitles.get(i).setText(run.label() + (last == null ? "" : String.format(Locale.ROOT,
                        "\nepoch %d   loss %.4f   accuracy %.1f %%", last.epoch(), last.loss(), last.accuracy())));
            }
        } else {
            single.refresh(force);
        }
    }

    private void updateFigures() {
        var run = model.run();
        var last = run.history().isEmpty() ? null : run.history().get(run.history().size() - 1);
        epochFigure.setText("Epoch " + run.epoch() + " / " + model.settings().epochs());
        stepsFigure.setText("Steps " + run.steps());
        lossFigure.setText(last == null ? "Loss –" : String.format(Locale.ROOT, "Loss %.4f", last.loss()));
        accuracyFigure.setText(last == null ? "Accuracy –"
                : String.format(Locale.ROOT, "Accuracy %.1f %%", last.accuracy()));
        speedFigure.setText(String.format(Locale.ROOT, "%.0f epochs/s", model.epochsPerSecond()));
        var view = model.comparingProperty().get() && !panels.isEmpty() ? panels.get(0) : single;
        nowFigure.setText(Double.isNaN(view.accuracyNow()) ? "" : String.format(Locale.ROOT,
                "Network now: loss %.4f, %.1f %% right (%d wrong)", view.lossNow(), view.accuracyNow(),
                view.misclassified()));
    }

    private void showLayout() {
        if (!model.comparingProperty().get()) {
            centre.getChildren().setAll(single);
            single.refresh(true);
            return;
        }
        panels.clear();
        panelTitles.clear();
        var grid = new GridPane();
        grid.setId("comparisonPanels");
        grid.setHgap(6);
        grid.setVgap(6);
        int n = model.runs().size();
        int columns = n <= 2 ? n : 2;
        int rows = (n + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            var cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            var rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            final int index = i;
            var view = new BoundaryView(model, () -> index < model.runs().size() ? model.runs().get(index) : null,
                    true);
            view.setId("comparison-" + i);
            view.setResolution(Math.min(resolution, 120));
            var title = new Label(model.runs().get(i).label());
            title.getStyleClass().add("panel-title");
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.setStyle("-fx-border-color: transparent transparent " + OptimizerColours.css(i)
                    + " transparent; -fx-border-width: 0 0 4 0;");
            title.setMaxWidth(Double.MAX_VALUE);
            var panel = new VBox(2, title, view);
            VBox.setVgrow(view, Priority.ALWAYS);
            grid.add(panel, i % columns, i / columns);
            panels.add(view);
            panelTitles.add(title);
        }
        centre.getChildren().setAll(grid);
    }

    /** Shows a problem in red above the map, or clears the line with {@code null}. */
    void report(String problem) {
        message.show(problem);
    }

    /** Shows a refused change's problem, or clears the line when the change was taken. */
    void report(Optional<Problem> problem) {
        report(problem.map(Problem::message).orElse(null));
    }

    void setMapResolution(int cells) {
        resolution = cells;
        single.setResolution(cells);
        panels.forEach(p -> p.setResolution(Math.min(cells, 120)));
        refreshMaps(true);
    }

    void setLogLoss(boolean log) {
        charts.setLogLoss(log);
    }

    // ---- files: the buttons open a chooser, then the same path-taking methods the tests call ----

    /** Loads a dataset file, reporting any problem; the current data stay on failure. */
    public Optional<Problem> loadDataset(Path file) {
        var problem = model.loadDataset(file);
        report(problem);
        return problem;
    }

    /** Loads a parameter file and shows its boundary, reporting any problem; nothing changes on failure. */
    public Optional<Problem> loadParameters(Path file) {
        var problem = model.loadParameters(file);
        report(problem);
        if (problem.isEmpty()) {
            refreshNow();
        }
        return problem;
    }

    void chooseAndLoadDataset() {
        var file = chooser("Load a dataset (inputs, labels)").showOpenDialog(getScene().getWindow());
        if (file != null) {
            loadDataset(file.toPath());
        }
    }

    void chooseAndSaveDataset() {
        var file = chooser("Save the dataset").showSaveDialog(getScene().getWindow());
        if (file != null) {
            report(model.saveDataset(withExtension(file)));
        }
    }

    void chooseAndLoadParameters() {
        var file = chooser("Load parameters (W_h, b_h, W_o, b_o)").showOpenDialog(getScene().getWindow());
        if (file != null) {
            loadParameters(file.toPath());
        }
    }

    void chooseAndSaveParameters() {
        var file = chooser("Save the parameters").showSaveDialog(getScene().getWindow());
        if (file != null) {
            report(model.saveParameters(withExtension(file)));
        }
    }

    private static FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("numpy archives (*.npz)", "*.npz"));
        return chooser;
    }

    private static Path withExtension(File file) {
        String name = file.getName();
        return name.toLowerCase(Locale.ROOT).endsWith(".npz") ? file.toPath()
                : file.toPath().resolveSibling(name + ".npz");
    }

    private static Label figure(String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("figure");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The single-run boundary view. */
    BoundaryView boundary() {
        return single;
    }

    /** The comparison panels on show. */
    List<BoundaryView> comparisonPanels() {
        return List.copyOf(panels);
    }

    NetworkCharts charts() {
        return charts;
    }
}
