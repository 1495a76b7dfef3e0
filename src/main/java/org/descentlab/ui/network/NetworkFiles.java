package org.descentlab.ui.network;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.descentlab.ui.network.NetworkControls.Section;
import org.descentlab.ui.words.Words;

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
        var file = chooser("network.files.loadData").showOpenDialog(window());
        if (file != null && tab.mayStartOver(Words.get("network.change.loadData"))) {
            tab.loadDataset(file.toPath());
        }
    }

    void saveDataset() {
        var file = chooser("network.files.saveData").showSaveDialog(window());
        if (file != null) {
            tab.report(Section.DATA, tab.model().saveDataset(withExtension(file)));
        }
    }

    void loadParameters() {
        var file = chooser("network.files.loadParameters").showOpenDialog(window());
        if (file != null && tab.mayStartOver(Words.get("network.change.loadWeights"))) {
            tab.loadParameters(file.toPath());
        }
    }

    void saveParameters() {
        var file = chooser("network.files.saveParameters").showSaveDialog(window());
        if (file != null) {
            tab.report(Section.FILES, tab.model().saveParameters(withExtension(file)));
        }
    }

    private Window window() {
        return tab.getScene().getWindow();
    }

    /** A chooser of numpy archives titled with the words of {@code titleKey}, made when it is asked for. */
    private static FileChooser chooser(String titleKey) {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Words.get("network.files.filter"),
                "*.npz"));
        return chooser;
    }

    /** {@code file}, with {@code .npz} added when the person did not type it. */
    static Path withExtension(File file) {
        String name = file.getName();
        return name.toLowerCase(Locale.ROOT).endsWith(".npz") ? file.toPath()
                : file.toPath().resolveSibling(name + ".npz");
    }
}
