package org.descentlab.ui;

/** For screenshot tests outside this package: what the window lets only its own package do. */
public final class ScreenshotWindow {

    private ScreenshotWindow() {
    }

    /** Classroom mode keeps the window's size (a picture at 1280 × 720, not the test's screen). */
    public static void keepTheSizeInClassroomMode(MainWindow window) {
        window.keepTheWindowSizeInClassroomMode();
    }
}
