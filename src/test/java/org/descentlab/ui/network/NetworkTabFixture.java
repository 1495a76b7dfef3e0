package org.descentlab.ui.network;

import java.util.function.Consumer;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;

/**
 * What the network tab's UI test classes share: one app for the class, its network tab and model, and the reset most
 * of them make before each test ({@link #freshRun}).
 */
abstract class NetworkTabFixture {

    static DescentLabApp app;
    static NetworkTab tab;
    static NetworkTabModel model;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launchTheApp() throws Exception {
        app = TestApp.launch();
        tab = app.window().networkTab();
        model = tab.model();
    }

    @AfterAll
    static void closeTheApp() throws Exception {
        TestApp.close(app);
    }

    /**
     * On the JavaFX thread: the network tab on show, training and comparing stopped, training sessions of the usual
     * kind, then {@code settings} (data, network, optimizer, …), and a fresh run of them at full speed with the
     * boundary on show, no messages, and every restart confirmed without a question.
     */
    static void freshRun(Consumer<NetworkTabModel> settings) {
        app.window().selectTab(1);
        model.useSessions(TrainingSession::new);
        model.pause();
        if (model.comparingProperty().get()) {
            model.stopComparing();
        }
        settings.accept(model);
        model.setSpeedLimit(0);
        model.reset();
        tab.views().choiceProperty().set(NetworkViews.Choice.BOUNDARY);
        tab.clearMessages();
        tab.useRestartQuestion((change, epochs) -> true);
    }
}
