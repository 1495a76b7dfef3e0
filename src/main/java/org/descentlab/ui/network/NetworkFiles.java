package org.descentlab.ui.network;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.descentlab.ui.network.NetworkControls.Section;

/**
 * The Load… and Save… buttons of the data and the parameters: a file chooser, then the tab's path-taking methods.
 * Loading either makes a new network, so the tab may ask first; problems are shown under the section of the button.
 */
final class NetworkFiles {

    private final NetworkTab tab;

    NetworkFiles(NetworkTab tab) {
        this.tab = tab;
    }

    void loadDataset() {
        var file = chooser("Load a dataset (inputs, labels)").showOpenDialog(window());
        if (file != null && tab.mayStartOver("Loading other data")) {
            tab.loadDataset(file.toPath());
        }
    }

    void saveDataset() {
        var file = chooser("Save the dataset").showSaveDialog(window());
        if (file != null) {
            tab.report(Section.DATA, tab.model().saveDataset(withExtension(file)));
        }
    }

    void loadParameters() {
        var file = chooser("Load parameters (W_h, b_h, W_o, b_o)").showOpenDialog(window());
        if (file != null && tab.mayStartOver("Loading weights from a file")) {
            tab.loadParameters(file.toPath());
        }
    }

    void saveParameters() {
        var file = chooser("Save the parameters").showSaveDialog(window());
        if (file != null) {
            tab.report(Section.FILES, tab.model().saveParameters(withExtension(file)));
        }
    }

    private Window window() {
        return tab.getScene().getWindow();
    }

    private static FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("numpy archives (*.npz)", "*.npz"));
        return chooser;
    }

    /** {@code file}, with {@code .npz} added when the person did not type it. */
    static Path withExtension(File file) {
        String name = file.getName();
        return name.toLowerCase(Locale.ROOT).endsWith(".npz") ? file.toPath()
                : file.toPath().resolveSibling(name + ".npz");
    }
}
