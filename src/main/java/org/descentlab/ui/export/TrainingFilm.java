package org.descentlab.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import javafx.scene.layout.Region;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.SettingException;
import org.descentlab.ui.network.LearningView;
import org.descentlab.ui.network.NetworkTabModel;

/**
 * A network learning from a scene's initial weights, filmed with the network tab's own maps and loss chart
 * ({@link LearningView}): a fresh model of the tab takes the scene, its runs train on their own workers, and each
 * frame waits (without holding the JavaFX thread) until every run has finished that frame's epoch
 * ({@link ExportLimits#stepAt}). Training is seeded, so the film is the same every time.
 */
final class TrainingFilm implements Film {

    private final NetworkTabModel model = new NetworkTabModel();
    private final LearningView view;
    private final int epochs;
    private final int frames;

    /**
     * @param scene the network as set up (data, network, optimizer, compared runs)
     * @param folder the folder its file names are read against, or {@code null} for the working folder
     * @param epochs epochs of the whole film (the scene's own epoch count is replaced by it)
     * @param frames frames of the film: the first shows the initial weights, the last epoch {@code epochs}
     * @throws SettingException when the scene cannot be set up (a data file that cannot be read)
     */
    TrainingFilm(NetworkScene scene, Path folder, int epochs, int frames) {
        this.epochs = epochs;
        this.frames = frames;
        var training = scene.training().withEpochs(epochs).withSpeedLimit(0);
        var problem = model.apply(scene.withTraining(training), folder);
        if (problem.isPresent()) {
            model.close();
            throw new SettingException(problem.get());
        }
        view = new LearningView(model);
    }

    @Override
    public Region root() {
        return view;
    }

    @Override
    public int frames() {
        return frames;
    }

    @Override
    public void request(int frame) {
        view.trainTo(ExportLimits.stepAt(frame, frames, epochs));
    }

    @Override
    public boolean ready(int frame) {
        return view.reached(ExportLimits.stepAt(frame, frames, epochs));
    }

    @Override
    public void draw(int frame) {
        view.redraw();
    }

    @Override
    public Collection<Integer> exactColours() {
        var colours = new ArrayList<>(view.colours());
        colours.add(0xffffff);
        colours.add(0x000000);
        colours.add(0xe00000); // the rings around misclassified points
        return colours;
    }

    @Override
    public void close() {
        model.close();
    }
}
