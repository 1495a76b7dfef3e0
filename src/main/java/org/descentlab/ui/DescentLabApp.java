package org.descentlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, {@link MainWindow}. */
public final class DescentLabApp extends Application {

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        Application.launch(DescentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        var window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setTitle("Descent Lab");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }
}
