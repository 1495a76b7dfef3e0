package org.descentlab.ui;

/** The version of the app, as the jar's manifest states it. */
public final class AppVersion {

    private AppVersion() {
    }

    /**
     * The {@code Implementation-Version} of the jar this class was loaded from, or "development build" when there
     * is none (running from {@code target/classes}, or a jar built without that manifest entry).
     */
    public static String current() {
        return orDevelopmentBuild(AppVersion.class.getPackage().getImplementationVersion());
    }

    /** {@code version}, or "development build" when it is missing or blank. */
    static String orDevelopmentBuild(String version) {
        return version == null || version.isBlank() ? UiText.About.DEVELOPMENT_BUILD : version.strip();
    }
}
