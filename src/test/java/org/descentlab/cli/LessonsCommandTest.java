package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.LessonCatalog;
import org.descentlab.core.lesson.LessonTexts;
import org.descentlab.core.scene.SceneFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lessons}: the list in both languages, the exported scene files, and what it refuses. */
class LessonsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryLessonInTheCatalogsOrderAsIdTabTitle() {
        var run = CliRun.of("lessons");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        var lines = run.outLines();
        var lessons = LessonCatalog.all();
        assertEquals(lessons.size(), lines.length);
        var english = LessonTexts.in("en");
        for (int i = 0; i < lines.length; i++) {
            assertEquals(lessons.get(i).id() + "\t" + english.title(lessons.get(i)), lines[i]);
        }
        assertEquals("descent-on-a-bowl\tGradient descent on a bowl", lines[0]);
    }

    @Test
    void langKoPrintsTheKoreanTitles() {
        var run = CliRun.of("lessons", "--lang", "ko");
        assertEquals(0, run.code(), run.err());
        var korean = LessonTexts.in("ko");
        var lines = run.outLines();
        for (int i = 0; i < lines.length; i++) {
            Lesson lesson = LessonCatalog.all().get(i);
            assertEquals(lesson.id() + "\t" + korean.title(lesson), lines[i]);
        }
        assertEquals("saddle-point\t안장점: 기울기가 사라지는 곳", lines[4]);
    }

    @Test
    void anUnknownLanguageIsOneLineOnStandardErrorAndExitCode2() {
        var run = CliRun.of("lessons", "--lang", "fr");
        assertEquals(Cli.USAGE, run.code());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertEquals("error: --lang must be en or ko, got 'fr'", run.errLines()[0]);
    }

    @Test
    void exportWritesEveryLessonsSceneFileAndEachReadsBackToTheSameScene() throws IOException {
        Path folder = dir.resolve("lessons");
        var run = CliRun.of("lessons", "--export", folder.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(LessonCatalog.all().size(), run.outLines().length);
        for (Lesson lesson : LessonCatalog.all()) {
            Path file = folder.resolve(lesson.id() + ".dlab.json");
            assertTrue(Files.isRegularFile(file), file.toString());
            assertEquals(LessonCatalog.scene(lesson), SceneFile.read(file).scene(), lesson.id());
        }
        try (var listing = Files.list(folder)) {
            assertEquals(LessonCatalog.all().size(), listing.count(), "no temporary files are left behind");
        }
    }

    @Test
    void anExportedLessonReplaysHeadlessWithTrajectoryAndTrain() {
        Path folder = dir.resolve("out");
        assertEquals(0, CliRun.of("lessons", "--export", folder.toString()).code());
        var race = CliRun.of("trajectory", "--scene", folder.resolve("local-minimum.dlab.json").toString());
        assertEquals(0, race.code(), race.err());
        assertEquals("optimizer,step,x,y,loss", race.outLines()[0]);
        assertEquals(1 + 2 * 201, race.outLines().length, "GD and Momentum, 200 steps each");
        var training = CliRun.of("train", "--scene", folder.resolve("overfitting.dlab.json").toString(), "--epochs",
                "2");
        assertEquals(0, training.code(), training.err());
        assertEquals(2, training.outLines().length);
        assertTrue(training.outLines()[1].contains("Val Loss"), "the lesson holds a validation split");
    }

    @Test
    void exportIntoAFileThatIsNotAFolderIsOneLineOnStandardErrorAndExitCode2() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        var run = CliRun.of("lessons", "--export", file.toString());
        assertEquals(Cli.USAGE, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("error: ") && run.errLines()[0].contains("not a folder"),
                run.errLines()[0]);
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void exportBelowAFileIsOneLineOnStandardErrorAndExitCode2() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        var run = CliRun.of("lessons", "--export", file.resolve("lessons").toString());
        assertEquals(Cli.USAGE, run.code());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("error: "), run.errLines()[0]);
    }
}
