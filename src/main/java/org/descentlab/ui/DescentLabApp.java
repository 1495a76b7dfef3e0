package org.descentlab.ui;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.descentlab.ui.WindowPlacement.Area;
import org.descentlab.ui.WindowPlacement.Placement;
import org.descentlab.ui.widgets.Charts;

/**
 * The JavaFX application: one window, {@link MainWindow}, opened where {@link WindowPlacement} says (fitting the
 * screen, or where it was last closed) and remembered in {@link WindowMemory} when the app stops.
 */
public final class DescentLabApp extends Application {

    /** Held so that the level set below is not lost when the logger is garbage-collected. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    /**
     * Set by {@link #open}: the real app reports unexpected errors in a dialog and the log. Tests start the app
     * without it and keep their own handler, which fails the test instead.
     */
    private static volatile boolean handleUnexpectedErrors;

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        // From the single runnable jar JavaFX sits on the class path, which it supports but warns about at start-up;
        // a student launching the app should not see that warning.
        PLATFORM_LOG.setLevel(Level.SEVERE);
        // AWT serves only fonts, colours and images here (JFreeChart draws through it, PNGs are written with it), so
        // it need not open a connection of its own to the display beside JavaFX's.
        System.setProperty("java.awt.headless", "true");
        // While JavaFX starts on this thread and builds the window on its own, a second core loads JFreeChart and
        // AWT's fonts: about half a second that the first frame no longer waits for.
        Charts.warmUpInBackground();
        handleUnexpectedErrors = true;
        Application.launch(DescentLabApp.class, args);
    }

    private final Preferences preferences;
    private final WindowMemory memory;
    private MainWindow window;
    private Stage stage;
    /** The window's bounds when last neither maximised nor minimised: what is remembered with the maximised flag. */
    private Area normalBounds;

    /** The app keeping its recent scenes and window place in the user's preferences. */
    public DescentLabApp() {
        this(Preferences.userRoot().node(RecentScenes.APP_NODE));
    }

    /** The app keeping its recent scenes and window place under {@code preferences} (tests pass a throwaway node). */
    public DescentLabApp(Preferences preferences) {
        this.preferences = preferences;
        this.memory = new WindowMemory(preferences);
    }

    @Override
    public void start(Stage stage) {
        StartupTiming.started();
        this.stage = stage;
        if (handleUnexpectedErrors) {
            UnexpectedErrors.install(ErrorLog.standard(), () -> stage);
        }
        window = new MainWindow(MainWindow.standardTabs(), new RecentScenes(preferences), Platform::exit);
        StartupTiming.built();
        Scene scene = new Scene(window.root());
        MainWindow.applyStyles(scene);
        stage.setTitle(UiText.Window.TITLE);
        stage.setScene(scene);
        place(stage);
        stage.show();
        StartupTiming.shown(scene, window);
    }

    /** Sizes and places the stage on the screens as they are now, and follows its bounds from then on. */
    private void place(Stage stage) {
        Area primary = area(Screen.getPrimary().getVisualBounds());
        List<Area> screens = Screen.getScreens().stream().map(s -> area(s.getVisualBounds())).toList();
        Placement placement = WindowPlacement.place(memory.load(), primary, screens);
        Area least = WindowPlacement.minimumSize(primary);
        stage.setMinWidth(least.width());
        stage.setMinHeight(least.height());
        normalBounds = placement.bounds();
        stage.setX(normalBounds.x());
        stage.setY(normalBounds.y());
        stage.setWidth(normalBounds.width());
        stage.setHeight(normalBounds.height());
        stage.setMaximized(placement.maximised());
        InvalidationListener moved = o -> Platform.runLater(() -> {
            // Later, not at once: some window systems report a maximised window's new bounds before the flag, and
            // those bounds must not be taken for the size to go back to.
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normalBounds = new Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        });
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    private static Area area(Rectangle2D r) {
        return new Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    @Override
    public void stop() {
        if (stage != null && normalBounds != null) {
            memory.save(new Placement(normalBounds, stage.isMaximized()));
        }
        if (window != null) {
            window.dispose();
        }
    }

    /** The window's content (for tests and screenshots). */
    public MainWindow window() {
        return window;
    }

    /** Where the recent scenes and the window's place are kept. */
    Preferences preferences() {
        return preferences;
    }
}
