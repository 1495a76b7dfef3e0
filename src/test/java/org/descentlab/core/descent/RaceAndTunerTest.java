package org.descentlab.core.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Bowl;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

class RaceAndTunerTest {

    @Test
    void theClockStopsAtTheMaximumAndDivergedWalkersStop() {
        var race = new Race(new Bowl(), new Point(1, 1), 0, 0, 10);
        var calm = race.add(GradientDescent.TYPE.create());
        var wild = race.add(GradientDescent.TYPE.create(GradientDescent.TYPE.defaults().with("lr", 10)));
        assertEquals(10, race.advance(50));
        assertTrue(race.finished());
        assertEquals(10, calm.currentStep());
        assertTrue(wild.status().diverged());
        assertTrue(wild.currentStep() < 10);
    }

    @Test
    void restartPutsEveryWalkerAtTheNewStart() {
        var race = new Race(new Bowl(), new Point(1, 1), 0, 0, 100);
        var walker = race.add(GradientDescent.TYPE.create());
        race.advance(5);
        race.restart(new Point(-1, 0.5));
        assertEquals(0, race.clock());
        assertEquals(new Point(-1, 0.5), walker.position());
        assertFalse(race.finished());
    }

    @Test
    void aWalkerWithItsOwnStartStartsThereAndKeepsItWhenTheCommonStartMoves() {
        var race = new Race(new Bowl(), new Point(1, 1), 0, 0, 100);
        var common = race.add(GradientDescent.TYPE.create());
        var own = race.add(GradientDescent.TYPE.create(), new Point(2, -3));
        assertEquals(new Point(2, -3), own.position());
        assertEquals(new Point(2, -3), race.startOf(own));
        assertTrue(race.hasOwnStart(own));
        assertFalse(race.hasOwnStart(common));
        race.advance(5);
        race.restart(new Point(-1, 0.5));
        assertEquals(new Point(-1, 0.5), common.position());
        assertEquals(new Point(2, -3), own.position());
        assertEquals(0, own.currentStep());
        assertEquals(new Point(-1, 0.5), race.startOf(common));
    }

    @Test
    void aWalkerWithItsOwnStartAddedLateCatchesUpFromItsOwnStart() {
        var race = new Race(new Bowl(), new Point(1, 1), 0, 0, 100);
        race.add(GradientDescent.TYPE.create());
        race.advance(3);
        var late = race.add(GradientDescent.TYPE.create(GradientDescent.TYPE.defaults().with("lr", 0.25)),
                new Point(4, -8));
        // GD on x² + y² with lr 0.25 halves the point each step: (4, −8) → (0.5, −1) after three steps.
        assertEquals(3, late.currentStep());
        assertEquals(new Point(0.5, -1), late.position());
        assertEquals(new Point(4, -8), new Point(late.path().x(0), late.path().y(0)));
    }

    @Test
    void tunedRatesAreTheGentlestThatArriveWithinTheBudget() {
        for (Surface surface : new Surface[] {new Bowl(), SurfaceRegistry.find("booth").orElseThrow()}) {
            for (OptimizerType type : OptimizerRegistry.all()) {
                Point start = surface.info().start();
                double lr = LearningRateTuner.tune(surface, start, type, 300);
                assertTrue(arrives(surface, start, type, lr), type.id() + " at " + lr + " on " + surface.id());
                double decade = Math.pow(10, Math.floor(Math.log10(lr) + 1e-9));
                long mantissa = Math.round(lr / decade);
                double gentler = mantissa == 5 ? 2 * decade : mantissa == 2 ? decade : 0.5 * decade;
                assertFalse(lr > 1e-5 && arrives(surface, start, type, gentler),
                        type.id() + ": " + gentler + " would do as well as " + lr + " on " + surface.id());
            }
        }
    }

    /** Whether f − f* falls to 1 % of its start, or ‖∇f‖ to 1 % of its start, within 300 steps. */
    private static boolean arrives(Surface surface, Point start, OptimizerType type, double lr) {
        var walker = new Walker(surface, type.create(type.defaults().with("lr", lr)), start);
        double gap0 = walker.loss() - surface.info().minimumValue();
        double g0 = walker.gradientNorm();
        for (int k = 0; k < 300; k++) {
            walker.step();
        }
        return !walker.status().diverged() && (walker.loss() - surface.info().minimumValue() <= 0.01 * gap0
                || walker.gradientNorm() <= 0.01 * g0);
    }
}
