package org.descentlab.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.descentlab.ui.words.Words;

/**
 * Why a picture or a data file could not be written, as a sentence a student understands, in the language of the
 * moment: the usual reasons (a folder that may not be written to, a folder chosen as the file, a full disk) in words of
 * the {@code export} bundle, anything else with the file system's own English reason inside a sentence of ours.
 */
final class ExportFailure {

    private ExportFailure() {
    }

    /**
     * What to say about {@code failure} met writing {@code file}: a text made again in each language.
     *
     * @param headKey the sentence it goes into, e.g. {@code export.picture.failed} ("The picture was not saved: %s")
     */
    static Supplier<String> describe(String headKey, Path file, IOException failure) {
        Supplier<String> reason = reason(file, failure);
        return () -> Words.format(headKey, reason.get());
    }

    /** Looks at the target as it is now to tell the usual reasons apart. */
    private static Supplier<String> reason(Path file, IOException failure) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (Files.isDirectory(target)) {
            return () -> Words.format("export.failed.folder", name);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return () -> Words.format("export.failed.noFolder", folder);
        }
        if (!Files.isWritable(folder)) {
            return () -> Words.format("export.failed.readOnly", folder);
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            return () -> Words.format("export.failed.readOnlyFile", name);
        }
        if (message.toLowerCase(Locale.ROOT).contains("no space left")) {
            return () -> Words.format("export.failed.full", folder);
        }
        return () -> Words.format("export.failed.other", message);
    }
}
