package org.descentlab.ui.widgets;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.descentlab.ui.export.Pictures;

/** Saves what a scene shows as a PNG file (the README's screenshots). Call on the JavaFX thread. */
public final class PngSnapshot {

    private PngSnapshot() {
    }

    /** Renders {@code scene} and writes it to {@code file}, atomically. */
    public static void write(Scene scene, Path file) throws IOException {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        Pictures.writePng(Pictures.of(scene, 1), file);
    }
}
