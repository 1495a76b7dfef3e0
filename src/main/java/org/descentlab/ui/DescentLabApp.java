package org.descentlab.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, {@link MainWindow}. */
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
        handleUnexpectedErrors = true;
        Application.launch(DescentLabApp.class, args);
    }

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        if (handleUnexpectedErrors) {
            UnexpectedErrors.install(ErrorLog.standard(), () -> stage);
        }
        window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setTitle(UiText.Window.TITLE);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }

    /** The window's content (for tests and screenshots). */
    public MainWindow window() {
        return window;
    }
}
