package org.descentlab.ui.surface;

import javafx.scene.Node;
import org.descentlab.ui.widgets.Presentation;

/**
 * What folds away in classroom mode: the controls a demonstration does not need (long help texts, the more-settings
 * sections, the finer race settings), so that the ones it does need, 1.5 times larger, fit a 1280 × 720 projector.
 */
final class ClassroomFold {

    private ClassroomFold() {
    }

    /** Hides {@code node}, and gives its room back, while classroom mode is on. */
    static <T extends Node> T fold(T node) {
        var outsideClassroom = Presentation.classroomProperty().not();
        node.visibleProperty().bind(outsideClassroom);
        node.managedProperty().bind(outsideClassroom);
        return node;
    }
}
