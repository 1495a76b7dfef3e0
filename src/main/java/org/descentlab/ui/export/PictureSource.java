package org.descentlab.ui.export;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.jfree.chart.fx.ChartViewer;

/**
 * Something on show that a picture can be taken of: a plot, a panel, a chart, a map. Tabs list theirs
 * ({@link org.descentlab.ui.AppTab#pictures()}); the Save picture dialog offers them, and each gets a camera button.
 *
 * @param id a stable name, never shown: the id of its camera button and the key the dialog remembers it by
 * @param name what it is, in the words of the moment ("The surface plot", "Panel: Adam")
 * @param node the node whose drawing is the picture
 * @param fileName the picture's suggested file name without its extension, e.g. {@code rosenbrock-overlay}
 */
public record PictureSource(String id, Supplier<String> name, Node node, String fileName) {

    /** Checks that nothing is missing. */
    public PictureSource {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(node);
        Objects.requireNonNull(fileName);
    }

    /** The id of the whole window's source. */
    public static final String WINDOW = "window";

    /** Whether it is a chart: only a chart may have a transparent background (a plot's is part of the plot). */
    public boolean chart() {
        return node instanceof ChartViewer;
    }

    /** Whether it is the whole window ({@link #window}). */
    public boolean wholeWindow() {
        return id.equals(WINDOW);
    }

    /**
     * The whole window: its content as it is on screen, menus and status line included (the camera buttons left out).
     *
     * @param root the window's root node, in its scene
     * @param fileName the suggested file name without its extension
     */
    public static PictureSource window(Node root, String fileName) {
        return new PictureSource(WINDOW, () -> org.descentlab.ui.words.Words.get("export.picture.window"), root,
                fileName);
    }

    /** Whether {@code node} is on screen now: in a window and neither it nor a parent hidden, and laid out. */
    public static boolean showing(Node node) {
        if (node.getScene() == null || node.getLayoutBounds().getWidth() < 1
                || node.getLayoutBounds().getHeight() < 1) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} as part of a file name: lower case, every run of characters other than letters and digits made
     * one hyphen ({@code "Adam lr 0.01"} → {@code adam-lr-0-01}).
     */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "picture" : slug;
    }
}
