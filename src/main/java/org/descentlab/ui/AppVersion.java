package org.descentlab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.descentlab.ui.words.Words;

/**
 * The version of the app: the pom's {@code project.version}, which the build writes into
 * {@code org/descentlab/version.properties} (a filtered resource), so it is the same from the runnable jar, the
 * installed app and {@code mvn javafx:run}.
 */
public final class AppVersion {

    /** The resource the build fills in. */
    static final String RESOURCE = "/org/descentlab/version.properties";
    /** What the log calls a build without a version (the log is in English for the authors). */
    private static final String DEVELOPMENT_BUILD = "development build";

    private AppVersion() {
    }

    /**
     * The pom's version, or "development build" when the resource is missing or was not filled in (classes compiled
     * by an IDE without Maven's resource filtering). In English, for the log.
     */
    public static String current() {
        return orDevelopmentBuild(fromResource(AppVersion.class.getResourceAsStream(RESOURCE)));
    }

    /** The version as Help → About shows it: the pom's, or "development build" in the language spoken. */
    static String shown() {
        String version = fromResource(AppVersion.class.getResourceAsStream(RESOURCE));
        return version == null ? Words.get("frame.about.development_build") : version;
    }

    /** {@code version}, or "development build" when it is missing or blank. */
    static String orDevelopmentBuild(String version) {
        return version == null || version.isBlank() ? DEVELOPMENT_BUILD : version.strip();
    }

    /**
     * The {@code version} in {@code resource} (closed here), or {@code null} when there is no resource, no such key,
     * a blank value, or a {@code ${...}} placeholder that was not filled in.
     */
    static String fromResource(InputStream resource) {
        if (resource == null) {
            return null;
        }
        var properties = new Properties();
        try (resource) {
            properties.load(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "").strip();
        return version.isEmpty() || version.contains("${") ? null : version;
    }
}
