package org.descentlab.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.descentlab.ui.words.Words;

/**
 * How the file to write is chosen: the platform's file chooser ({@link #FILE_CHOOSER}), or, in tests, a path given
 * in advance ({@link ExportActions#useSaveTarget}), so that no native dialog is needed.
 */
@FunctionalInterface
public interface SaveTarget {

    /** The platform's save dialog, with the suggested name, in the folder last written to. */
    SaveTarget FILE_CHOOSER = (owner, titleKey, folder, fileName, filterKey) -> {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get(titleKey));
        chooser.setInitialFileName(fileName);
        String extension = fileName.substring(fileName.lastIndexOf('.'));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Words.get(filterKey), "*" + extension));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    };

    /**
     * The file to write, or empty when the person changed their mind.
     *
     * @param titleKey the bundle key of the dialog's title
     * @param folder the folder last written to, or {@code null}
     * @param fileName the suggested name, with its extension
     * @param filterKey the bundle key of the kind of file ("PNG pictures")
     */
    Optional<Path> choose(Window owner, String titleKey, Path folder, String fileName, String filterKey);

    /** {@code file}, or the same name with {@code extension} added when a chooser returned it without. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
