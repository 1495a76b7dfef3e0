package org.descentlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.widgets.AfterFirstFrame;
import org.descentlab.ui.widgets.Charts;
import org.descentlab.ui.words.Words;

/**
 * The JavaFX application: one window, {@link MainWindow}, opened where {@link WindowPlacement} says (fitting the
 * screen, or where it was last closed) and remembered in {@link WindowMemory} when the app stops (see
 * {@link StagePlacement}). It speaks the language chosen last in View → Language ({@link LanguageMemory}), or the
 * system's.
 */
public final class DescentLabApp extends Application {

    /** The window's icon, drawn by {@code src/packaging/IconPainter.java}, in the sizes window managers ask for. */
    static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 256);

    /** Held so that the level set below is not lost when the logger is garbage-collected. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    /**
     * Set by {@link #open}: the real app reports unexpected errors in a dialog and the log. Tests start the app
     * without it and keep their own handler, which fails the test instead.
     */
    private static volatile boolean handleUnexpectedErrors;

    /** Set by {@link #open}: the window first shows its {@link OpeningScreen} (tests build the window at once). */
    private static volatile boolean openingScreenAtLaunch;

    /** Set by {@link #open}: the scene file to open once the window is built, or null. */
    private static volatile Path sceneAtLaunch;

    /**
     * Whether {@code args} is one scene file (a name ending in {@code .dlab.json}), which the window opens: how a file
     * manager starts the app for a scene file double-clicked. Any other arguments are a command.
     */
    public static boolean isSceneFile(String[] args) {
        return args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(MainWindow.SCENE_EXTENSION);
    }

    /**
     * Opens the window and returns when it is closed; {@code args} is empty or one scene file ({@link #isSceneFile}),
     * opened in the window as File → Open would (a file that cannot be opened is said in the status line).
     */
    public static void open(String[] args) {
        // From the single runnable jar JavaFX sits on the class path, which it supports but warns about at start-up;
        // a student launching the app should not see that warning.
        PLATFORM_LOG.setLevel(Level.SEVERE);
        // AWT serves only fonts, colours and images here (JFreeChart draws through it, PNGs are written with it), so
        // it need not open a connection of its own to the display beside JavaFX's.
        System.setProperty("java.awt.headless", "true");
        // JFreeChart's classes and AWT's fonts, some half a second of the JavaFX thread's time at the first chart, are
        // loaded on a second core while JavaFX starts (measured: started after the first frame instead, the JavaFX
        // thread took 0.4 s longer to build the window, which uses AWT's fonts too).
        Charts.warmUpInBackground();
        handleUnexpectedErrors = true;
        openingScreenAtLaunch = true;
        sceneAtLaunch = isSceneFile(args) ? Path.of(args[0]).toAbsolutePath() : null;
        Application.launch(DescentLabApp.class, args);
    }

    private final Preferences preferences;
    private final WindowMemory memory;
    private final LanguageMemory language;
    private final boolean openingScreen;
    private final Path sceneToOpen;
    private MainWindow window;
    private StagePlacement placement;

    /** The app keeping its recent scenes and window place in the user's preferences. */
    public DescentLabApp() {
        this(Preferences.userRoot().node(RecentScenes.APP_NODE), openingScreenAtLaunch, sceneAtLaunch);
    }

    /**
     * The app keeping its recent scenes, window place and language under {@code preferences} (tests pass a throwaway
     * node).
     */
    public DescentLabApp(Preferences preferences) {
        this(preferences, false, null);
    }

    /**
     * The app as above, which first shows the {@link OpeningScreen} and builds the window after that is drawn if
     * {@code openingScreen}, or builds the window before showing it; and then opens {@code sceneToOpen} unless null.
     */
    DescentLabApp(Preferences preferences, boolean openingScreen, Path sceneToOpen) {
        this.openingScreen = openingScreen;
        this.sceneToOpen = sceneToOpen;
        this.preferences = preferences;
        this.memory = new WindowMemory(preferences);
        this.language = new LanguageMemory(preferences);
    }

    @Override
    public void start(Stage stage) {
        StartupTiming.started();
        if (handleUnexpectedErrors) {
            UnexpectedErrors.install(ErrorLog.standard(), () -> stage);
        }
        // Before the tabs are built: their words are looked up as they are made.
        Words.setLanguage(language.load());
        stage.titleProperty().bind(Words.text("frame.window.title"));
        stage.getIcons().setAll(windowIcons());
        placement = new StagePlacement(stage, memory);
        // Launched as the app, the window appears at once with the opening screen and gets its content right after
        // that is drawn; otherwise (tests, pictures) it is built before it is shown.
        Scene scene = new Scene(openingScreen ? OpeningScreen.create() : build());
        if (!openingScreen) {
            MainWindow.applyStyles(scene);
        }
        stage.setScene(scene);
        placement.place();
        stage.show();
        if (openingScreen) {
            StartupTiming.openingShown(scene);
            afterTheNextFrame(scene, () -> fill(stage, scene));
        } else {
            StartupTiming.shown(scene, window);
            openTheSceneAsked();
        }
    }

    /** Opens the scene file the app was started with, if any, once the window is in place. */
    private void openTheSceneAsked() {
        if (sceneToOpen != null) {
            window.openScene(sceneToOpen);
        }
    }

    /** Builds the window, with what its first frame does not need held back until after that frame. */
    private Parent build() {
        // Until the first frame is laid out, what it does not need waits (see AfterFirstFrame).
        AfterFirstFrame.hold();
        window = new MainWindow(MainWindow.standardTabs(), new RecentScenes(preferences), language, Platform::exit);
        StartupTiming.built();
        return window.root();
    }

    /** Puts the window in place of the opening screen, unless it has been closed already. */
    private void fill(Stage stage, Scene scene) {
        if (!stage.isShowing()) {
            return;
        }
        // On a second core while the window is built and laid out, so that its first frame with content has it
        // (started before the opening screen, it held that screen back by 0.1 s).
        SurfaceTab.prepareTheFirstHeatMap();
        Parent root = build();
        MainWindow.applyStyles(scene);
        scene.setRoot(root);
        StartupTiming.shown(scene, window);
        openTheSceneAsked();
    }

    /** Runs {@code work} once the next pulse has laid {@code scene} out and handed it to the renderer. */
    static void afterTheNextFrame(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // After this pulse, not in it, so that the frame is drawn while the work runs.
                Platform.runLater(work);
            }
        });
    }

    /** The icons, decoded on JavaFX's image-loading thread rather than holding back the first frame. */
    static List<Image> windowIcons() {
        return ICON_SIZES.stream().map(size -> new Image(iconResource(size), true)).toList();
    }

    /** Where the icon of {@code size} pixels is, as a URL string. */
    static String iconResource(int size) {
        return java.util.Objects.requireNonNull(DescentLabApp.class.getResource(
                "/org/descentlab/icons/descent-lab-" + size + ".png")).toExternalForm();
    }

    @Override
    public void stop() {
        if (placement != null) {
            placement.remember();
        }
        if (window != null) {
            window.dispose();
        }
    }

    /** The window's content (for tests and screenshots); null until it is built. */
    public MainWindow window() {
        return window;
    }

    /** Where the recent scenes, the window's place and the language are kept. */
    Preferences preferences() {
        return preferences;
    }
}
