package org.descentlab.ui;

import org.descentlab.ui.words.Words;

/** The version of the app, as the jar's manifest states it. */
public final class AppVersion {

    /** What the log calls a build without a version (the log is in English for the authors). */
    private static final String DEVELOPMENT_BUILD = "development build";

    private AppVersion() {
    }

    /**
     * The {@code Implementation-Version} of the jar this class was loaded from, or "development build" when there
     * is none (running from {@code target/classes}, or a jar built without that manifest entry). In English, for
     * the log.
     */
    public static String current() {
        return orDevelopmentBuild(implementationVersion());
    }

    /** The version as Help → About shows it: the manifest's, or "development build" in the language spoken. */
    static String shown() {
        String version = implementationVersion();
        return version == null || version.isBlank() ? Words.get("frame.about.development_build") : version.strip();
    }

    /** {@code version}, or "development build" when it is missing or blank. */
    static String orDevelopmentBuild(String version) {
        return version == null || version.isBlank() ? DEVELOPMENT_BUILD : version.strip();
    }

    private static String implementationVersion() {
        return AppVersion.class.getPackage().getImplementationVersion();
    }
}
