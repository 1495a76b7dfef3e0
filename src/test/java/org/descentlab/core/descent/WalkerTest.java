package org.descentlab.core.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.surface.Bowl;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Rosenbrock;
import org.descentlab.core.surface.Saddle;
import org.junit.jupiter.api.Test;

class WalkerTest {

    private static GradientDescent gd(double lr) {
        return new GradientDescent(GradientDescent.TYPE.defaults().with("lr", lr));
    }

    @Test
    void gradientDescentOnTheBowlShrinksByOneMinusTwoLearningRatesEachStep() {
        var walker = new Walker(new Bowl(), gd(0.1), new Point(1, -2));
        for (int i = 0; i < 10; i++) {
            walker.step();
        }
        // x_k = x_0·(1 − 2·lr)^k, computed in closed form.
        assertEquals(Math.pow(0.8, 10), walker.position().x(), 1e-15);
        assertEquals(-2 * Math.pow(0.8, 10), walker.position().y(), 1e-15);
        assertEquals(11, walker.path().size());
        assertEquals(10, walker.currentStep());
        assertEquals(Status.State.RUNNING, walker.status().state());
    }

    @Test
    void aStepThatLandsOnTheMinimumIsConvergedAtThatStep() {
        // lr = 0.5 on the bowl: x − 0.5·2x = 0 exactly.
        var walker = new Walker(new Bowl(), gd(0.5), new Point(1, 1));
        walker.step();
        assertEquals(new Status(Status.State.CONVERGED, 1), walker.status());
        walker.step();
        assertEquals(1, walker.status().step(), "converged keeps the first step at which it happened");
    }

    @Test
    void startingOnTheMinimumIsConvergedAtStepZero() {
        var walker = new Walker(new Bowl(), gd(0.1), new Point(0, 0));
        assertEquals(new Status(Status.State.CONVERGED, 0), walker.status());
    }

    @Test
    void largeLearningRateOnRosenbrockDivergesAndKeepsOnlyFinitePoints() {
        var walker = new Walker(new Rosenbrock(), gd(10), new Point(-1.5, 2.5));
        for (int i = 0; i < 100 && walker.step(); i++) {
            // step until it stops
        }
        var status = walker.status();
        assertTrue(status.diverged());
        // Step 1 from (−1.5, 2.5): ∂x = −5 + 150 = 145, ∂y = 200·0.25 = 50 → (−1451.5, −497.5), inside the disc.
        // Step 2: ∂x ≈ −400·x·(y − x²) ≈ −1.2e12 → x ≈ 1.2e13, a finite point beyond 1e6.
        assertEquals(-1451.5, walker.path().x(1), 0);
        assertEquals(-497.5, walker.path().y(1), 0);
        assertEquals(2, status.step());
        assertEquals(3, walker.path().size(), "the finite point beyond 1e6 is kept");
        assertFalse(walker.step(), "a diverged walker does not move");
    }

    @Test
    void overflowToInfinityEndsThePathAtTheLastFinitePoint() {
        var walker = new Walker(new Bowl(), gd(10), new Point(1e300, 0));
        walker.step(); // x = 1e300 − 10·2e300 overflows to −∞
        assertTrue(walker.status().diverged());
        assertEquals(1, walker.status().step());
        assertEquals(1, walker.path().size());
        assertEquals(1e300, walker.position().x(), 0);
    }

    @Test
    void restartForgetsThePathAndTheVelocity() {
        var walker = new Walker(new Bowl(), new Momentum(Momentum.TYPE.defaults()), new Point(1, 1));
        walker.step();
        double afterOne = walker.position().x();
        walker.step();
        assertEquals(1, walker.starts());
        walker.restart(new Point(1, 1));
        assertEquals(2, walker.starts());
        assertEquals(1, walker.path().size());
        walker.step();
        assertEquals(afterOne, walker.position().x(), 0);
    }

    @Test
    void noiseIsReproducibleForASeedAndDifferentAcrossSeeds() {
        var a = new Walker(new Saddle(), gd(0.05), new Point(-1, 0), 0.5, 7);
        var b = new Walker(new Saddle(), gd(0.05), new Point(-1, 0), 0.5, 7);
        var c = new Walker(new Saddle(), gd(0.05), new Point(-1, 0), 0.5, 8);
        for (int i = 0; i < 20; i++) {
            a.step();
            b.step();
            c.step();
        }
        assertEquals(a.position(), b.position());
        assertNotEquals(a.position(), c.position());
        assertThrows(IllegalArgumentException.class, () -> a.setNoise(-1));
        assertThrows(IllegalArgumentException.class, () -> a.setNoise(Double.NaN));
    }

    @Test
    void withoutNoiseAStartOnTheSaddleRidgeStaysOnIt() {
        var walker = new Walker(new Saddle(), gd(0.05), new Point(-1.8, 0));
        for (int i = 0; i < 500; i++) {
            walker.step();
        }
        assertEquals(0, walker.position().y(), 0);
        assertEquals(new Point(0, 0).distanceTo(walker.position()), 0, 1e-8);
        assertTrue(walker.status().converged(), "the gradient vanishes at the saddle");
    }
}
