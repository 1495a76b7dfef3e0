package org.descentlab.ui.network;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the network tab's picture classes share besides {@link NetworkTabFixture}: the app on a larger headless
 * screen ({@link TestApp#launchForPictures}), the window's stage, training to an epoch at full speed, and normal sizes
 * and English again when the class ends.
 */
abstract class NetworkPicturesFixture extends NetworkTabFixture {

    static Stage stage;

    /** Hides {@link NetworkTabFixture#launchTheApp} (JUnit then runs this one alone): the app on a larger screen. */
    @BeforeAll
    static void launchTheApp() throws Exception {
        app = TestApp.launchForPictures();
        tab = app.window().networkTab();
        model = tab.model();
        stage = TestApp.stage(app);
    }

    @AfterAll
    static void normalSizesAndEnglish() {
        new FxRobot().interact(() -> {
            Presentation.reset();
            Words.setLanguage(Language.ENGLISH);
        });
    }

    /** Trains every run to epoch {@code epochs} at full speed and waits until training is over and drawn. */
    void trainTo(int epochs) throws Exception {
        robot.interact(() -> {
            model.setSpeedLimit(0);
            model.setEpochs(epochs);
            model.train();
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.playingProperty().get() && model.idle());
        TestApp.waitFrames(3);
    }
}
