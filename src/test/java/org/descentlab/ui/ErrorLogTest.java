package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log of unexpected errors. */
class ErrorLogTest {

    @TempDir
    Path dir;

    @Test
    void theHomeFolderCanBeMovedWithASystemProperty() {
        String before = System.getProperty(ErrorLog.HOME_PROPERTY);
        try {
            System.setProperty(ErrorLog.HOME_PROPERTY, dir.toString());
            assertEquals(dir.resolve("log.txt"), ErrorLog.standard().file());
            System.clearProperty(ErrorLog.HOME_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".descent-lab", "log.txt"),
                    ErrorLog.standard().file());
        } finally {
            if (before != null) {
                System.setProperty(ErrorLog.HOME_PROPERTY, before);
            }
        }
    }

    @Test
    void reportsAreAppendedWithTheirTimeAndWholeStackTraceAndTheFolderIsCreated() throws Exception {
        var log = new ErrorLog(dir.resolve("new-folder/log.txt"));
        var first = new IllegalStateException("first", new ArithmeticException("the cause"));
        assertTrue(log.append(ErrorLog.report(Thread.currentThread(), first,
                Instant.parse("2026-03-01T10:15:30Z"))).isEmpty());
        assertTrue(log.append(ErrorLog.report(Thread.currentThread(), new RuntimeException("second"),
                Instant.now())).isEmpty());
        String text = Files.readString(log.file());
        assertTrue(text.contains("2026-03-01T"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: first"), text);
        assertTrue(text.contains("Caused by: java.lang.ArithmeticException: the cause"), text);
        assertTrue(text.contains("at org.descentlab.ui.ErrorLogTest."), text);
        assertTrue(text.indexOf("first") < text.indexOf("second"), "appended, oldest first");
    }

    @Test
    void aLogThatCannotBeWrittenSaysWhyAndThrowsNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        var log = new ErrorLog(notAFolder.resolve("log.txt"));
        var why = log.append("anything");
        assertTrue(why.isPresent());
        assertTrue(why.get().contains("file"), why.get());
    }
}
