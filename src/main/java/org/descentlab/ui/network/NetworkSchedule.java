package org.descentlab.ui.network;

import java.util.List;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.ui.widgets.ProblemText;
import org.descentlab.ui.widgets.ScheduleControl;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * The network tab's learning-rate schedule: the optimizer's rate follows it over the epochs (t = epochs completed).
 * A new schedule trains again from the start (asking first, like the other changes that do), so the count t is always
 * the run's own epochs. The curve spans the epochs set; the line under it gives the rate the optimizer steps with now.
 */
final class NetworkSchedule {

    private NetworkSchedule() {
    }

    /** The control, following {@code model}'s scene. */
    static ScheduleControl control(NetworkTabModel model, NetworkTab tab) {
        var control = new ScheduleControl("networkSchedule", ScheduleControl.Unit.EPOCHS,
                model.sceneProperty().map(s -> s.training().schedule()), next -> set(model, tab, next),
                () -> moment(model));
        model.revisionProperty().addListener((o, was, is) -> control.refresh());
        return control;
    }

    private static String set(NetworkTabModel model, NetworkTab tab, Schedule next) {
        var scene = model.scene();
        if (next.equals(scene.training().schedule()) || !tab.mayStartOver(Words.get("schedule.change"))) {
            return null;
        }
        return model.apply(scene.withTraining(scene.training().withSchedule(next)), model.folder())
                .map(ProblemText::of).orElse(null);
    }

    /** The epochs set, the epochs done and, for a single run, the optimizer's rate as set. */
    private static ScheduleControl.Moment moment(NetworkTabModel model) {
        var t = model.scene().training();
        boolean one = !model.comparingProperty().get();
        return new ScheduleControl.Moment(t.epochs(), model.epoch(),
                one ? t.hyperparameters().get(Schedule.LEARNING_RATE) : Double.NaN,
                one ? Names.optimizer(t.optimizer()) : null);
    }

    /**
     * Whether the runs on show can take {@code next} while training on: the same schedule, and, when it is not
     * constant, no change that would give a run a new trainer (another optimizer, batch size, penalty …), whose epoch
     * count (the schedule's t) would start again from 0. A change that fails this starts over instead.
     */
    static boolean keepsItsCount(NetworkScene now, NetworkScene next) {
        if (!now.training().schedule().equals(next.training().schedule())) {
            return false;
        }
        if (next.training().schedule().constant()) {
            return true;
        }
        List<TrainingSettings> a = now.runSettings();
        List<TrainingSettings> b = next.runSettings();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            var wanted = b.get(i);
            if (!a.get(i).optimizer().equals(wanted.optimizer())
                    || !a.get(i).withHyperparameters(wanted.hyperparameters()).withEpochs(wanted.epochs()).equals(wanted)) {
                return false;
            }
        }
        return true;
    }
}
