package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every word of the schedule controls, of every shape, in both tabs and both languages, comes from the bundles: the
 * labels, the choices, the line with the rate in use, the tooltips and a refused value's message.
 */
@Tag("ui")
class ScheduleWordsUiTest {

    private static DescentLabApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Words.markForTesting(true);
        app = TestApp.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            new FxRobot().interact(() -> Words.setLanguage(Language.ENGLISH));
            TestApp.close(app);
        } finally {
            Words.markForTesting(false);
        }
    }

    @Test
    void everyShapesWordsComeFromTheBundlesInBothLanguages() {
        var surfaces = app.window().surfaceTab().model();
        var network = app.window().networkTab().model();
        for (Language language : Language.values()) {
            for (ScheduleKind kind : ScheduleKind.values()) {
                robot.interact(() -> {
                    Words.setLanguage(language);
                    surfaces.setSchedule(new Schedule(kind));
                    surfaces.singleStep();
                    var scene = network.scene();
                    network.apply(scene.withTraining(scene.training().withSchedule(new Schedule(kind))),
                            network.folder());
                });
                for (String id : List.of("surfaceSchedule", "networkSchedule")) {
                    Node control = app.window().root().lookup("#" + id);
                    if (!kind.parameters().isEmpty()) {
                        var field = (TextField) control.lookup("#" + id + "-" + kind.parameters().get(0).key()
                                + "-field");
                        robot.interact(() -> {
                            field.setText("x");
                            field.fireEvent(new ActionEvent());
                        });
                    }
                    UiStrings strings = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                            () -> new UiStrings(n -> false).walk(control)));
                    assertEquals(List.of(), strings.offenders(), language + " " + kind + " " + id);
                    int expected = 3 + 3 * kind.parameters().size(); // title, choice, tooltip; label, tip, tip each
                    assertTrue(strings.seen().size() >= expected, strings.seen().toString());
                }
            }
        }
    }
}
