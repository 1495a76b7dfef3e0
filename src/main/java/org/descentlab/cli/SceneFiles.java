package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneFile;
import org.descentlab.core.scene.SettingException;

/** Reading scene files from commands: a refused file becomes a usage error; ignored fields become notes on stderr. */
final class SceneFiles {

    private SceneFiles() {
    }

    static Scene read(Path file, PrintWriter err) {
        try {
            var read = SceneFile.read(file);
            read.notes().forEach(note -> err.println("note: " + file + ": " + note));
            return read.scene();
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
