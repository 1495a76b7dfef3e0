package org.descentlab.ui.network;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.optim.Adam;
import org.descentlab.ui.ScreenshotWindow;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of overfitting and early stopping, to look at: {@code mvn -Pscreenshots test
 * -Dtest=RegularisationScreenshotsTest}, into {@code -Dregularisation.screenshots.dir} (default
 * {@code target/regularisation-shots}), the two the README shows also into {@code screenshots/}. A small noisy
 * problem (10 clusters of 15 points, σ 2.5, 30 % held out) and a wide network (2-128-10, Adam at 0.01): without early
 * stopping the validation loss falls, then rises while the training loss goes on falling (overfitting); with a patience
 * of 20 epochs the run stops and keeps the epoch of lowest validation loss, which the charts mark. At the screen sizes
 * of a classroom, in English and Korean, and in classroom mode. Not part of the normal test run (tag
 * {@code screenshots}).
 */
@Tag("screenshots")
class RegularisationScreenshotsTest extends NetworkPicturesFixture {

    private static final Path DIR = Path.of(System.getProperty("regularisation.screenshots.dir",
            "target/regularisation-shots"));
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768});
    private static final int OVERFITTING_EPOCHS = 300;
    private static final int PATIENCE = 20;

    @Test
    void overfittingWithoutEarlyStoppingAndTheKeptEpochWithIt() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(1);
            tab.useRestartQuestion((change, epochs) -> true);
            tab.views().choiceProperty().set(NetworkViews.Choice.BOUNDARY);
            model.regenerate(10, 15, 2.5, 0, 0.3);
            model.setNetwork(128, Activation.SIGMOID, 0, 1);
            model.setOptimizer(Adam.TYPE);
            model.setHyperparameter("lr", 0.01);
            model.setRegularisation(0, 0);
            model.setSpeedLimit(0);
            model.setEpochs(OVERFITTING_EPOCHS);
            model.reset();
        });
        trainToTheEnd();
        shootAll("overfitting");

        robot.interact(() -> {
            model.setRegularisation(0, PATIENCE);
            model.setEpochs(1000);
            model.reset();
        });
        trainToTheEnd();
        shootAll("early-stopping");
    }

    private void trainToTheEnd() throws Exception {
        robot.interact(model::train);
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.playingProperty().get() && model.idle());
        TestApp.waitFrames(3);
    }

    private void shootAll(String name) throws Exception {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                shoot(name, language, size);
            }
        }
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        for (int[] size : SIZES) {
            ScreenshotWindow.resize(robot, stage, size);
            showTheRegularisationControls();
            robot.interact(tab::refreshNow);
            TestApp.waitFrames(3);
            ScreenshotWindow.save(robot, stage, DIR.resolve(name + "-classroom-" + ScreenshotWindow.name(size)
                    + ".png"));
        }
        robot.interact(Presentation::reset);
    }

    /** Scrolls the settings column so that the dropout and early-stopping controls are in the middle of it. */
    private void showTheRegularisationControls() {
        robot.interact(() -> {
            var column = (javafx.scene.control.ScrollPane) tab.lookup("#networkSettings");
            var target = tab.lookup("#patienceChoice");
            double y = column.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
            double room = column.getContent().getLayoutBounds().getHeight() - column.getViewportBounds().getHeight();
            column.setVvalue(Math.max(0, Math.min(1, (y - column.getViewportBounds().getHeight() / 2) / room)));
        });
    }

    private void shoot(String name, Language language, int[] size) throws Exception {
        ScreenshotWindow.resize(robot, stage, size);
        showTheRegularisationControls();
        robot.interact(tab::refreshNow);
        TestApp.waitFrames(3);
        String lang = language == Language.ENGLISH ? "en" : "ko";
        ScreenshotWindow.save(robot, stage, DIR.resolve(name + "-" + lang + "-" + ScreenshotWindow.name(size)
                + ".png"));
        if (language == Language.ENGLISH && size[0] == 1280) {
            ScreenshotWindow.save(robot, stage, README_DIR.resolve(name + ".png"));
        }
    }
}
