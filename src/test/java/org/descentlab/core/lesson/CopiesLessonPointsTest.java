package org.descentlab.core.lesson;

import static org.descentlab.core.lesson.LessonRaces.atGlobalMinimum;
import static org.descentlab.core.lesson.LessonRaces.atLocalMinimum;
import static org.descentlab.core.lesson.LessonRaces.run;
import static org.descentlab.core.lesson.LessonRaces.toNearestMinimum;
import static org.descentlab.core.lesson.LessonRaces.walker;
import static org.descentlab.core.lesson.LessonRaces.walkerFrom;
import static org.descentlab.core.lesson.LessonRaces.walkerWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Point;
import org.junit.jupiter.api.Test;

/**
 * What each surfaces lesson that races copies of an optimizer ({@code surfaces.copies}) says it shows. These tests
 * need the copies work (branch {@code copies}): before it is merged the scene reader ignores the copies, and every
 * test here fails, finding one walker where the lesson races two to four.
 */
class CopiesLessonPointsTest {

    @Test
    void tooSmallCrawlsRightArrivesTooBigBouncesAndDivergingFliesOff() {
        var race = run("learning-rate", 100);
        var small = walker(race, "gd", 0.01);
        var right = walker(race, "gd", 0.2);
        var big = walker(race, "gd", 0.99);
        var diverging = walker(race, "gd", 1.1);
        // By hand: on x² + y² every step multiplies Θ by (1 − 2γ): 0.98, 0.6, −0.98 and −1.2.
        var smallEnd = new Point(1.6 * Math.pow(0.98, 100), 0.8 * Math.pow(0.98, 100));
        assertTrue(smallEnd.distanceTo(small.position()) < 1e-12, "γ = 0.01 ends at " + small.position());
        for (int k = 1; k <= 100; k++) {
            assertTrue(small.path().x(k) > 0, "γ = 0.01 never crosses the bottom");
            assertTrue(big.path().x(k) * big.path().x(k - 1) < 0, "γ = 0.99 crosses the bottom at every step");
        }
        // (−0.98)^100 = 0.98^100: the bouncing path ends where the crawling one does, 0.237 from the bottom.
        assertTrue(smallEnd.distanceTo(big.position()) < 1e-12, "γ = 0.99 ends at " + big.position());
        assertTrue(right.status().converged() && right.status().step() <= 40, "γ = 0.2: " + right.status());
        // 1.789·1.2^k passes 1e6 at k = 73.
        assertTrue(diverging.status().diverged(), "γ = 1.1: " + diverging.status());
        assertEquals(73, diverging.status().step());
    }

    @Test
    void theSameDescentFromFourStartsEndsInBothValleys() {
        var race = run("convex-non-convex", 150);
        assertTrue(atLocalMinimum(walkerFrom(race, "gd", 1.8, 0.8), 1e-6));
        assertTrue(atGlobalMinimum(walkerFrom(race, "gd", -1.8, 0.8), 1e-6));
        // Two starts 0.3 apart end in different valleys.
        assertTrue(atGlobalMinimum(walkerFrom(race, "gd", 0.2, 1.8), 1e-6));
        assertTrue(atLocalMinimum(walkerFrom(race, "gd", 0.5, 1.8), 1e-6));
        assertEquals(4, race.walkers().size());
    }

    @Test
    void withoutBiasCorrectionAdamsFirstStepIs316TimesLongerAndOvershoots() {
        var race = run("adam-bias-correction", 150);
        var corrected = walkerWith(race, "adam", "bias_correction", 1);
        var uncorrected = walkerWith(race, "adam", "bias_correction", 0);
        double lr = corrected.optimizer().hyperparameters().get("lr");
        assertEquals(lr, uncorrected.optimizer().hyperparameters().get("lr"));
        // By hand, step 1: corrected, M̂ = ∇Θ and Ĝ = ∇Θ², so each coordinate moves by γ. Uncorrected, M = 0.1·∇Θ and
        // G = 0.001·∇Θ², so each moves by γ·0.1/√0.001 = 3.1623·γ.
        double ratio = 0.1 / Math.sqrt(0.001);
        for (int axis = 0; axis < 2; axis++) {
            assertEquals(lr, move(corrected, axis), 1e-8);
            assertEquals(ratio * lr, move(uncorrected, axis), 1e-7);
        }
        assertTrue(lowestY(uncorrected, 20) < 2 * lowestY(corrected, 20),
                "overshoot below y = 0: " + lowestY(uncorrected, 20) + " and " + lowestY(corrected, 20));
        assertTrue(toNearestMinimum(corrected) < 0.01 && toNearestMinimum(uncorrected) < 0.01, "both arrive");
    }

