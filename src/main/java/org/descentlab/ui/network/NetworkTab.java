package org.descentlab.ui.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.Scene;
import org.descentlab.ui.AppTab;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.PlaybackIcons;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.widgets.Shortcuts;
import org.descentlab.ui.words.Words;

/**
 * The network tab: data, network and training settings in a column on the left (it folds away); the decision
 * boundary (or one per run when comparing) in the middle with Train / One epoch / Reset and the figures above it;
 * loss and accuracy beside the map, or under it when that leaves the map more room ({@link NetworkLayout}).
 * Training runs on worker threads; an {@link AnimationTimer} drains their metrics and draws the newest snapshot once
 * per frame, and runs only while there is something to show: it stops when the runs are paused or ended and all
 * they published is drawn, and starts again at the next change.
 *
 * <p>Every word comes from the {@code network} bundle. Fixed words are bound to the language; words made from the
 * state (figures, charts, the run's message, the choice boxes) are made again when the language changes, which
 * leaves training and everything trained as it is.
 */
public final class NetworkTab extends BorderPane implements AppTab {

    /**
     * While training, the boundary map is recomputed at most this often (a 200 × 200 map of the seed's network takes
     * about 13 ms; its worker may wait longer, see BoundaryMapWorker), and the charts and figures at most every
     * {@link #CHART_INTERVAL_NANOS}.
     */
    private static final long MAP_INTERVAL_NANOS = 40_000_000L;
    private static final long CHART_INTERVAL_NANOS = 100_000_000L;

    private final NetworkTabModel model;
    private final BoundaryView single;
    private final StackPane maps = new StackPane();
    private final List<ComparisonPanel> panels = new ArrayList<>();
    /** The runs the panels were made for. */
    private List<NetworkRun> panelRuns = List.of();
    private final NetworkCharts charts;
    /** What the middle shows: the boundary, the loss landscape or the gradients. */
    private final NetworkViews views;
    private final Runnable present = () -> {
        charts().present();
        controls().present();
        views().present();
        refreshNow();
    };
    private final NetworkControls controls;
    private final NetworkLayout layout;
    /** The line above the map: what happened to the run itself (its loss blew up, memory ran out). */
    private final ProblemLabel message = new ProblemLabel("networkMessage");
    private final NetworkFigures figures;
    private final ToggleButton settingsToggle = new ToggleButton();
    private final AnimationTimer timer;
    private boolean looping;
    private RestartQuestion restartQuestion = RestartQuestion.dialog(() -> getScene().getWindow());
    private long lastMap;
    private long lastChart;
    private long drawnRevision = -1;
    private int resolution = 200;
    private boolean showingFailure;
    /** The message above the map, made again in the words of the moment; null when there is none. */
    private Supplier<String> messageText;
    /** Re-makes the words made from the state after a change of language (registered once, removed on dispose). */
    private final Runnable relabel = this::relabel;

    public NetworkTab(NetworkTabModel model) {
        this.model = model;
        setId("networkTabContent");
        single = new BoundaryView(model, model::run, false);
        single.setId("boundaryMap");
        charts = new NetworkCharts(model);
        controls = new NetworkControls(model, this);
        figures = new NetworkFigures(model);
        views = new NetworkViews(model);

        var column = new ScrollPane(controls);
        column.setId("networkSettings");
        column.setFitToWidth(true);
        column.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        var top = new VBox(6, views.bar(buttons()), figures, message);
        top.setPadding(new Insets(6, 0, 0, 0));
        maps.setMinSize(0, 0);
        var centre = new VBox(4, top, maps);
        VBox.setVgrow(maps, Priority.ALWAYS);
        layout = new NetworkLayout(column, top, centre, charts);
        setCenter(layout);
        settingsToggle.selectedProperty().bindBidirectional(layout.controlsShownProperty());

        model.comparingProperty().addListener((o, was, is) -> showLayout());
        views.choiceProperty().addListener((o, was, is) -> {
            showLayout();
            wake();
        });
        model.revisionProperty().addListener((o, was, is) -> {
            // Other runs compared (not just trained on): new panels, in the new runs' colours.
            if (model.comparingProperty().get() && !model.runs().equals(panelRuns)) {
                showLayout();
            }
            wake();
        });
        model.playingProperty().addListener((o, was, is) -> wake());
        showLayout();
        Shortcuts.install(this, java.util.Map.of(KeyCode.SPACE, model::togglePlaying));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        Words.onChange(relabel);
        // Classroom mode: the map's ticks, points and rings grow with the rest (the charts follow by themselves).
        org.descentlab.ui.widgets.Presentation.onChange(present);
        wake();
    }

