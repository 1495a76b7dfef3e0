package org.descentlab.ui.widgets;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Single-key shortcuts of one tab: active while the tab is on show, except while the student is typing in a field
 * or choosing in an open drop-down list.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    /** Runs {@code actions} on their keys, pressed anywhere in {@code owner}'s window while it is visible. */
    public static void install(Node owner, Map<KeyCode, Runnable> actions) {
        owner.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                return;
            }
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                Runnable action = actions.get(e.getCode());
                if (action == null || e.isShortcutDown() || !treeVisible(owner)
                        || e.getTarget() instanceof TextInputControl || insideOpenList(e.getTarget())) {
                    return;
                }
                action.run();
                e.consume();
            });
        });
    }

    /** Whether this node and every parent is visible: a tab that is not selected hides its content's parent. */
    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Whether the key goes to an open drop-down list, which needs Space and the arrows itself. */
    private static boolean insideOpenList(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> combo && combo.isShowing()) {
                return true;
            }
        }
        return false;
    }
}
