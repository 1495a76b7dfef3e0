package org.descentlab.ui.lessons;

import java.util.List;
import java.util.Optional;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.LessonCatalog;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.ComparisonRun;
import org.descentlab.core.scene.Scene;

/** What the Lessons panel shows of a lesson beside its words: the optimizers of its rules and their values. */
final class LessonWords {

    private LessonWords() {
    }

    /** The optimizers whose update rules {@code lesson} shows, in order. */
    static List<OptimizerType> optimizers(Lesson lesson) {
        return lesson.rules().stream().map(id -> OptimizerRegistry.find(id).orElseThrow(
                () -> new IllegalStateException(lesson.id() + " shows the rule of an unknown optimizer " + id)))
                .toList();
    }

    /**
     * The values {@code type} runs with in {@code lesson}'s scene: its entry on the surfaces, or the network's
     * training (or the first compared run) that uses it; its defaults if the scene does not run it.
     */
    static HyperparameterValues valuesIn(Lesson lesson, OptimizerType type) {
        return valuesIn(LessonCatalog.scene(lesson), type).orElseGet(type::defaults);
    }

    static Optional<HyperparameterValues> valuesIn(Scene scene, OptimizerType type) {
        if (scene.surfaces() != null) {
            return Optional.of(scene.surfaces().optimizer(type.id()).values());
        }
        if (scene.network() != null) {
            var training = scene.network().training();
            if (training.optimizer().equals(type)) {
                return Optional.of(training.hyperparameters());
            }
            return scene.network().comparison().stream().filter(r -> r.optimizer().equals(type))
                    .map(ComparisonRun::hyperparameters).findFirst();
        }
        return Optional.empty();
    }
}
