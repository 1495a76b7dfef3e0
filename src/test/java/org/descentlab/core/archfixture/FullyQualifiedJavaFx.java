package org.descentlab.core.archfixture;

/**
 * Breaks the core rules on purpose, for {@code ArchitectureTest}: a JavaFX class named in full, with no import line
 * for a source scan to find. It lives in the test sources, so it never reaches the jar.
 */
public final class FullyQualifiedJavaFx {

    private FullyQualifiedJavaFx() {
    }

    /** A colour in core, which must not know how anything is drawn. */
    public static javafx.scene.paint.Color classColour() {
        return javafx.scene.paint.Color.RED;
    }
}