    @Test
    void adadeltaSettlesWithoutTuningWhereRmsPropCrawlsOrKeepsJumping() {
        var race = run("adadelta", 300);
        var adadelta = walker(race, "adadelta");
        var slow = walker(race, "rmsprop", 0.01);
        var jumpy = walker(race, "rmsprop", 0.3);
        assertEquals(1, adadelta.optimizer().hyperparameters().get("lr"), "Adadelta runs at its default γ = 1");
        // By hand: the first step is √ε/√(0.1·∇Θ² + ε)·∇Θ ≈ √(1e-6/0.1) = 0.00316 per coordinate (|∇Θ| ≫ 0.003).
        assertEquals(Math.sqrt(1e-5), Math.abs(adadelta.path().x(1) - adadelta.path().x(0)), 1e-6);
        assertTrue(adadelta.status().converged(), "Adadelta: " + adadelta.status()); // at step 194
        assertTrue(toNearestMinimum(adadelta) < 1e-6);
        assertTrue(toNearestMinimum(slow) > 0.3, "γ = 0.01 is still crawling at " + slow.position()); // 0.67
        assertFalse(jumpy.status().converged(), "γ = 0.3 never settles");
        assertTrue(meanDistance(jumpy, 50) > 0.05, "γ = 0.3 keeps jumping around the minimum");
    }

    @Test
    void noiseKeepsBothPathsWanderingTheLargerRateWider() {
        var race = run("gradient-noise", 300);
        var fast = walker(race, "gd", 0.1);
        var slow = walker(race, "gd", 0.02);
        // Measured over the last 100 steps: 0.46 and 0.26 from the bottom on average.
        assertTrue(meanDistance(fast, 100) > 1.5 * meanDistance(slow, 100),
                meanDistance(fast, 100) + " and " + meanDistance(slow, 100));
        assertTrue(meanDistance(slow, 100) > 0.1, "the small rate wanders too");
        assertTrue(firstWithin(fast, 0.3) < firstWithin(slow, 0.3), "the larger rate arrives sooner");
        var scene = LessonCatalog.scene(LessonCatalog.find("gradient-noise").orElseThrow()).surfaces();
        var exact = scene.withRun(scene.steps(), 0, scene.noiseSeed()).race();
        exact.advance(300);
        for (Walker w : exact.walkers()) {
            // By hand: the slower one ends at 0.96^300·|(1.6, 0.8)| = 8.8e-6 from the bottom, and still closing in.
            assertTrue(toNearestMinimum(w) < 1e-4, "without noise (batch) both reach the bottom: " + w.position());
        }
    }

    private static double move(Walker walker, int axis) {
        var p = walker.path();
        return Math.abs(axis == 0 ? p.x(1) - p.x(0) : p.y(1) - p.y(0));
    }

    private static double lowestY(Walker walker, int steps) {
        double lowest = 0;
        for (int k = 0; k <= steps; k++) {
            lowest = Math.min(lowest, walker.path().y(k));
        }
        return lowest;
    }

    private static double meanDistance(Walker walker, int lastSteps) {
        var p = walker.path();
        var minimum = walker.surface().info().nearestMinimum(walker.position().x(), walker.position().y()).point();
        double sum = 0;
        for (int k = p.size() - lastSteps; k < p.size(); k++) {
            sum += minimum.distanceTo(new Point(p.x(k), p.y(k)));
        }
        return sum / lastSteps;
    }

    private static int firstWithin(Walker walker, double distance) {
        for (int k = 0; k < walker.path().size(); k++) {
            if (Math.hypot(walker.path().x(k), walker.path().y(k)) < distance) { // the bowl's bottom is (0, 0)
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }
}
