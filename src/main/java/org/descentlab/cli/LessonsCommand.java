package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.LessonCatalog;
import org.descentlab.core.lesson.LessonTexts;
import org.descentlab.core.scene.SceneFile;
import org.descentlab.core.scene.SettingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lessons}: the lessons in the order the notes teach them, one {@code id<TAB>title} line each; or, with
 * {@code --export DIR}, every lesson's scene file written into DIR, so that {@code trajectory --scene},
 * {@code train --scene} and {@code render} can replay any lesson headless.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the lessons (id and title) in the order the notes teach them, or write their scene "
                + "files with --export.")
public final class LessonsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "en|ko", description = "Language of the titles: en (default) or ko.")
    String language = "en";

    @Option(names = "--export", paramLabel = "DIR",
            description = "Write each lesson's scene file, <id>.dlab.json, into DIR (made if missing).")
    Path export;

    @Override
    public Integer call() {
        LessonTexts texts;
        try {
            texts = LessonTexts.in(language);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--lang must be en or ko, got '" + language + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (export != null) {
            exportTo(export, out);
            return 0;
        }
        for (Lesson lesson : LessonCatalog.all()) {
            out.println(lesson.id() + "\t" + texts.title(lesson));
        }
        OutputFailed.check(out);
        return 0;
    }

    /** Writes every lesson's scene into {@code folder}, each file whole or not at all, and names each file written. */
    private void exportTo(Path folder, PrintWriter out) {
        makeFolder(folder);
        var files = LessonCatalog.all().stream().map(l -> folder.resolve(l.fileName())).toArray(Path[]::new);
        Outputs.check(files);
        for (Lesson lesson : LessonCatalog.all()) {
            Path file = folder.resolve(lesson.fileName());
            try {
                SceneFile.write(file, LessonCatalog.scene(lesson));
            } catch (SettingException e) {
                throw new UsageError(e.getMessage());
            }
            out.println(file);
        }
        OutputFailed.check(out);
    }

    private static void makeFolder(Path folder) {
        if (folder.toString().isEmpty()) {
            throw new UsageError("--export needs a folder name");
        }
        if (java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        if (java.nio.file.Files.exists(folder)) {
            throw new UsageError(folder + ": is not a folder, so the lessons cannot be written into it");
        }
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UsageError(folder + ": the folder cannot be made (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
