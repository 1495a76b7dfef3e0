package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.words.Words;

/**
 * The Landscape view in the middle of the network tab: a bar (the plane, its seed for random directions, Recompute,
 * the progress while computing, and which epoch the landscape is of) over one {@link LandscapeView}, or one per
 * compared run under its header, side by side like the compared decision boundaries.
 *
 * <p>A landscape is thousands of forward passes, so it is computed on a worker ({@link BackgroundWork}: the newest
 * request wins, the window never waits), for all runs in one job, and only when asked: when the view is first shown,
 * on Recompute, when the plane changes, and when training stops with weights newer than the landscape's. While the
 * runs train, the landscape on show stays, and the bar says which epoch it is of.
 */
final class LandscapePane extends VBox {

    private final NetworkTabModel model;
    private final BackgroundWork<List<LandscapePicture>> work = new BackgroundWork<>("loss-landscape");
    private final ChoiceBox<LandscapePlane.Kind> plane = new ChoiceBox<>();
    private final TextField seed = new TextField("1");
    private final Label seedLabel = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final ProblemLabel message = new ProblemLabel("landscapeMessage");
    private final StackPane content = new StackPane();
    private final List<LandscapeView> views = new ArrayList<>();
    private final List<ComparisonPanel> panels = new ArrayList<>();
    private final Label pathKey = new Label();
    private final Label nowKey = new Label();
    private List<NetworkRun> shownRuns = List.of();
    /** What the landscapes on show (or being computed) were asked for; null when none was asked yet. */
    private LandscapePlane.Key asked;
    private boolean shown;
    /** Why the last computation gave no landscape, made in the words of the moment; null when it gave one. */
    private Supplier<String> failure;

