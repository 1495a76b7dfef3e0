package org.descentlab.ui.network;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.optim.Adam;
import org.descentlab.ui.ScreenshotWindow;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the Playground datasets, to look at: {@code mvn -Pscreenshots test -Dtest=DataScreenshotsTest}, into
 * {@code -Ddata.screenshots.dir} (default {@code target/data-shots}). The two spirals learnt by a 2-8-8-2 ReLU network
 * (Adam η 0.01, batch 16, 500 points per class, noise σ 0.2, 150 epochs), and beside it the same training with one
 * hidden layer of 8, which cannot draw them; then XOR, circles and moons learnt by the same deeper network. At the
 * screen sizes of a classroom, in English and Korean; the README's {@code screenshots/spirals.png} is the deeper
 * network's spirals at 1280 × 720 in English. Not part of the normal test run (tag {@code screenshots}).
 */
@Tag("screenshots")
class DataScreenshotsTest extends NetworkPicturesFixture {

    private static final Path DIR = Path.of(System.getProperty("data.screenshots.dir", "target/data-shots"));
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768},
            new int[] {1600, 1000});
    private static final int EPOCHS = 150;

    @Test
    void theSpiralsWithOneAndTwoHiddenLayersAndTheOtherPictures() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(1);
            tab.useRestartQuestion((change, epochs) -> true);
            tab.views().choiceProperty().set(NetworkViews.Choice.BOUNDARY);
        });
        learn(DatasetKind.SPIRAL, 0.2, 2);
        shootAll("spirals-2-8-8-2");
        learn(DatasetKind.SPIRAL, 0.2, 1);
        shootAll("spirals-2-8-2");
        for (DatasetKind kind : List.of(DatasetKind.XOR, DatasetKind.CIRCLES, DatasetKind.MOONS)) {
            learn(kind, 0.5, 2);
            shootAll(kind.id() + "-2-8-8-2");
        }
    }

    /** {@code kind} with 500 points per class learnt by a ReLU network of {@code layers} hidden layers of 8. */
    private void learn(DatasetKind kind, double noise, int layers) throws Exception {
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            model.pause();
            model.regenerate(kind, 10, 500, 1.0, 0, 0, noise);
            model.setNetwork(8, Activation.RELU, 0, layers);
            model.setOptimizer(Adam.TYPE);
            model.setHyperparameter("lr", 0.01);
            model.setBatchSize(16);
            model.setSpeedLimit(0);
            model.setEpochs(EPOCHS);
            model.reset();
            model.train();
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.playingProperty().get() && model.idle());
        TestApp.waitFrames(3);
    }

    private void shootAll(String name) throws Exception {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                ScreenshotWindow.resize(robot, stage, size);
                robot.interact(tab::refreshNow);
                TestApp.waitFrames(3);
                String lang = language == Language.ENGLISH ? "en" : "ko";
                ScreenshotWindow.save(robot, stage, DIR.resolve(name + "-" + lang + "-" + ScreenshotWindow.name(size)
                        + ".png"));
                if (name.equals("spirals-2-8-8-2") && language == Language.ENGLISH && size[0] == 1280) {
                    ScreenshotWindow.save(robot, stage, README_DIR.resolve("spirals.png"));
                }
            }
        }
    }
}
