package org.descentlab.ui;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.surface.SurfaceTabModel;

/** The main window's content: the Surfaces tab and the Network tab. */
public final class MainWindow {

    /** Style sheet of the whole app, under {@code resources/}. */
    public static final String STYLESHEET = "/org/descentlab/descent-lab.css";

    private final TabPane tabs = new TabPane();
    private final SurfaceTab surfaceTab = new SurfaceTab(new SurfaceTabModel());

    public MainWindow() {
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var surfaces = new Tab("Surfaces", surfaceTab);
        surfaces.setId("surfacesTab");
        tabs.getTabs().addAll(surfaces,
                tab("networkTab", "Network", "A 2-128-10 network learning ten clusters",
                        "Press Train and watch the network carve the plane into ten regions."));
    }

    /** The surface tab's content. */
    public SurfaceTab surfaceTab() {
        return surfaceTab;
    }

    /** Stops every frame loop and worker: the window is closing. */
    public void dispose() {
        surfaceTab.dispose();
    }

    /** The node to put in a scene. */
    public Parent root() {
        return tabs;
    }

    /** Adds the app's style sheet to {@code scene}. */
    public static void applyStyles(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
    }

    private static Tab tab(String id, String title, String heading, String text) {
        var headingLabel = new Label(heading);
        headingLabel.getStyleClass().add("placeholder-heading");
        var textLabel = new Label(text);
        textLabel.getStyleClass().add("placeholder-text");
        var box = new VBox(12, headingLabel, textLabel);
        box.setAlignment(Pos.CENTER);
        var tab = new Tab(title, box);
        tab.setId(id);
        return tab;
    }
}