    LandscapePane(NetworkTabModel model) {
        super(4);
        this.model = model;
        setId("landscapeView");
        setMinSize(0, 0);
        content.setMinSize(0, 0);
        getChildren().addAll(bar(), message, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        relabel();
    }

    private FlowPane bar() {
        plane.setId("landscapePlaneChoice");
        plane.getItems().setAll(LandscapePlane.Kind.values());
        plane.setValue(LandscapePlane.Kind.PCA);
        plane.setOnAction(e -> compute());
        plane.setTooltip(tip("depth.landscape.plane.tip"));
        var planeLabel = new Label();
        Words.bind(planeLabel.textProperty(), "depth.landscape.plane");
        planeLabel.setLabelFor(plane);
        Words.bind(seedLabel.textProperty(), "depth.landscape.seed");
        seed.setId("landscapeSeedField");
        seed.setPrefColumnCount(4);
        seed.setOnAction(e -> compute());
        var recompute = new Button();
        recompute.setId("landscapeRecomputeButton");
        Words.bind(recompute.textProperty(), "depth.landscape.recompute");
        recompute.setTooltip(tip("depth.landscape.recompute.tip"));
        recompute.setOnAction(e -> compute());
        progress.setId("landscapeProgress");
        progress.setPrefWidth(90);
        progress.progressProperty().bind(work.progressProperty());
        progress.visibleProperty().bind(work.runningProperty());
        progress.managedProperty().bind(work.runningProperty());
        status.setId("landscapeStatus");
        status.getStyleClass().add("hint");
        pathKey.setId("landscapePathKey");
        nowKey.setId("landscapeNowKey");
        for (Label k : new Label[] {pathKey, nowKey}) {
            k.getStyleClass().add("hint");
            k.setGraphicTextGap(5);
        }
        for (Region r : new Region[] {planeLabel, plane, seedLabel, seed, recompute, status, pathKey, nowKey}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        var planeGroup = new HBox(6, planeLabel, plane);
        var seedGroup = new HBox(6, seedLabel, seed);
        for (HBox group : new HBox[] {planeGroup, seedGroup}) {
            group.setAlignment(Pos.CENTER_LEFT);
            group.setMinWidth(Region.USE_PREF_SIZE);
        }
        seedGroup.visibleProperty().bind(plane.valueProperty().isEqualTo(LandscapePlane.Kind.RANDOM));
        seedGroup.managedProperty().bind(seedGroup.visibleProperty());
        var key = new HBox(10, pathKey, nowKey);
        key.setAlignment(Pos.CENTER_LEFT);
        key.setMinWidth(Region.USE_PREF_SIZE);
        var bar = new FlowPane(10, 4, planeGroup, seedGroup, recompute, progress, status, key);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Tooltip tip(String key) {
        var tip = new Tooltip();
        Words.bind(tip.textProperty(), key);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** The view is chosen (or another one): a landscape older than the weights is computed again. */
    void setShown(boolean on) {
        shown = on;
        if (on) {
            update(true);
        }
    }

    /**
     * Once per chart interval while the view is on show: new panels for new runs; a new landscape when the runs are
     * not training ({@code idle}) and have weights newer than the landscape's.
     */
    void update(boolean idle) {
        var runs = model.runs();
        if (!runs.equals(shownRuns)) {
            rebuild(runs);
        }
        for (int i = 0; i < panels.size() && i < runs.size(); i++) {
            panels.get(i).show(runs.get(i));
        }
        if (shown && idle && !key().equals(asked)) {
            compute();
        }
        showStatus();
    }

    /** Computes the landscapes of the runs as they are now, in place of any computation under way. */
    void compute() {
        long planeSeed;
        try {
            planeSeed = SettingsParts.parseLong(seed, "depth.landscape.seed");
        } catch (IllegalArgumentException e) {
            failure = e::getMessage;
            message.showLive(failure);
            return;
        }
        var request = LandscapePlane.request(model, plane.getValue(), planeSeed);
        asked = request.key();
        failure = null;
        message.show(null);
        views.forEach(v -> v.show(null, () -> Words.get("depth.landscape.computing")));
        work.submit(p -> LandscapePlane.compute(request, p), this::showPictures, this::failed);
        showStatus();
    }

    /** What a landscape of the runs as they are now would be asked for (the seed typed, or the last one taken). */
    private LandscapePlane.Key key() {
        long planeSeed;
        try {
            planeSeed = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            planeSeed = asked == null ? 1 : asked.seed();
        }
        return LandscapePlane.key(model, plane.getValue(), planeSeed);
    }

    private void showPictures(List<LandscapePicture> pictures) {
        for (int i = 0; i < views.size() && i < pictures.size(); i++) {
            views.get(i).show(pictures.get(i), null);
        }
        boolean fellBack = plane.getValue() == LandscapePlane.Kind.PCA
                && pictures.stream().anyMatch(p -> !p.principal());
        message.showLive(fellBack ? () -> Words.get("depth.landscape.fewEpochs") : null);
        showStatus();
    }

    private void failed(Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        failure = cause instanceof LandscapePlane.Diverged ? () -> Words.get("depth.landscape.diverged")
                : () -> Words.format("depth.landscape.failed", why);
        message.showLive(failure);
        views.forEach(v -> v.show(null, () -> Words.get("depth.landscape.failedShort")));
        if (!(cause instanceof IllegalArgumentException)) {
            UnexpectedErrors.record(cause);
        }
        showStatus();
    }

    /** Which epoch the landscape is of, and whether training went on since. */
    private void showStatus() {
        var pictures = views.stream().map(LandscapeView::picture).filter(java.util.Objects::nonNull).toList();
        if (work.runningProperty().get()) {
            status.setText(Words.get("depth.landscape.computing"));
        } else if (pictures.isEmpty()) {
            status.setText("");
        } else {
            int epoch = pictures.get(0).epoch();
            boolean newer = model.runs().stream().anyMatch(r -> r.snapshot().epoch() != epoch);
            status.setText(Words.format(newer && model.playingProperty().get() ? "depth.landscape.stale"
                    : "depth.landscape.of", epoch));
        }
    }

    private void rebuild(List<NetworkRun> runs) {
        shownRuns = List.copyOf(runs);
        asked = null;
        work.cancel();
        views.clear();
        panels.clear();
        for (int i = 0; i < runs.size(); i++) {
            var view = new LandscapeView();
            view.setId(runs.size() == 1 ? "landscape" : "landscape-" + i);
            views.add(view);
        }
        if (runs.size() == 1) {
            content.getChildren().setAll(views.get(0));
            return;
        }
        var colours = RunColours.of(runs.stream().map(r -> r.settings().optimizer()).toList());
        for (int i = 0; i < runs.size(); i++) {
            var panel = new ComparisonPanel(views.get(i), colours.get(i));
            panel.setId("landscapePanel-" + i);
            panel.show(runs.get(i));
            panels.add(panel);
        }
        var grid = RunGrid.of(panels);
        grid.setId("landscapePanels");
        content.getChildren().setAll(grid);
    }

    /** The words of the moment: the bar, the plane's names, the plots' axes and any message. */
    void relabel() {
        plane.setConverter(SettingsParts.converter(k -> Words.get(k.key())));
        pathKey.setText(Words.get("depth.landscape.path"));
        nowKey.setText(Words.get("depth.landscape.now"));
        present();
        for (int i = 0; i < panels.size() && i < shownRuns.size(); i++) {
            panels.get(i).show(shownRuns.get(i));
        }
        views.forEach(LandscapeView::draw);
        showStatus();
    }

    /** Classroom mode's sizes. */
    void present() {
        pathKey.setGraphic(LandscapeKey.path());
        nowKey.setGraphic(LandscapeKey.now());
        views.forEach(LandscapeView::draw);
    }

    /** The landscapes on show, one per run (for tests and pictures). */
    List<LandscapeView> views() {
        return List.copyOf(views);
    }

    /** The compared runs' panels, or none for one run. */
    List<ComparisonPanel> panels() {
        return List.copyOf(panels);
    }

    /** Whether a landscape is being computed. */
    boolean computing() {
        return work.runningProperty().get();
    }

    ChoiceBox<LandscapePlane.Kind> planeChoice() {
        return plane;
    }

    void close() {
        work.close();
    }
}
