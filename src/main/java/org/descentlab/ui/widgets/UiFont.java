package org.descentlab.ui.widgets;

import java.io.IOException;
import java.awt.GraphicsEnvironment;
import java.io.InputStream;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The one font of the whole window: Nanum Gothic (SIL Open Font License, {@code resources/org/descentlab/fonts/}),
 * shipped with the app because CI and many Linux desktops have no font with Hangul, and a Korean label in the
 * system font would show as boxes. The style sheet names it for every control; canvases and charts ask here.
 */
public final class UiFont {

    /** The family name the font files declare, as the style sheet writes it. */
    public static final String FAMILY = "NanumGothic";
    private static final String[] FILES = {"NanumGothic.ttf", "NanumGothicBold.ttf"};
    private static final Object JAVAFX_LOCK = new Object();
    private static volatile boolean loaded;
    private static volatile boolean registeredWithAwt;

    private UiFont() {
    }

    /** Loads the shipped font files (once; about a tenth of a second). Call before the first node is styled. */
    public static void load() {
        loadForJavaFx();
        registerWithAwt();
    }

    /**
     * Makes the font known to JavaFX only (once; some hundredths of a second): enough for nodes and canvases, not for
     * charts, which draw through AWT. The window's opening screen, painted before the app's other classes are loaded,
     * needs no more.
     */
    public static void loadForJavaFx() {
        // A lock of its own: registering with AWT, which the warm-up thread does during the start, holds the class's.
        synchronized (JAVAFX_LOCK) {
            if (!loaded) {
                loadFiles();
                loaded = true;
            }
        }
    }

    private static void loadFiles() {
        for (String file : FILES) {
            try (InputStream in = UiFont.class.getResourceAsStream("/org/descentlab/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the app");
                }
            } catch (IOException e) {
                throw new IllegalStateException("the font " + file + " could not be read", e);
            }
        }
    }

    /**
     * Makes the font known to AWT too, through which JFreeChart measures text and draws rotated axis labels (once;
     * a few hundred milliseconds, so the start-up's warm-up thread does it before the JavaFX thread asks).
     */
    public static synchronized void registerWithAwt() {
        if (registeredWithAwt) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = UiFont.class.getResourceAsStream("/org/descentlab/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the app");
                }
                GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("the font " + file + " could not be read", e);
            }
        }
        registeredWithAwt = true;
    }

    /** The font at {@code size} points. */
    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, FontWeight.NORMAL, size);
    }

    /** The bold font at {@code size} points. */
    public static Font bold(double size) {
        load();
        return Font.font(FAMILY, FontWeight.BOLD, size);
    }
}