    /** Settings, Train, One epoch and Reset: each wraps onto the next line as a whole when the row is narrow. */
    private ButtonBase[] buttons() {
        var settings = settingsToggle;
        settings.setId("settingsToggle");
        settings.setSelected(true);
        settings.textProperty().bind(SettingsParts.text(() -> Words.get(settings.isSelected()
                ? "network.button.settingsShown" : "network.button.settingsHidden"), settings.selectedProperty()));
        settings.setTooltip(tooltip("network.button.settingsTip"));
        var train = new Button();
        train.setId("trainButton");
        train.textProperty().bind(SettingsParts.text(() -> Words.get(model.playingProperty().get()
                ? "network.button.pause" : model.finishedProperty().get() ? "network.button.trainFurther"
                : "network.button.train"), model.playingProperty(), model.finishedProperty()));
        train.graphicProperty().bind(model.playingProperty().map(p -> p ? PlaybackIcons.pause(Color.WHITE)
                : PlaybackIcons.play(Color.WHITE)));
        train.getStyleClass().add("primary");
        train.setOnAction(e -> model.togglePlaying());
        train.setTooltip(tooltip("network.button.trainTip"));
        var epoch = SettingsParts.button("oneEpochButton", "network.button.oneEpoch", e -> model.oneEpoch());
        var reset = SettingsParts.button("networkResetButton", "network.button.reset", e -> {
            model.reset();
            report((String) null);
        });
        reset.setGraphic(PlaybackIcons.reset(Color.web("#1d2533")));
        for (var b : new ButtonBase[] {settings, train, epoch, reset}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
        }
        return new ButtonBase[] {settings, train, epoch, reset};
    }

    private static Tooltip tooltip(String key) {
        var tip = new Tooltip();
        Words.bind(tip.textProperty(), key);
        return tip;
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
        return Words.get("network.tab.title");
    }

    @Override
    public javafx.scene.Node root() {
        return this;
    }

    @Override
    public Scene saveInto(Scene scene) {
        return scene.with(model.scene());
    }

