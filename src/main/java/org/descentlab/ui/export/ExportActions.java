package org.descentlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.descentlab.core.io.SafeFiles;
import org.descentlab.ui.AppTab;
import org.descentlab.ui.MainWindow;
import org.descentlab.ui.UnexpectedErrors;
import org.descentlab.ui.export.PictureDialog.Action;
import org.descentlab.ui.export.PictureDialog.Choice;
import org.descentlab.ui.export.Pictures.Backdrop;
import org.descentlab.ui.widgets.BackgroundWork;
import org.descentlab.ui.words.Words;

/**
 * What File → Save picture…, Copy picture and Export data… do, and the camera buttons on the plots. A picture is
 * taken on the JavaFX thread (it is the window's own drawing) and written on a worker; data are copied from the tab
 * and written on a worker too, so the race and the training go on. Every file is written atomically: a failure leaves
 * the old file (or none) and says why in the status line, in the student's language. The dialog remembers its last
 * choices and the folder last written to for as long as the window is open.
 */
public final class ExportActions implements AutoCloseable {

    private final MainWindow window;
    private final BackgroundWork<Path> pictureWork = new BackgroundWork<>("export-picture");
    private final BackgroundWork<Path> dataWork = new BackgroundWork<>("export-data");
    private final List<PictureButtons> layers = new ArrayList<>();
    private SaveTarget saveTarget = SaveTarget.FILE_CHOOSER;
    private String lastSource;
    private int lastScale = 1;
    private Backdrop lastBackdrop = Backdrop.WHITE;
    private Path lastFolder;

    /** Exports of {@code window}'s tabs; puts camera buttons over each tab that can picture something. */
    public ExportActions(MainWindow window) {
        this.window = Objects.requireNonNull(window);
        for (AppTab tab : window.tabs()) {
            if (tab.root() instanceof Pane pane) {
                layers.add(PictureButtons.install(pane, tab::pictures,
                        source -> openPictureDialog(Action.SAVE, source.id())));
            }
        }
    }

    /**
     * The File menu's items: Save picture… (Shortcut+Shift+S), Copy picture (Shortcut+Shift+C), Export data…, and a
     * separator after them.
     */
    public List<MenuItem> menuItems() {
        var save = menuItem("savePictureItem", "export.menu.savePicture", KeyCode.S);
        save.setOnAction(e -> openPictureDialog(Action.SAVE, null));
        var copy = menuItem("copyPictureItem", "export.menu.copyPicture", KeyCode.C);
        copy.setOnAction(e -> openPictureDialog(Action.COPY, null));
        var data = menuItem("exportDataItem", "export.menu.exportData", null);
        data.setOnAction(e -> chooseAndExportData());
        return List.of(save, copy, data, new SeparatorMenuItem());
    }

    private static MenuItem menuItem(String id, String key, KeyCode shiftShortcut) {
        var item = new MenuItem();
        item.setId(id);
        item.setMnemonicParsing(false);
        Words.bind(item.textProperty(), key);
        if (shiftShortcut != null) {
            item.setAccelerator(new KeyCodeCombination(shiftShortcut, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN));
        }
        return item;
    }

    /** Chooses files with {@code target} from now on (tests give a path instead of a native chooser). */
    public void useSaveTarget(SaveTarget target) {
        saveTarget = Objects.requireNonNull(target);
    }

    /** What can be pictured now: what the tab on show offers, then the whole window. */
    public List<PictureSource> pictureSources() {
        var sources = new ArrayList<PictureSource>();
        window.selectedTab().pictures().stream().filter(s -> PictureSource.showing(s.node())).forEach(sources::add);
        sources.add(PictureSource.window(window.root(), "descent-lab-window"));
        return sources;
    }

    /** The camera buttons' layers, one per tab (for tests). */
    public List<PictureButtons> buttonLayers() {
        return List.copyOf(layers);
    }

    // ---- pictures ----

    /**
     * Opens the picture dialog (Save picture…, Copy picture, a camera button) and does what it ends with.
     *
     * @param sourceId the source to choose at first, or {@code null} for the one chosen last
     */
    public void openPictureDialog(Action action, String sourceId) {
        var dialog = new PictureDialog(owner(), pictureSources(), new PictureDialog.Start(
                sourceId == null ? lastSource : sourceId, lastScale, lastBackdrop, action));
        dialog.showAndWait().ifPresent(this::carryOut);
    }

    private void carryOut(Choice choice) {
        remember(choice);
        if (choice.action() == Action.COPY) {
            copyPicture(choice);
            return;
        }
        // Taken now, as it was when chosen: a race playing on behind the file chooser would change it.
        var taken = new CompletableFuture<Optional<String>>();
        BufferedImage image = take(choice, taken);
        if (image != null) {
            saveTarget.choose(owner(), "export.picture.chooserTitle", lastFolder, choice.source().fileName() + ".png",
                    "export.picture.filter").map(file -> SaveTarget.withExtension(file, ".png"))
                    .ifPresent(file -> write(image, file, new CompletableFuture<>()));
        }
    }

