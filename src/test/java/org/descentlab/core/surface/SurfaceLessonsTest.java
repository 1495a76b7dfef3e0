package org.descentlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.descentlab.core.descent.LearningRateTuner;
import org.descentlab.core.descent.Race;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.junit.jupiter.api.Test;

/**
 * Each description says what the race it opens with shows: the surface's own start, and for each optimizer the
 * opening rate the surface declares or else the tuned one (as the window and {@code SurfacesScene.forSurface} choose).
 */
class SurfaceLessonsTest {

    private static final int RACE_STEPS = 1000;

    private static Surface surface(String id) {
        return SurfaceRegistry.find(id).orElseThrow();
    }

    private static OptimizerType optimizer(String id) {
        return OptimizerRegistry.find(id).orElseThrow();
    }

    /** The learning rate the race opens with. */
    static double openingRate(Surface surface, OptimizerType type) {
        return surface.info().openingRate(type.id()).orElseGet(() -> LearningRateTuner.tune(surface,
                surface.info().start(), type, 500));
    }

    /** A walker from the surface's start at its opening rate, run for the race's steps (or until it stops). */
    private static Walker run(Surface surface, String optimizerId) {
        var type = optimizer(optimizerId);
        var walker = new Walker(surface, type.create(type.defaults().with("lr", openingRate(surface, type))),
                surface.info().start());
        for (int k = 0; k < RACE_STEPS && !walker.status().converged() && walker.step(); k++) {
            // run
        }
        return walker;
    }

    private static double distanceToNearestMinimum(Surface surface, Point p) {
        return surface.info().nearestMinimum(p.x(), p.y()).point().distanceTo(p);
    }

    @Test
    void onTheElongatedValleyPlainDescentZigZagsFromWallToWall() {
        var walker = run(surface("elongated"), "gd");
        // Every one of the first 15 steps crosses the valley's floor y = 0.
        for (int k = 1; k <= 15; k++) {
            assertTrue(walker.path().y(k) * walker.path().y(k - 1) < 0, "step " + k + " did not cross the floor");
        }
    }

    @Test
    void onTheElongatedValleyMomentumAndNagSwingWithoutZigZaggingAndArrive() {
        var elongated = surface("elongated");
        for (String id : List.of("momentum", "nag")) {
            var walker = run(elongated, id);
            var path = walker.path();
            for (int k = 2; k < path.size(); k++) {
                boolean crossed = path.y(k) * path.y(k - 1) < 0;
                boolean crossedBefore = path.y(k - 1) * path.y(k - 2) < 0;
                // Near the floor, rounding makes the sign meaningless; a zig-zag there is invisible anyway.
                boolean visible = Math.abs(path.y(k - 1)) > 1e-3;
                assertFalse(visible && crossed && crossedBefore, id + " zig-zags at step " + k);
            }
            assertTrue(distanceToNearestMinimum(elongated, walker.position()) < 0.01, id + " ends at "
                    + walker.position());
        }
    }

    @Test
    void onTheSaddleEveryOptimizerStartedOnTheRidgeStopsAtTheSaddle() {
        var saddle = surface("saddle");
        assertEquals(0, saddle.info().start().y(), 0, "the start is on the ridge");
        var race = race(saddle, 0, 0);
        race.advance(RACE_STEPS);
        for (Walker walker : race.walkers()) {
            assertFalse(walker.status().diverged(), walker.optimizer().type().id());
            assertTrue(walker.position().distanceTo(new Point(0, 0)) < 0.01,
                    walker.optimizer().type().id() + " ends at " + walker.position());
        }
    }

    @Test
    void onTheSaddleGradientNoiseEscapesToAMinimum() {
        var saddle = surface("saddle");
        for (long seed = 0; seed < 4; seed++) {
            var race = race(saddle, 0.1, seed);
            race.advance(RACE_STEPS);
            for (Walker walker : race.walkers()) {
                assertTrue(distanceToNearestMinimum(saddle, walker.position()) < 0.05,
                        walker.optimizer().type().id() + " with seed " + seed + " ends at " + walker.position());
            }
        }
    }

    @Test
    void onRastriginPlainDescentStopsInTheDimpleNearestItsStart() {
        var rastrigin = surface("rastrigin");
        var start = rastrigin.info().start();
        var dimple = rastrigin.info().nearestMinimum(start.x(), start.y());
        assertFalse(dimple.global());
        var walker = run(rastrigin, "gd");
        assertTrue(dimple.point().distanceTo(walker.position()) < 1e-3, "ends at " + walker.position());
    }

    @Test
    void rastriginDeclaresTheMinimumOfEveryDimpleInItsBounds() {
        var info = surface("rastrigin").info();
        assertEquals(121, info.minima().size());
        assertEquals(1, info.minima().stream().filter(Minimum::global).count());
        for (int i = -5; i <= 5; i++) {
            for (int j = -5; j <= 5; j++) {
                var nearest = info.nearestMinimum(i, j);
                // Each dimple's minimum lies within 0.03 of its whole-number point, pulled toward the origin.
                assertTrue(nearest.point().distanceTo(new Point(i, j)) < 0.04, "no minimum near " + i + ", " + j);
                assertEquals(i == 0 && j == 0, nearest.global());
            }
        }
    }

    @Test
    void onHimmelblauPlainDescentAndAdamEndAtDifferentMinimaFromTheSameStart() {
        var himmelblau = surface("himmelblau");
        var gd = run(himmelblau, "gd").position();
        var adam = run(himmelblau, "adam").position();
        var gdMinimum = himmelblau.info().nearestMinimum(gd.x(), gd.y());
        var adamMinimum = himmelblau.info().nearestMinimum(adam.x(), adam.y());
        assertTrue(gdMinimum.point().distanceTo(gd) < 1e-3 && adamMinimum.point().distanceTo(adam) < 1e-3);
        assertNotEquals(gdMinimum, adamMinimum);
    }

    @Test
    void onTheNonConvexSurfacePlainDescentIsTrappedInTheShallowValley() {
        var nonconvex = surface("nonconvex");
        var end = run(nonconvex, "gd").position();
        var minimum = nonconvex.info().nearestMinimum(end.x(), end.y());
        assertFalse(minimum.global());
        assertTrue(minimum.point().distanceTo(end) < 1e-3);
    }

    @Test
    void openingRatesAreDeclaredForRegisteredOptimizersOnly() {
        for (Surface s : SurfaceRegistry.all()) {
            for (String id : s.info().openingRates().keySet()) {
                assertTrue(OptimizerRegistry.find(id).isPresent(), s.id() + " declares a rate for unknown " + id);
            }
        }
        assertEquals(0.45, surface("elongated").info().openingRate("gd").orElseThrow(), 0);
        assertTrue(surface("elongated").info().openingRate("adam").isEmpty(), "adam is tuned on elongated");
    }

    @Test
    void aNonPositiveOpeningRateIsRefused() {
        var bowl = surface("bowl").info();
        assertThrows(IllegalArgumentException.class, () -> new SurfaceInfo(bowl.id(), bowl.name(),
                bowl.description(), bowl.bounds(), bowl.start(), bowl.minima(), bowl.saddlePoints(), 0.1, false,
                Map.of("gd", 0.0)));
    }

    /** Every registered optimizer racing from the surface's start at its opening rate. */
    private static Race race(Surface surface, double noise, long seed) {
        var race = new Race(surface, surface.info().start(), noise, seed, RACE_STEPS);
        for (OptimizerType type : OptimizerRegistry.all()) {
            race.add(type.create(type.defaults().with("lr", openingRate(surface, type))));
        }
        return race;
    }
}