    @Override
    public boolean mayReplaceWork() {
        return mayStartOver(Words.get("network.change.openScene"));
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
            clearMessages();
            refreshNow();
        };
    }

    @Override
    public List<org.descentlab.ui.export.PictureSource> pictures() {
        return NetworkExports.pictures(this);
    }

    @Override
    public Optional<org.descentlab.ui.export.DataSource> data() {
        return Optional.of(NetworkExports.data(model));
    }

    /** Stops the frame loop and every training worker (the window is closing). */
    @Override
    public void play() {
        if (!model.playingProperty().get()) {
            model.togglePlaying();
        }
    }

    @Override
    public void dispose() {
        Words.removeOnChange(relabel);
        org.descentlab.ui.widgets.Presentation.removeOnChange(present);
        timer.stop();
        looping = false;
        views.close();
        model.close();
    }

    // ---- the frame loop ----

    /** Starts the frame loop if it is not running: something changed, or training was asked for. */
    private void wake() {
        if (!looping && timer != null) {
            looping = true;
            timer.start();
        }
    }

    /** Whether the frame loop is running (it stops while nothing is training and everything is drawn). */
    boolean frameLoopRunning() {
        return looping;
    }

    private void frame(long now) {
        // A setting or a run changed since the last frame (the user did something): draw it at once. New epochs
        // from the poll below are drawn at the maps' and charts' own pace, and every epoch once training stops.
        boolean changed = model.revisionProperty().get() != drawnRevision;
        model.poll(now);
        boolean idle = model.idle();
        if (changed || idle) {
            lastMap = now;
            refreshMaps(false);
        } else if (now - lastMap >= MAP_INTERVAL_NANOS) {
            // While training, the maps are computed off this thread (BoundaryMapWorker).
            lastMap = now;
            refreshMapsInBackground();
        }
        if (changed || idle || now - lastChart >= CHART_INTERVAL_NANOS) {
            lastChart = now;
            charts.update();
            updateFigures();
            views.update(idle);
        }
        drawnRevision = model.revisionProperty().get();
        showFailure();
        if (idle) {
            timer.stop();
            looping = false;
        }
    }

    /** The failure line stays while the failed run is on show and goes when a new run replaces it. */
    private void showFailure() {
        var failure = model.failure();
        if (failure != null && !showingFailure) {
            var cause = model.failureCause();
            report(() -> RunFailures.message(failure, cause));
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
        views.update(model.idle());
    }

    private void refreshMaps(boolean force) {
        eachMap(map -> map.refresh(force));
    }

    private void refreshMapsInBackground() {
        eachMap(BoundaryView::refreshInBackground);
    }

    /** Does {@code refresh} to the map on show, or to each compared run's map, updating the panels' headers. */
    private void eachMap(java.util.function.Consumer<BoundaryView> refresh) {
        if (model.comparingProperty().get()) {
            for (int i = 0; i < panels.size() && i < model.runs().size(); i++) {
                refresh.accept(panels.get(i).view());
                panels.get(i).show(model.runs().get(i));
            }
        } else {
            refresh.accept(single);
        }
    }

    private void updateFigures() {
        figures.update(model.comparingProperty().get() && !panels.isEmpty(), single);
    }

    private void showLayout() {
        panels.clear();
        panelRuns = List.copyOf(model.runs());
        if (!model.comparingProperty().get()) {
            maps.getChildren().setAll(views.showsBoundary() ? single : views.centre());
            single.refresh(true);
            return;
        }
        var colours = RunColours.of(model.runs().stream().map(r -> r.settings().optimizer()).toList());
        for (int i = 0; i < model.runs().size(); i++) {
            final int index = i;
            var view = new BoundaryView(model, () -> index < model.runs().size() ? model.runs().get(index) : null,
                    true);
            view.setId("comparison-" + i);
            view.setResolution(Math.min(resolution, 120));
            var panel = new ComparisonPanel(view, colours.get(i));
            panel.setId("comparisonPanel-" + i);
            panel.show(model.runs().get(i));
            panels.add(panel);
        }
        var grid = RunGrid.of(panels);
        grid.setId("comparisonPanels");
        maps.getChildren().setAll(views.showsBoundary() ? grid : views.centre());
    }

    // ---- messages: each beside what caused it ----

    /** Shows what happened to the run itself above the map, or clears that line with {@code null}. */
    void report(String problem) {
        report(problem == null ? null : () -> problem);
    }

    /** Shows the message {@code problem} makes above the map, made again when the language changes. */
    private void report(Supplier<String> problem) {
        messageText = problem;
        message.show(problem == null ? null : problem.get());
    }

    /** The words of the moment wherever they are made from the state: nothing else changes, training goes on. */
    private void relabel() {
        controls.relabel();
        charts.relabel();
        views.relabel();
        report(messageText);
        refreshNow();
    }

    /** Shows {@code problem} under the settings of {@code section}, or clears it there when empty. */
    void report(NetworkControls.Section section, Optional<Problem> problem) {
        controls.show(section, problem.map(org.descentlab.ui.widgets.ProblemText::of).orElse(null));
    }

    /** Clears every message: the line above the map and those in the settings. */
    void clearMessages() {
        report((String) null);
        controls.clearMessages();
    }

    /**
     * Whether a change that starts over may throw away the epochs trained so far: yes when there are none, else
     * the person is asked.
     */
    boolean mayStartOver(String change) {
        int epochs = model.trainedEpochs();
        return epochs == 0 || restartQuestion.mayStartOver(change, epochs);
    }

    /** How the tab asks before starting over (tests answer for the person). */
    void useRestartQuestion(RestartQuestion question) {
        restartQuestion = question;
    }

    void setMapResolution(int cells) {
        resolution = cells;
        single.setResolution(cells);
        panels.forEach(p -> p.view().setResolution(Math.min(cells, 120)));
        refreshMaps(true);
    }

    void setLogLoss(boolean log) {
        charts.setLogLoss(log);
    }

    // ---- files: the buttons open a chooser ({@link NetworkFiles}), then these, which the tests call ----

    /** Loads a dataset file, reporting any problem under the data settings; the current data stay on failure. */
    public Optional<Problem> loadDataset(Path file) {
        var problem = model.loadDataset(file);
        report(NetworkControls.Section.DATA, problem);
        return problem;
    }

    /**
     * Loads a parameter file and shows its boundary, reporting any problem under the parameter files; nothing
     * changes on failure.
     */
    public Optional<Problem> loadParameters(Path file) {
        var problem = model.loadParameters(file);
        report(NetworkControls.Section.FILES, problem);
        if (problem.isEmpty()) {
            refreshNow();
        }
        return problem;
    }

    /** The single-run boundary view. */
    BoundaryView boundary() {
        return single;
    }

    /** The comparison panels' maps on show. */
    List<BoundaryView> comparisonPanels() {
        return panels.stream().map(ComparisonPanel::view).toList();
    }

    /** The comparison panels on show, headers included. */
    List<ComparisonPanel> comparisonHeaders() {
        return List.copyOf(panels);
    }

    /** The size of the loss chart's axis labels now (for tests: classroom mode makes it larger). */
    public float chartLabelSize() {
        return charts.lossChart().getXYPlot().getDomainAxis().getLabelFont().getSize2D();
    }

    NetworkControls controls() {
        return controls;
    }

    NetworkCharts charts() {
        return charts;
    }

    NetworkLayout networkLayout() {
        return layout;
    }

    /** The views the middle can show and the switch between them. */
    NetworkViews views() {
        return views;
    }
}