    private void remember(Choice choice) {
        lastSource = choice.source().id();
        lastScale = choice.scale();
        if (choice.source().chart()) {
            lastBackdrop = choice.backdrop();
        }
    }

    /**
     * Takes the picture now and writes it to {@code file} as PNG on a worker; says in the status line that it was
     * saved, or why not.
     *
     * @return completed on the JavaFX thread with why it was not saved, or empty when it was
     */
    public CompletableFuture<Optional<String>> savePicture(Choice choice, Path file) {
        var done = new CompletableFuture<Optional<String>>();
        BufferedImage image = take(choice, done);
        return image == null ? done : write(image, file, done);
    }

    private CompletableFuture<Optional<String>> write(BufferedImage image, Path file,
            CompletableFuture<Optional<String>> done) {
        rememberFolder(file);
        pictureWork.submit(progress -> {
            Pictures.writePng(image, file);
            return file;
        }, written -> done.complete(report(() -> Words.format("export.picture.saved", file.getFileName(),
                image.getWidth(), image.getHeight()), null)),
                failure -> done.complete(failed("export.picture.failed", file, failure)));
        return done;
    }

    /**
     * Takes the picture now and puts it on the clipboard, to paste into a slide.
     *
     * @return why it could not be copied, or empty when it was
     */
    public Optional<String> copyPicture(Choice choice) {
        var failed = new CompletableFuture<Optional<String>>();
        BufferedImage image = take(choice, failed);
        if (image == null) {
            return failed.join();
        }
        var content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        if (!Clipboard.getSystemClipboard().setContent(content)) {
            return report(null, () -> Words.get("export.picture.notCopied"));
        }
        return report(() -> Words.format("export.picture.copied", image.getWidth(), image.getHeight()), null);
    }

    /** The picture, or {@code null} with {@code failed} completed and the reason shown when it could not be taken. */
    private BufferedImage take(Choice choice, CompletableFuture<Optional<String>> failed) {
        try {
            return PictureTaking.take(choice.source(), choice.scale(), choice.backdrop());
        } catch (RuntimeException | OutOfMemoryError e) {
            // Not the person's doing (a picture too large for the memory, a fault of the app): logged and said.
            UnexpectedErrors.record(e);
            failed.complete(report(null, () -> Words.get("export.picture.notTaken")));
            return null;
        }
    }

    // ---- data ----

    /** Export data…: asks where to write the tab's data (copied now), then writes them. */
    public void chooseAndExportData() {
        var data = window.selectedTab().data();
        if (data.isEmpty()) {
            report(null, () -> Words.get("export.data.none"));
            return;
        }
        saveTarget.choose(owner(), "export.data.chooserTitle", lastFolder, data.get().fileName(),
                "export.data.filter").map(file -> SaveTarget.withExtension(file, ".csv"))
                .ifPresent(file -> exportData(data.get(), file));
    }

    /**
     * Copies the data of the tab on show now and writes them to {@code file} as CSV on a worker.
     *
     * @return completed on the JavaFX thread with why they were not written, or empty when they were
     */
    public CompletableFuture<Optional<String>> exportData(Path file) {
        var data = window.selectedTab().data();
        if (data.isEmpty()) {
            return CompletableFuture.completedFuture(report(null, () -> Words.get("export.data.none")));
        }
        return exportData(data.get(), file);
    }

    private CompletableFuture<Optional<String>> exportData(DataSource data, Path file) {
        var done = new CompletableFuture<Optional<String>>();
        rememberFolder(file);
        // A long race takes a while in full precision (about 20 000 rows a second): the line says it is under way.
        report(() -> Words.format("export.data.writing", file.getFileName(), data.rows()), null);
        dataWork.submit(progress -> {
            SafeFiles.replaceAtomically(file, data.content());
            return file;
        }, written -> done.complete(report(() -> Words.format("export.data.saved", file.getFileName(), data.rows()),
                null)), failure -> done.complete(failed("export.data.failed", file, failure)));
        return done;
    }

    // ---- reporting ----

    /** Says what failed: a file problem in the student's words, anything else logged as the app's own fault. */
    private Optional<String> failed(String headKey, Path file, Throwable failure) {
        if (failure instanceof IOException io) {
            return report(null, ExportFailure.describe(headKey, file, io));
        }
        UnexpectedErrors.record(failure);
        return report(null, () -> Words.format(headKey, Words.get("export.failed.unexpected")));
    }

    /** Shows {@code success} or {@code problem} in the status line; returns the problem's text, if any. */
    private Optional<String> report(Supplier<String> success, Supplier<String> problem) {
        window.showLiveStatus(problem != null ? problem : success);
        return problem == null ? Optional.empty() : Optional.of(problem.get());
    }

    private void rememberFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder = folder;
        }
    }

    private Window owner() {
        var scene = window.root().getScene();
        return scene == null ? null : scene.getWindow();
    }

    /** Stops the workers (the window is closing); a file being written is finished or left as it was. */
    @Override
    public void close() {
        pictureWork.close();
        dataWork.close();
    }
}
