package org.descentlab.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.lesson.Lesson.Tab;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.scene.PreparedNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson's scene runs as the window and the command line run it: a race of 200 steps on the surfaces, 20 epochs
 * of every run on the network, without an exception or a number that is not finite. Only the learning-rate lesson
 * diverges, on purpose.
 */
class LessonScenesRunTest {

    static Stream<Lesson> surfaces() {
        return LessonCatalog.all().stream().filter(l -> l.tab() == Tab.SURFACES);
    }

    static Stream<Lesson> network() {
        return LessonCatalog.all().stream().filter(l -> l.tab() == Tab.NETWORK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void theRaceRuns200Steps(Lesson lesson) {
        var scene = LessonCatalog.scene(lesson).surfaces();
        var race = scene.race();
        assertFalse(race.walkers().isEmpty(), "nothing races");
        race.advance(200);
        assertTrue(race.clock() > 0);
        for (Walker walker : race.walkers()) {
            String who = walker.optimizer().type().id() + " " + walker.optimizer().hyperparameters();
            var end = walker.position();
            assertTrue(Double.isFinite(end.x()) && Double.isFinite(end.y()) && Double.isFinite(walker.loss()), who);
            assertEquals(lesson.id().equals("learning-rate") && walker.optimizer().hyperparameters().get("lr") > 1,
                    walker.status().diverged(), who + " " + walker.status());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("network")
    void everyRunTrains20Epochs(Lesson lesson) {
        var scene = LessonCatalog.scene(lesson).network();
        var prepared = PreparedNetwork.prepare(scene, null, Runtime.getRuntime().maxMemory());
        assertEquals(scene.comparing() ? scene.comparison().size() : 1, prepared.runs().size());
        for (int i = 0; i < prepared.runs().size(); i++) {
            var trainer = prepared.trainer(i);
            var history = trainer.run(20);
            assertEquals(20, history.size(), prepared.labels().get(i));
            for (EpochMetrics m : history) {
                assertFalse(m.diverged(), prepared.labels().get(i) + " at epoch " + m.epoch());
                assertTrue(m.accuracy() >= 0 && m.accuracy() <= 100);
            }
            assertTrue(history.get(19).loss() < history.get(0).loss(), prepared.labels().get(i) + " did not learn");
        }
    }
}
