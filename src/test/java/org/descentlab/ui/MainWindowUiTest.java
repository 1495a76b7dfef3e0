package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless under Monocle. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @Start
    void start(Stage stage) {
        new DescentLabApp().start(stage);
    }

    @Test
    void windowOpensWithTheSurfacesAndNetworkTabs(FxRobot robot) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals(List.of("Surfaces", "Network"), tabs.getTabs().stream().map(Tab::getText).toList());
        assertEquals("surfacesTab", tabs.getSelectionModel().getSelectedItem().getId());
        robot.clickOn("#networkTab");
        assertEquals("networkTab", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void windowIsTitledAndLargeEnoughForAProjector(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#mainTabs").query().getScene().getWindow();
        assertEquals("Descent Lab", stage.getTitle());
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
    }
}
