package org.descentlab.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The file where unexpected errors are kept with their whole stack trace, for a student to send to the authors:
 * {@code ~/.descent-lab/log.txt}, or {@code log.txt} in the folder named by the system property
 * {@value #HOME_PROPERTY} (tests point it at a temporary folder). Writing it never throws: a log that cannot be
 * written is reported back, since the error it was meant to keep is being reported already.
 */
public final class ErrorLog {

    /** System property naming the app's folder instead of {@code ~/.descent-lab}. */
    public static final String HOME_PROPERTY = "descentlab.home";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Path file;

    /** A log written to {@code file} (its folder is created when the first error comes). */
    public ErrorLog(Path file) {
        this.file = file;
    }

    /** The app's folder: the {@value #HOME_PROPERTY} property if set, else {@code .descent-lab} in the user's home. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".descent-lab");
    }

    /** {@code log.txt} in {@link #home()}, as it is at the moment of the call. */
    public static ErrorLog standard() {
        return new ErrorLog(home().resolve("log.txt"));
    }

    public Path file() {
        return file;
    }

    /**
     * Appends {@code report} and a blank line.
     *
     * @return why it could not be written, or empty when it was
     */
    public synchronized Optional<String> append(String report) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.toString());
        }
    }

    /** The text kept for an error nobody caught: when, on which thread, which version, and the full stack trace. */
    public static String report(Thread thread, Throwable error, Instant when) {
        return report("Unexpected error on thread \"" + thread.getName() + "\":", error, when);
    }

    /** The text kept for one error: when, which version, {@code heading}, and the full stack trace. */
    public static String report(String heading, Throwable error, Instant when) {
        var trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return TIME.format(when.atZone(ZoneId.systemDefault())) + "  Descent Lab " + AppVersion.current()
                + ", Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")
                + System.lineSeparator() + heading + System.lineSeparator() + trace;
    }
}
