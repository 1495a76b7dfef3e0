package org.descentlab.ui.surface;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.paint.Color;
import org.descentlab.core.descent.Walker;

/**
 * The previous run's paths, kept when the race restarts (a new start, new settings, Reset) so that the plot can show
 * them as faint dashed ghosts beside the new run. One run is kept: the one before the last restart. Two generations
 * of dashed lines in eleven colours would read as noise; one answers "what did this change do?".
 *
 * <p>A restart from a race that had not moved (a drag of the start point restarts at every pixel) keeps the ghost it
 * has, so the ghost is the last run that went somewhere. A new surface forgets them: a path of another surface means
 * nothing here.
 */
public final class GhostPaths {

    /**
     * One racer's previous path.
     *
     * @param key the racer's {@link OptimizerSlot#key}: a ghost is drawn where that racer is drawn
     * @param colour the racer's colour
     * @param xs the path's x, step 0 first
     * @param ys the path's y
     * @param diverged whether the run diverged (its end is drawn as a cross)
     */
    public record Ghost(String key, Color colour, double[] xs, double[] ys, boolean diverged) {

        /** The number of points. */
        public int size() {
            return xs.length;
        }
    }

    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private List<Ghost> ghosts = List.of();

    GhostPaths() {
        shown.addListener((o, was, is) -> changed());
    }

    /**
     * Whether the ghosts are drawn. Off until switched on, as the scene's defaults have every view of issue 13, so that
     * older scene files and lessons open as they looked; the previous run is kept all the same, so switching them on
     * after a restart shows the run before it.
     */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Increases whenever the ghosts or their visibility change: the plots draw their paths again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The kept paths, whether drawn or not. */
    public List<Ghost> all() {
        return ghosts;
    }

    /** The ghosts to draw now: none while hidden. */
    List<Ghost> visible() {
        return shown.get() ? ghosts : List.of();
    }

    /** Whether a previous run is kept. */
    public boolean any() {
        return !ghosts.isEmpty();
    }

    /**
     * Keeps the paths of {@code racers} as the previous run, just before their walkers restart; a race in which no
     * walker has moved leaves the kept run as it is.
     */
    void capture(List<OptimizerSlot> racers) {
        var kept = racers.stream().filter(s -> s.walker() != null && s.walker().path().size() > 1)
                .map(GhostPaths::ghostOf).toList();
        if (!kept.isEmpty()) {
            ghosts = kept;
            changed();
        }
    }

    /** Forgets the previous run. */
    public void clear() {
        if (!ghosts.isEmpty()) {
            ghosts = List.of();
            changed();
        }
    }

    private static Ghost ghostOf(OptimizerSlot slot) {
        Walker walker = slot.walker();
        var path = walker.path();
        int n = path.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = path.x(k);
            ys[k] = path.y(k);
        }
        return new Ghost(slot.key(), slot.colour(), xs, ys, walker.status().diverged());
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
