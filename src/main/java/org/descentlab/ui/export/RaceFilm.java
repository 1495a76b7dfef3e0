package org.descentlab.ui.export;

import java.util.ArrayList;
import java.util.Collection;
import javafx.scene.layout.Region;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.surface.RaceView;
import org.descentlab.ui.surface.SurfaceTabModel;

/**
 * A race on a surface from a scene's start, filmed with the surface tab's own plot or panels ({@link RaceView}): a
 * fresh model of the tab takes the scene, and each frame the race takes the steps up to that frame's step
 * ({@link ExportLimits#stepAt}): the same paths, bit for bit, as the window's race.
 */
final class RaceFilm implements Film {

    private final SurfaceTabModel model = new SurfaceTabModel();
    private final RaceView view;
    private final int steps;
    private final int frames;

    /**
     * @param scene the race as set up (its layout, optimizers, start)
     * @param steps steps of the whole film (the scene's own step count is replaced by it)
     * @param frames frames of the film: the first shows the start, the last step {@code steps}
     * @param heatMap the surface's heat map ({@link HeatMap#compute}, as the tab computes it)
     */
    RaceFilm(SurfacesScene scene, int steps, int frames, HeatMap heatMap) {
        if (heatMap.surface() != scene.surface()) {
            throw new IllegalArgumentException("the heat map is of " + heatMap.surface().info().id() + ", the race on "
                    + scene.surface().info().id());
        }
        this.steps = steps;
        this.frames = frames;
        model.apply(scene.withRun(steps, scene.noise(), scene.noiseSeed()));
        view = new RaceView(model, heatMap);
    }

    /** The views filmed (tests find where a surface point is drawn). */
    RaceView view() {
        return view;
    }

    @Override
    public Region root() {
        return view.node();
    }

    @Override
    public int frames() {
        return frames;
    }

    @Override
    public void request(int frame) {
        int due = ExportLimits.stepAt(frame, frames, steps) - model.race().clock();
        if (due > 0) {
            model.race().advance(due);
        }
    }

    @Override
    public boolean ready(int frame) {
        return true;
    }

    @Override
    public void draw(int frame) {
        view.redraw();
    }

    @Override
    public Collection<Integer> exactColours() {
        var colours = new ArrayList<>(view.racerColours());
        colours.add(0xffffff);
        colours.add(0x000000);
        return colours;
    }

    @Override
    public void close() {
        model.playingProperty().set(false);
    }
}
