package org.descentlab.ui.network;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.ui.ScreenshotWindow;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the network tab's loss landscape and Gradients chart, to look at: {@code mvn -Pscreenshots test
 * -Dtest=DepthScreenshotsTest}, into {@code -Ddepth.screenshots.dir} (default {@code target/depth-shots}), the two the
 * README shows also into {@code screenshots/}: the seed's network after 60 epochs with its landscape, and sigmoid
 * beside ReLU at four hidden layers with their gradients. At the screen sizes of a classroom, in English and Korean,
 * and in classroom mode. Not part of the normal test run (tag {@code screenshots}).
 */
@Tag("screenshots")
class DepthScreenshotsTest extends NetworkPicturesFixture {

    private static final Path DIR = Path.of(System.getProperty("depth.screenshots.dir", "target/depth-shots"));
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    /** The pictures the README shows, at 1280 × 720 in English. */
    private static final java.util.Set<String> README = java.util.Set.of("network-landscape", "gradients-depth4");
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768},
            new int[] {1600, 1000});

    @Test
    void theLandscapeAfterTrainingAndTheGradientsOfSigmoidAndReluAtDepthFour() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(1);
            tab.useRestartQuestion((change, epochs) -> true);
            tab.views().choiceProperty().set(NetworkViews.Choice.LANDSCAPE);
        });
        train(60);
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                shoot("network-landscape", language, size);
            }
        }
        classroom("network-landscape");
        timeTheLandscape("seed network, 60 epochs");
        robot.interact(() -> tab.views().landscape().planeChoice().setValue(LandscapePlane.Kind.RANDOM));
        waitForLandscapes();
        shoot("network-landscape-random", Language.ENGLISH, SIZES.get(0));

        robot.interact(() -> {
            model.pause();
            model.setNetwork(64, Activation.SIGMOID, 0, 4);
            model.compare(List.of(
                    new ComparisonRun("Sigmoid", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.SIGMOID, null),
                    new ComparisonRun("ReLU", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.RELU, null)));
            tab.views().choiceProperty().set(NetworkViews.Choice.GRADIENTS);
        });
        train(60);
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                shoot("gradients-depth4", language, size);
            }
        }
        classroom("gradients-depth4");
        timeTheLandscape("2-64-64-64-64-10, two runs");
        robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.LANDSCAPE));
        waitForLandscapes();
        shoot("network-landscape-compared", Language.ENGLISH, SIZES.get(0));
    }

    /** Not a picture: how long Recompute takes in the window for the runs on show, printed and kept in target. */
    private void timeTheLandscape(String what) throws Exception {
        robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.LANDSCAPE));
        waitForLandscapes();
        long start = System.nanoTime();
        robot.interact(() -> tab.views().landscape().compute());
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !tab.views().landscape().computing());
        double seconds = (System.nanoTime() - start) / 1e9;
        int size = tab.views().landscape().views().get(0).picture().map().grid().columns();
        String line = String.format(java.util.Locale.ROOT, "landscape_window_s (%s, %d x %d): %.2f s%n", what, size,
                size, seconds);
        System.out.print(line);
        java.nio.file.Files.writeString(Path.of("target", "landscape-window.txt"), line,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Trains every run to epoch {@code epochs} and waits until the views have caught up. */
    private void train(int epochs) throws Exception {
        trainTo(epochs);
        waitForLandscapes();
    }

    private void waitForLandscapes() throws Exception {
        TestApp.waitFrames(3);
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !tab.views().landscape().computing());
        TestApp.waitFrames(3);
    }

    private void classroom(String name) throws Exception {
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        waitForLandscapes();
        for (int[] size : SIZES) {
            ScreenshotWindow.resize(robot, stage, size);
            robot.interact(tab::refreshNow);
            TestApp.waitFrames(3);
            ScreenshotWindow.save(robot, stage, DIR.resolve(name + "-classroom-" + ScreenshotWindow.name(size)
                    + ".png"));
        }
        robot.interact(Presentation::reset);
    }

    private void shoot(String name, Language language, int[] size) throws Exception {
        ScreenshotWindow.resize(robot, stage, size);
        robot.interact(tab::refreshNow);
        TestApp.waitFrames(3);
        String lang = language == Language.ENGLISH ? "en" : "ko";
        String file = name + "-" + lang + "-" + ScreenshotWindow.name(size) + ".png";
        ScreenshotWindow.save(robot, stage, DIR.resolve(file));
        if (README.contains(name) && language == Language.ENGLISH && size[0] == 1280) {
            ScreenshotWindow.save(robot, stage, README_DIR.resolve(name + ".png"));
        }
    }
}
