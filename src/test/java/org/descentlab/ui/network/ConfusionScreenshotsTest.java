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
 * Pictures of the Confusion view and of the class probabilities under the mouse, to look at: {@code mvn -Pscreenshots
 * test -Dtest=ConfusionScreenshotsTest}, into {@code -Dconfusion.screenshots.dir} (default
 * {@code target/confusion-shots}); the README's one, the seed's clusters with a validation split after 30 epochs at
 * 1280 × 720 in English with the settings folded away, also into {@code screenshots/confusion-matrix.png}. At the screen sizes of a classroom, in
 * English and Korean, and in classroom mode; fifty classes as a heat grid; three batch sizes compared. Not part of
 * the normal test run (tag {@code screenshots}).
 */
@Tag("screenshots")
class ConfusionScreenshotsTest extends NetworkPicturesFixture {

    private static final Path DIR = Path.of(System.getProperty("confusion.screenshots.dir", "target/confusion-shots"));
    private static final Path README_DIR = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    /** The picture the README shows, at 1280 × 720 in English. */
    private static final String README = "confusion-folded";
    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768});

    @Test
    void theConfusionMatricesAndTheProbabilitiesUnderTheMouse() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(1);
            tab.useRestartQuestion((change, epochs) -> true);
            model.regenerate(10, 100, 1, 0, 0.2);
            tab.views().choiceProperty().set(NetworkViews.Choice.CONFUSION);
        });
        train(30);
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            robot.interact(() -> Words.setLanguage(language));
            for (int[] size : SIZES) {
                shoot("confusion", language, size);
            }
        }
        hoverCell(3, 7, SIZES.get(0));
        shoot("confusion-readout", Language.KOREAN, SIZES.get(0));
        mouseAway();
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        classroom("confusion");
        // As a teacher shows it: the settings folded away, the matrices with their percentages.
        robot.interact(() -> tab.networkLayout().controlsShownProperty().set(false));
        shoot("confusion-folded", Language.ENGLISH, SIZES.get(0));
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        shoot("confusion-folded", Language.KOREAN, SIZES.get(1));
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        classroom("confusion-folded");
        robot.interact(() -> tab.networkLayout().controlsShownProperty().set(true));

        robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.BOUNDARY));
        TestApp.waitFrames(3);
        hoverMap(tab.boundary(), 0.6, 0.45, SIZES.get(0));
        shoot("probabilities", Language.ENGLISH, SIZES.get(0));
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        hoverMap(tab.boundary(), 0.6, 0.45, SIZES.get(1));
        shoot("probabilities", Language.KOREAN, SIZES.get(1));
        robot.interact(() -> {
            Words.setLanguage(Language.ENGLISH);
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        hoverMap(tab.boundary(), 0.6, 0.45, SIZES.get(0));
        shoot("probabilities-classroom", Language.ENGLISH, SIZES.get(0));
        robot.interact(Presentation::reset);

        robot.interact(() -> {
            model.pause();
            model.setOptimizer(Adam.TYPE);
            model.compare(BatchPreset.runs(Adam.TYPE, Adam.TYPE.defaults()));
        });
        train(5);
        hoverMap(tab.comparisonPanels().get(1), 0.35, 0.6, SIZES.get(0));
        shoot("probabilities-compared", Language.ENGLISH, SIZES.get(0));
        mouseAway();
        robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.CONFUSION));
        waitForMatrices();
        shoot("confusion-batch-sizes", Language.ENGLISH, SIZES.get(0));
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        shoot("confusion-batch-sizes", Language.KOREAN, SIZES.get(1));
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));

        robot.interact(() -> {
            model.stopComparing();
            model.regenerate(50, 20, 0.6, 0, 0.2);
            model.setNetwork(128, Activation.RELU, 0, 2);
        });
        train(40);
        shoot("confusion-50-classes", Language.ENGLISH, SIZES.get(0));
        hoverCell(17, 17, SIZES.get(1));
        shoot("confusion-50-classes-readout", Language.ENGLISH, SIZES.get(1));
        mouseAway();
        robot.interact(() -> tab.views().choiceProperty().set(NetworkViews.Choice.BOUNDARY));
        TestApp.waitFrames(3);
        hoverMap(tab.boundary(), 0.5, 0.5, SIZES.get(0));
        shoot("probabilities-50-classes", Language.ENGLISH, SIZES.get(0));
    }

    /** Takes the mouse off the views (to the window's corner): the next pictures show no readout. */
    private void mouseAway() throws Exception {
        robot.moveTo(new javafx.geometry.Point2D(stage.getX() + 4, stage.getY() + 4));
        TestApp.waitFrames(2);
    }

    /** Puts the mouse over cell (row, column) of the training matrix, the window {@code size}. */
    private void hoverCell(int row, int column, int[] size) throws Exception {
        ScreenshotWindow.resize(robot, stage, size);
        waitForMatrices();
        var view = tab.views().confusion().views().get(0);
        robot.moveTo(view.localToScreen(view.cellCentre(0, row, column)));
        TestApp.waitFrames(2);
    }

    /** Puts the mouse over the map at the fractions (fx, fy) of its width and height, the window {@code size}. */
    private void hoverMap(BoundaryView map, double fx, double fy, int[] size) throws Exception {
        ScreenshotWindow.resize(robot, stage, size);
        robot.interact(tab::refreshNow);
        TestApp.waitFrames(2);
        var bounds = map.localToScreen(map.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(bounds.getMinX() + fx * bounds.getWidth(),
                bounds.getMinY() + fy * bounds.getHeight()));
        TestApp.waitFrames(2);
    }

    private void train(int epochs) throws Exception {
        trainTo(epochs);
        waitForMatrices();
    }

    private void waitForMatrices() throws Exception {
        var ready = new java.util.concurrent.atomic.AtomicBoolean();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                tab.refreshNow();
                ready.set(tab.views().choiceProperty().get() != NetworkViews.Choice.CONFUSION
                        || tab.views().confusion().current());
            });
            return ready.get();
        });
        TestApp.waitFrames(2);
    }

    private void classroom(String name) throws Exception {
        robot.interact(() -> {
            ScreenshotWindow.keepTheSizeInClassroomMode(app.window());
            Presentation.classroomProperty().set(true);
        });
        for (int[] size : SIZES) {
            ScreenshotWindow.resize(robot, stage, size);
            waitForMatrices();
            ScreenshotWindow.save(robot, stage, DIR.resolve(name + "-classroom-" + ScreenshotWindow.name(size)
                    + ".png"));
        }
        robot.interact(Presentation::reset);
    }

    private void shoot(String name, Language language, int[] size) throws Exception {
        ScreenshotWindow.resize(robot, stage, size);
        waitForMatrices();
        String lang = language == Language.ENGLISH ? "en" : "ko";
        String file = name + "-" + lang + "-" + ScreenshotWindow.name(size) + ".png";
        ScreenshotWindow.save(robot, stage, DIR.resolve(file));
        if (name.equals(README) && language == Language.ENGLISH && size[0] == 1280) {
            ScreenshotWindow.save(robot, stage, README_DIR.resolve("confusion-matrix.png"));
        }
    }
}
