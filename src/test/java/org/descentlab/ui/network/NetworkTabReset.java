package org.descentlab.ui.network;

import java.util.function.Consumer;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.DescentLabApp;

/** The reset that the network tab's UI test classes make before each test. */
final class NetworkTabReset {

    private NetworkTabReset() {
    }

    /**
     * On the JavaFX thread: the network tab on show, training and comparing stopped, training sessions of the usual
     * kind, then {@code settings} (data, network, optimizer, …), and a fresh run of them at full speed with the
     * boundary on show, no messages, and every restart confirmed without a question.
     */
    static void freshRun(DescentLabApp app, NetworkTab tab, Consumer<NetworkTabModel> settings) {
        app.window().selectTab(1);
        NetworkTabModel model = tab.model();
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
