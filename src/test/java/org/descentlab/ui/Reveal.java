package org.descentlab.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls a control into view, as a person would before clicking it. */
public final class Reveal {

    private Reveal() {
    }

    public static String reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    var content = pane.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / hidden)));
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }
}
