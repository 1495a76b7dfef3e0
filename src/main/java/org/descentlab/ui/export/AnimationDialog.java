package org.descentlab.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.SafeFiles;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.AppTab;
import org.descentlab.ui.MainWindow;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.network.NetworkTab;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.widgets.ProblemLabel;
import org.descentlab.ui.widgets.ProblemText;
import org.descentlab.ui.words.Words;

/**
 * File → Save animation…: an animated GIF of the race on the current surface or of the network learning, from the
 * current scene's start ({@link AnimationForm} for what, how long, how fast and how large). Save… asks for the file,
 * then a progress bar with Cancel shows while an {@link AnimationJob} replays the run off screen; the window and its
 * tabs go on meanwhile. Written, the dialog closes and the window's status line says so; a file that cannot be
 * written is said in the dialog, and nothing half-written is left.
 */
public final class AnimationDialog {

    private final Stage stage = new Stage();
    private final Scene scene;
    private final HeatMap shownHeatMap;
    private final Path folder;
    private final Consumer<Supplier<String>> status;
    private final AnimationForm form;
    private final ProgressBar progress = new ProgressBar(0);
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final ProblemLabel problem = new ProblemLabel("animationProblem");
    private final BackgroundWork<HeatMap> heatMapWork = new BackgroundWork<>("animation-heat-map");
    private AnimationJob job;

    /**
     * @param scene what the tabs show now
     * @param networkFirst whether the network is chosen at first (its tab is in front)
     * @param shownHeatMap the surface tab's heat map, used when it is the scene's surface's (else computed again)
     * @param folder the folder the network's file names are read against, or {@code null}
     * @param status what the window's status line says once the file is written
     */
    AnimationDialog(Window owner, Scene scene, boolean networkFirst, HeatMap shownHeatMap, Path folder,
            Consumer<Supplier<String>> status) {
        this.scene = scene;
        this.shownHeatMap = shownHeatMap;
        this.folder = folder;
        this.status = status;
        this.form = new AnimationForm(scene, networkFirst);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.titleProperty().bind(Words.text("export.animation.title"));
        save.setId("animationSave");
        cancel.setId("animationCancel");
        Words.bind(save.textProperty(), "export.animation.save");
        Words.bind(cancel.textProperty(), "export.animation.close");
        save.setDefaultButton(true);
        save.setOnAction(e -> chooseAndSave());
        cancel.setOnAction(e -> cancelOrClose());
        progress.setId("animationProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        var buttons = new HBox(8, progress, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        var bottom = new VBox(8, problem, buttons);
        bottom.setPadding(new Insets(0, 12, 12, 12));
        var root = new BorderPane(form, null, null, bottom, null);
        root.setId("animationDialog");
        var dialogScene = new javafx.scene.Scene(root);
        MainWindow.applyStyles(dialogScene);
        stage.setScene(dialogScene);
        stage.setOnHidden(e -> {
            if (job != null) {
                job.cancel();
            }
            heatMapWork.close();
        });
        writing(false);
    }

    /** Opens the dialog for what {@code window}'s tabs show now. */
    public static AnimationDialog open(MainWindow window) {
        Scene scene = Scene.EMPTY;
        for (AppTab tab : window.tabs()) {
            scene = tab.saveInto(scene);
        }
        HeatMap heatMap = null;
        Path folder = null;
        for (AppTab tab : window.tabs()) {
            if (tab instanceof SurfaceTab surfaces) {
                heatMap = surfaces.heatMap();
            } else if (tab instanceof NetworkTab network) {
                folder = network.model().folder();
            }
        }
        var owner = window.root().getScene() == null ? null : window.root().getScene().getWindow();
        var dialog = new AnimationDialog(owner, scene, window.selectedTab() instanceof NetworkTab, heatMap, folder,
                window::showLiveStatus);
        dialog.stage.show();
        return dialog;
    }

    /** The dialog's window. */
    Stage stage() {
        return stage;
    }

    /** The choices. */
    AnimationForm form() {
        return form;
    }

    /** The animation being written, or {@code null}. */
    AnimationJob job() {
        return job;
    }

    private void chooseAndSave() {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get("export.animation.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Words.get("export.animation.filter"),
                "*.gif"));
        chooser.setInitialFileName(form.settings().network() ? "network.gif" : "race.gif");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save(withGifExtension(file.toPath()));
        }
    }

    /** {@code file}, or the same name with {@code .gif} added when a chooser returned it without. */
    static Path withGifExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".gif") ? file : file.resolveSibling(name + ".gif");
    }

    /** Writes the animation chosen to {@code file} (Save… does this once the file is chosen). */
    void save(Path file) {
        try {
            SafeFiles.checkWritableTarget(file);
        } catch (NumpyFileException e) {
            problem.show(Words.format("export.animation.failed", e.getMessage()));
            return;
        }
        var settings = form.settings();
        writing(true);
        if (settings.network()) {
            start(settings, file, null);
        } else if (shownHeatMap != null && shownHeatMap.surface() == scene.surfaces().surface()) {
            start(settings, file, shownHeatMap);
        } else {
            var surface = scene.surfaces().surface();
            heatMapWork.submit(p -> HeatMap.compute(surface, SurfaceTab.HEAT_MAP_SIZE, SurfaceTab.HEAT_MAP_SIZE),
                    map -> start(settings, file, map), this::failed);
        }
    }

    private void start(AnimationForm.Settings settings, Path file, HeatMap heatMap) {
        int frames = form.frames(settings);
        try {
            Film film = settings.network()
                    ? new TrainingFilm(scene.network(), folder, settings.length(), frames)
                    : new RaceFilm(scene.surfaces(), settings.length(), frames, heatMap);
            job = AnimationJob.start(film, file, settings.fps(), 1, settings.width(), settings.height());
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        progress.progressProperty().bind(job.progressProperty());
        job.result().whenComplete((written, failure) -> {
            if (failure == null) {
                status.accept(() -> Words.format("export.animation.saved", written.getFileName(), frames));
                stage.close();
            } else {
                failed(failure);
            }
        });
    }

    private void failed(Throwable failure) {
        job = null;
        writing(false);
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof CancellationException) {
            problem.show(Words.get("export.animation.cancelled"));
        } else if (cause instanceof SettingException setting) {
            problem.show(Words.format("export.animation.failed", ProblemText.of(setting.problem())));
        } else if (cause instanceof NumpyFileException) {
            problem.show(Words.format("export.animation.failed", cause.getMessage()));
        } else {
            problem.show(Words.format("export.animation.failed", String.valueOf(cause.getMessage())));
            UnexpectedErrors.record(cause);
        }
    }

    private void cancelOrClose() {
        if (job != null) {
            job.cancel(); // the result then reports the cancellation
        } else if (heatMapWork.runningProperty().get()) {
            heatMapWork.cancel();
            failed(new CancellationException());
        } else {
            stage.close();
        }
    }

    /** While writing: the choices are fixed, the progress shows, and the second button cancels. */
    private void writing(boolean on) {
        form.setDisable(on);
        save.setDisable(on);
        progress.setVisible(on);
        if (!on) {
            progress.progressProperty().unbind();
            progress.setProgress(0);
        } else {
            problem.show(null);
        }
        Words.bind(cancel.textProperty(), on ? "export.animation.cancel" : "export.animation.close");
    }
}
