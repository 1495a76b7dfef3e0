package org.descentlab.ui;

import java.util.Optional;
import java.util.prefs.Preferences;
import org.descentlab.ui.WindowPlacement.Area;
import org.descentlab.ui.WindowPlacement.Placement;

/**
 * Where the window was when it was last closed, kept in the user's preferences (the same node as
 * {@link RecentScenes}) so that it opens there again; {@link WindowPlacement} decides whether that is still on a
 * screen.
 */
public final class WindowMemory {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMISED = "window.maximised";

    private final Preferences node;

    /** Kept under {@code node} (tests pass a throwaway node). */
    public WindowMemory(Preferences node) {
        this.node = node;
    }

    /** Where the window was closed last, or empty the first time (or when what was kept is not a usable size). */
    public Optional<Placement> load() {
        double width = node.getDouble(WIDTH, Double.NaN);
        double height = node.getDouble(HEIGHT, Double.NaN);
        var bounds = new Area(node.getDouble(X, Double.NaN), node.getDouble(Y, Double.NaN), width, height);
        return bounds.isUsable() ? Optional.of(new Placement(bounds, node.getBoolean(MAXIMISED, false)))
                : Optional.empty();
    }

    /** Keeps {@code placement} for the next start. */
    public void save(Placement placement) {
        var bounds = placement.bounds();
        node.putDouble(X, bounds.x());
        node.putDouble(Y, bounds.y());
        node.putDouble(WIDTH, bounds.width());
        node.putDouble(HEIGHT, bounds.height());
        node.putBoolean(MAXIMISED, placement.maximised());
    }
}
