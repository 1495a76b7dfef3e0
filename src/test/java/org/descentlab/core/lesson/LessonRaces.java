package org.descentlab.core.lesson;

import java.util.List;
import java.util.function.Predicate;
import org.descentlab.core.descent.Race;
import org.descentlab.core.descent.Walker;

/** Races of the lessons' scenes as the window runs them, and their walkers picked out by what sets them apart. */
final class LessonRaces {

    private LessonRaces() {
    }

    /** The lesson's race, run for {@code steps} ticks of its clock (or until every walker has stopped). */
    static Race run(String lessonId, int steps) {
        var race = LessonCatalog.scene(LessonCatalog.find(lessonId).orElseThrow()).surfaces().race();
        race.advance(steps);
        return race;
    }

    /** The one walker of optimizer {@code id} with learning rate {@code lr}. */
    static Walker walker(Race race, String id, double lr) {
        return only(race, id, w -> w.optimizer().hyperparameters().get("lr") == lr, "lr " + lr);
    }

    /** The one walker of optimizer {@code id} that started at (x, y). */
    static Walker walkerFrom(Race race, String id, double x, double y) {
        return only(race, id, w -> w.path().x(0) == x && w.path().y(0) == y, "start " + x + ", " + y);
    }

    /** The one walker of optimizer {@code id} with {@code key} = {@code value}. */
    static Walker walkerWith(Race race, String id, String key, double value) {
        return only(race, id, w -> w.optimizer().hyperparameters().get(key) == value, key + " " + value);
    }

    /** The one walker of optimizer {@code id}. */
    static Walker walker(Race race, String id) {
        return only(race, id, w -> true, "");
    }

    /** Distance from the walker's end to the surface's declared minimum nearest to it. */
    static double toNearestMinimum(Walker walker) {
        var end = walker.position();
        return walker.surface().info().nearestMinimum(end.x(), end.y()).point().distanceTo(end);
    }

    /** Whether the walker ended at the surface's global minimum (within {@code tolerance}). */
    static boolean atGlobalMinimum(Walker walker, double tolerance) {
        var end = walker.position();
        var nearest = walker.surface().info().nearestMinimum(end.x(), end.y());
        return nearest.global() && nearest.point().distanceTo(end) < tolerance;
    }

    /** Whether the walker ended at a local, not global, minimum (within {@code tolerance}). */
    static boolean atLocalMinimum(Walker walker, double tolerance) {
        var end = walker.position();
        var nearest = walker.surface().info().nearestMinimum(end.x(), end.y());
        return !nearest.global() && nearest.point().distanceTo(end) < tolerance;
    }

    /** The length of step k (from point k − 1 to point k). */
    static double stepLength(Walker walker, int k) {
        var p = walker.path();
        return Math.hypot(p.x(k) - p.x(k - 1), p.y(k) - p.y(k - 1));
    }

    private static Walker only(Race race, String id, Predicate<Walker> which, String what) {
        List<Walker> found = race.walkers().stream().filter(w -> w.optimizer().type().id().equals(id))
                .filter(which).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + id + " walker with " + what + " in the race, found "
                    + found.size() + " (the lesson's copies race only once the copies work is merged)");
        }
        return found.get(0);
    }
}
