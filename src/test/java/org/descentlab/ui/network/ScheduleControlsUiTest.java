package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The learning-rate schedule's controls in both tabs, driven headless: a shape chosen, a value typed, a bad value
 * refused, the rate in use and the curve's dot following the run, a scene's schedule shown, a declined start-over.
 */
@Tag("ui")
class ScheduleControlsUiTest {

    private static DescentLabApp app;
    private static SurfaceTabModel surfaces;
    private static NetworkTabModel network;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.launch();
        surfaces = app.window().surfaceTab().model();
        network = app.window().networkTab().model();
    }

    @AfterAll
    static void stop() throws Exception {
        TestApp.close(app);
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T find(String id) {
        return (T) app.window().root().lookup("#" + id);
    }

    @Test
    void onTheSurfacesAShapeAndAValueChosenRaceAndShowTheRateInUse() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            surfaces.setSurface(SurfaceRegistry.find("bowl").orElseThrow());
            surfaces.setSchedule(Schedule.CONSTANT);
        });
        ChoiceBox<ScheduleKind> kind = find("surfaceScheduleKind");
        assertFalse(find("surfaceScheduleCurve").isVisible(), "a constant rate needs no curve");
        robot.interact(() -> kind.setValue(ScheduleKind.STEP));
        assertEquals(new Schedule(ScheduleKind.STEP), surfaces.scheduleProperty().get());
        assertTrue(find("surfaceScheduleCurve").isVisible());
        TextField every = find("surfaceSchedule-every-field");
        robot.interact(() -> {
            every.setText("4");
            every.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(4, surfaces.scheduleProperty().get().values().get("every"));
        robot.interact(() -> {
            every.setText("lots");
            every.fireEvent(new javafx.event.ActionEvent());
        });
        Label problem = find("surfaceScheduleProblem");
        assertTrue(problem.isVisible() && problem.getText().contains("lots"), problem.getText());
        assertEquals("4", every.getText(), "the value in force is back in the field");
        assertEquals(4, surfaces.scheduleProperty().get().values().get("every"));
        robot.interact(() -> {
            for (int i = 0; i < 9; i++) {
                surfaces.singleStep();
            }
        });
        // t = 9: × 0.5^⌊9/4⌋ = 0.25, for the racer whose rule is on show (gradient descent, the first).
        double lr = surfaces.slot("gd").valuesProperty().get().get("lr");
        Label now = find("surfaceScheduleNow");
        assertTrue(now.getText().contains("9") && now.getText().contains("0.25"), now.getText());
        assertTrue(now.getText().contains(org.descentlab.core.optim.Hyperparameter.format(
                org.descentlab.ui.widgets.ScheduleControlProbe.round(lr * 0.25))), now.getText());
        assertEquals(9, org.descentlab.ui.widgets.ScheduleControlProbe.marker(find("surfaceScheduleCurve")));
        robot.interact(() -> surfaces.apply(surfaces.scene().withSchedule(new Schedule(ScheduleKind.COSINE))));
        assertEquals(ScheduleKind.COSINE, kind.getValue(), "a scene's schedule is shown");
        assertTrue(find("surfaceSchedule-period-field") != null);
        robot.interact(() -> surfaces.setSchedule(Schedule.CONSTANT));
    }

    @Test
    void aSliderDraggedRedrawsTheCurveAndPutsTheValueInForceWhenLetGo() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(0);
            surfaces.setSchedule(new Schedule(ScheduleKind.STEP));
        });
        javafx.scene.control.Slider factor = find("surfaceSchedule-factor-slider");
        org.descentlab.ui.widgets.ScheduleCurve curve = find("surfaceScheduleCurve");
        robot.interact(() -> {
            factor.setValueChanging(true);
            factor.setValue(0.2);
        });
        assertEquals(0.5, surfaces.scheduleProperty().get().values().get("factor"), "not yet in force");
        assertEquals(0.2, org.descentlab.ui.widgets.ScheduleControlProbe.shown(curve).values().get("factor"));
        robot.interact(() -> factor.setValueChanging(false));
        assertEquals(0.2, surfaces.scheduleProperty().get().values().get("factor"));
        javafx.scene.control.Slider every = find("surfaceSchedule-every-slider");
        robot.interact(() -> every.setValue(Math.log10(37.3))); // a click on the track: whole steps, at once
        assertEquals(37, surfaces.scheduleProperty().get().values().get("every"));
        robot.interact(() -> surfaces.setSchedule(Schedule.CONSTANT));
    }

    @Test
    void onTheNetworkANewScheduleStartsOverOnlyWhenThePersonAgrees() throws Exception {
        robot.interact(() -> {
            app.window().selectTab(1);
            var scene = network.scene();
            network.apply(scene.withTraining(scene.training().withSchedule(Schedule.CONSTANT).withEpochs(2)
                    .withSpeedLimit(0)), network.folder());
            network.train();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !network.playingProperty().get()
                && network.epoch() == 2);
        ChoiceBox<ScheduleKind> kind = find("networkScheduleKind");
        var tab = app.window().networkTab();
        robot.interact(() -> {
            tab.useRestartQuestion((change, epochs) -> false);
            kind.setValue(ScheduleKind.WARMUP);
        });
        assertEquals(Schedule.CONSTANT, network.scene().training().schedule());
        assertEquals(ScheduleKind.CONSTANT, kind.getValue(), "declined: the choice shows the schedule in force");
        assertEquals(2, network.epoch());
        robot.interact(() -> {
            tab.useRestartQuestion((change, epochs) -> true);
            kind.setValue(ScheduleKind.WARMUP);
        });
        assertEquals(new Schedule(ScheduleKind.WARMUP), network.scene().training().schedule());
        assertEquals(0, network.trainedEpochs());
        Label now = find("networkScheduleNow");
        // Epoch 0 of a warm-up over 100 epochs: × 1/100, Adam's 0.001 → 1e-05.
        assertTrue(now.getText().contains("0.01") && now.getText().contains("1e-05"), now.getText());
        robot.interact(() -> {
            var scene = network.scene();
            network.apply(scene.withTraining(scene.training().withSchedule(Schedule.CONSTANT)), network.folder());
        });
        assertEquals(ScheduleKind.CONSTANT, kind.getValue());
    }
}
