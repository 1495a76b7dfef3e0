package org.descentlab.ui;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.descentlab.ui.network.NetworkTab;
import org.descentlab.ui.network.NetworkTabModel;
import org.descentlab.ui.surface.SurfaceTab;
import org.descentlab.ui.surface.SurfaceTabModel;

/** The main window's content: the Surfaces tab and the Network tab. */
public final class MainWindow {

    /** Style sheet of the whole app, under {@code resources/}. */
    public static final String STYLESHEET = "/org/descentlab/descent-lab.css";

    private final TabPane tabs = new TabPane();
    private final SurfaceTab surfaceTab = new SurfaceTab(new SurfaceTabModel());
    private final NetworkTab networkTab = new NetworkTab(new NetworkTabModel());

    public MainWindow() {
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var surfaces = new Tab("Surfaces", surfaceTab);
        surfaces.setId("surfacesTab");
        var network = new Tab("Network", networkTab);
        network.setId("networkTab");
        tabs.getTabs().addAll(surfaces, network);
    }

    /** The surface tab's content. */
    public SurfaceTab surfaceTab() {
        return surfaceTab;
    }

    /** The network tab's content. */
    public NetworkTab networkTab() {
        return networkTab;
    }

    /** Stops every frame loop and worker: the window is closing. */
    public void dispose() {
        surfaceTab.dispose();
        networkTab.dispose();
    }

    /** The node to put in a scene. */
    public Parent root() {
        return tabs;
    }

    /** Adds the app's style sheet to {@code scene}. */
    public static void applyStyles(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
    }
}
